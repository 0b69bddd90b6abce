using System.Net.Http.Json;
using System.Text.Json;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>Upload and status calls as a client of the public API makes them.</summary>
public static class OcrApiClient
{
    public const string SubmitPath = "/api/ocr-async/process-async";

    public static MultipartFormDataContent Form(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        using var response = await client.PostAsync(SubmitPath, Form(file, fileName, fields));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the status until the job is finished (completed, failed or cancelled).</summary>
    public static async Task<JsonElement> WaitForFinalStatusAsync(this HttpClient client, string ocrResultId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/ocr-async/status/{ocrResultId}");
            if (status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(250);
        }
    }
}
