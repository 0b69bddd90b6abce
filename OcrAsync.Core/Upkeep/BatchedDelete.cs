namespace OcrAsync.Core.Upkeep;

/// <summary>Deletes batch after batch until one comes back short, so no single statement locks a whole table's worth of rows.</summary>
internal static class BatchedDelete
{
    /// <summary>Runs <paramref name="deleteBatch"/> (at most <paramref name="batchSize"/> rows each) until done; the rows deleted.</summary>
    public static async Task<long> RunAsync(int batchSize, Func<int, Task<int>> deleteBatch)
    {
        long total = 0;
        while (true)
        {
            var deleted = await deleteBatch(batchSize);
            total += deleted;
            if (deleted < batchSize)
            {
                return total;
            }
        }
    }
}
