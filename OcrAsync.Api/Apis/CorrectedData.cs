using System.Text.Json.Nodes;

namespace OcrAsync.Api.Apis;

/// <summary>The extracted data as the user corrected it: each corrected field's value replaced, and marked in <c>fields</c>.</summary>
internal static class CorrectedData
{
    public static JsonElement? Apply(JsonElement? machine, IReadOnlyDictionary<string, string?> corrections)
    {
        var data = machine is { } m ? JsonNode.Parse(m.GetRawText())!.AsObject() : [];
        var fields = data["fields"] as JsonObject ?? [];
        foreach (var (name, value) in corrections)
        {
            JsonNode? node = value is null ? null
                : TemplateFields.Known.GetValueOrDefault(name) == TemplateFieldKind.Amount
                    ? JsonValue.Create(decimal.Parse(value, CultureInfo.InvariantCulture))
                    : JsonValue.Create(value);
            data[name] = node;
            fields[name] = new JsonObject { ["value"] = node?.DeepClone(), ["corrected"] = true };
        }

        data["fields"] = fields;
        data["corrected"] = true;
        return JsonSerializer.SerializeToElement(data);
    }
}
