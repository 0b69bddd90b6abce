using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OcrAsync.Api.OpenApi;

/// <summary>
/// Describes what the generator cannot see: the multipart form the upload endpoints read by hand, and examples of the
/// answers (built from the real response types, so they cannot drift from the code).
/// </summary>
internal sealed class UploadOperationTransformer(IOptions<JsonOptions> json, LinkGenerator links) : IOpenApiOperationTransformer
{
    private static readonly Guid ExampleId = Guid.Parse("3f2b8c1e-6a47-4f0e-9a57-0c3d2e8b9f10");

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // The description's RelativePath is the route without its leading slash.
        switch ("/" + context.Description.RelativePath)
        {
            case OcrApi.RoutePrefix + OcrApi.ProcessAsyncPath:
                operation.RequestBody = UploadForm("file", EInvoiceDocs.UploadFile, single: true);
                SetExample(operation, "202", new ProcessAsyncResponse(
                    "Invoice accepted for processing", ExampleId, Guid.Parse("9d1e4a52-2c6b-47d8-8b3f-5e0a1c7d2b64"), OcrJobStatus.Queued, "a few seconds per page",
                    OcrApi.StatusUrl(links, ExampleId), "Live updates: SignalR hub /hubs/notifications (event 'notification'); or poll check_status_url."));
                SetProblemExamples(operation);
                break;
            case OcrApi.RoutePrefix + OcrApi.ProcessBulkPath:
                operation.RequestBody = UploadForm("files", $"The invoices (repeat the field, at most 50 files). {EInvoiceDocs.UploadFile}", single: false);
                SetProblemExamples(operation);
                break;
        }

        return Task.CompletedTask;
    }

    private static OpenApiRequestBody UploadForm(string fileField, string fileDescription, bool single)
    {
        IOpenApiSchema file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = fileDescription };
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { fileField },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                [fileField] = single ? file : new OpenApiSchema { Type = JsonSchemaType.Array, Items = file, Description = fileDescription },
                ["priority"] = Enum("low, normal (default) or high: high is always taken first", "low", "normal", "high"),
                ["confidence_threshold"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Number, Minimum = "0", Maximum = "1", Description = "Fields below this confidence ask for review (default 0.7)",
                },
                ["language"] = Enum("Tesseract languages (default: the server's, eng+vie)", "eng", "vie", "eng+vie"),
                ["template_id"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Format = "uuid", Description = "One of your templates (GET /api/templates); without it, templates are matched by keywords",
                },
            },
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = new() { Schema = schema } },
        };
    }

    private static OpenApiSchema Enum(string description, params string[] values) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    private void SetExample(OpenApiOperation operation, string status, object example)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = JsonSerializer.SerializeToNode(example, json.Value.SerializerOptions);
            }
        }
    }

    private static void SetProblemExamples(OpenApiOperation operation)
    {
        (string Status, string Title, string Detail)[] problems =
        [
            ("400", "Invalid upload", "priority must be one of low, normal, high (got 'urgent')."),
            ("413", "File too large", "The file 'scan.pdf' is 14.2 MB; the limit is 10 MB."),
            ("415", "Unsupported file type", "'order.xml': The XML's root element is <Order> in namespace 'urn:oasis:names:specification:ubl:schema:xsd:Order-2', which is not a supported e-invoice. Supported: Vietnamese e-invoice (TT78 HDon); UBL 2.1 Invoice or CreditNote (Peppol BIS 3, XRechnung UBL); UN/CEFACT CII CrossIndustryInvoice (Factur-X, ZUGFeRD, XRechnung CII)."),
            ("422", "Document exceeds the processing limits", "'bomb.png': The image is 100000 x 100000 pixels (10000 megapixels); the limit is 50 megapixels."),
            ("429", "Too many requests", "Too many uploads in a short time; try again in 2 s."),
        ];
        foreach (var (status, title, detail) in problems)
        {
            if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Example = new JsonObject
                    {
                        ["title"] = title,
                        ["status"] = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
                        ["detail"] = detail,
                    };
                }
            }
        }
    }
}
