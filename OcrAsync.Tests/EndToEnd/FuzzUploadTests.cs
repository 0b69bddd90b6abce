namespace OcrAsync.Tests.EndToEnd;

/// <summary>Random and mutated files with valid magic bytes: never a 5xx, never a dead worker, every job finishes.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class FuzzUploadTests(OcrAppFixture fixture)
{
    private static readonly byte[][] Headers =
    [
        [0xFF, 0xD8, 0xFF, 0xE0],
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        "II*\0"u8.ToArray(),
        "MM\0*"u8.ToArray(),
        "%PDF-1.7\n"u8.ToArray(),
        "BM"u8.ToArray(),
        "RIFF\0\0\0\0WEBPVP8 "u8.ToArray(),
    ];

    [Fact]
    public async Task Two_hundred_random_files_with_valid_magic_bytes_never_cause_a_5xx_or_a_crash()
    {
        var random = new Random(20261129);
        var valid = InvoiceImageRenderer.RenderPng(
            InvoiceSpec.Create("Fuzz", "FZ-1", "2024-01-01", [new PrintedLineItem("x", 1, 1m)]), dpi: 72);
        var accepted = new List<(HttpClient Client, string Id)>();
        var clients = Enumerable.Range(0, 5).Select(i => fixture.CreateApiClient($"fuzzer-{i}")).ToList();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                var client = clients[i % clients.Count];
                var body = i % 4 == 0 ? Mutate(valid, random) : RandomFile(random);
                using var response = await client.PostAsync(OcrApiClient.SubmitPath, OcrApiClient.Form(body, $"fuzz-{i}.bin"));
                Assert.True((int)response.StatusCode < 500, $"file {i} got {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                    accepted.Add((client, json.GetProperty("ocr_result_id").GetString()!));
                }
            }

            Assert.NotEmpty(accepted);
            foreach (var (client, id) in accepted)
            {
                var status = await client.WaitForFinalStatusAsync(id, TimeSpan.FromMinutes(3));
                Assert.Contains(status.GetProperty("status").GetString(), new[] { "completed", "failed" });
            }

            using var worker = fixture.App.CreateHttpClient("worker");
            Assert.Equal("Healthy", await worker.GetStringAsync("/health"));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static byte[] RandomFile(Random random)
    {
        var header = Headers[random.Next(Headers.Length)];
        var body = new byte[header.Length + random.Next(1, 4096)];
        random.NextBytes(body);
        header.CopyTo(body, 0);
        return body;
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var copy = random.Next(2) == 0 ? valid[..random.Next(16, valid.Length)] : (byte[])valid.Clone();
        for (var flips = random.Next(1, 20); flips > 0; flips--)
        {
            copy[random.Next(8, copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
