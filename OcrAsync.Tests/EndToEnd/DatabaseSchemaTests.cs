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
}
