using Npgsql;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>Storage settings the accept path's speed depends on, checked on the database the API migrated.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class DatabaseSchemaTests(OcrAppFixture fixture)
{
    [Fact]
    public async Task Uploaded_files_are_stored_without_a_compression_attempt()
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ocrdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'ocr_job_files'::regclass AND attname = 'Content'", connection);

        // 'e' = EXTERNAL: out of line, never compressed (the default 'x' runs pglz over every upload first).
        Assert.Equal('e', (char)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Uploaded_files_table_and_its_toast_table_get_no_insert_triggered_autovacuum_and_no_early_dead_row_one()
    {
        await using var connection = new NpgsqlConnection(await fixture.App.GetConnectionStringAsync("ocrdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT array_to_string(t.reloptions, ','), array_to_string(toast.reloptions, ',')
            FROM pg_class t JOIN pg_class toast ON toast.oid = t.reltoastrelid
            WHERE t.oid = 'ocr_job_files'::regclass
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        // -1 turns off the vacuum that inserts alone trigger (every 20 % of growth), which rewrote the TOAST pages of every
        // upload a second time while uploads committed; deletes still trigger vacuum, on the TOAST table not before
        // 100 000 dead chunks (one aborted upload's ~175 set off a whole-table pass with the default 50).
        var table = reader.IsDBNull(0) ? "" : reader.GetString(0);
        var toast = reader.IsDBNull(1) ? "" : reader.GetString(1);
        Assert.Contains("autovacuum_vacuum_insert_threshold=-1", table, StringComparison.Ordinal);
        Assert.Contains("autovacuum_vacuum_insert_threshold=-1", toast, StringComparison.Ordinal);
        Assert.Contains("autovacuum_vacuum_threshold=100000", toast, StringComparison.Ordinal);
    }
}
