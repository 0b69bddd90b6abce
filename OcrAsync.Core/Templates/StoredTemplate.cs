namespace OcrAsync.Core.Templates;

/// <summary>A template as stored in Postgres: its owner, and its definition as JSON (jsonb).</summary>
public sealed class StoredTemplate
{
    public Guid Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    public required string DefinitionJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public InvoiceTemplate ToTemplate() =>
        (JsonSerializer.Deserialize<InvoiceTemplate>(DefinitionJson, OcrJsonOptions.Default) ?? new InvoiceTemplate()) with
        {
            Id = Id.ToString(),
            Name = Name,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
        };

    /// <summary>The definition without the service-set properties.</summary>
    public static string ToDefinitionJson(InvoiceTemplate template) =>
        JsonSerializer.Serialize(template with { Id = null, CreatedAt = null, UpdatedAt = null }, OcrJsonOptions.Default);
}
