namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class SparseTextTests
{
    private static readonly OcrPreprocessingOptions Options = new() { SparsePassBelowWords = 12 };

    [Fact]
    public void Readable_words_have_three_letters_or_digits()
    {
        // "ool", "TOTAL" and "1.54" count; specks read as letters ("ty", "4", "|", "—.") and "RM" do not.
        Assert.Equal(3, SparseText.ReadableWords("ool\nty 4 | —.\nTOTAL 1.54 RM\n"));
    }

    [Fact]
    public void A_page_of_specks_is_sparse_and_a_receipt_is_not()
    {
        Assert.True(SparseText.IsSparse(string.Empty, Options));
        Assert.True(SparseText.IsSparse("ool\nty\n4\nqu\n3\nwn\nfan !\nff\nca\n", Options));

        var receipt = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"ITEM {i:00} RM{i}.50"));
        Assert.False(SparseText.IsSparse(receipt, Options));
    }

    [Fact]
    public void Zero_words_disables_the_retry()
    {
        Assert.False(SparseText.IsSparse(string.Empty, Options with { SparsePassBelowWords = 0 }));
    }
}
