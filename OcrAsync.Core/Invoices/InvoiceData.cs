namespace OcrAsync.Core.Invoices;

/// <summary>Fields understood from an invoice's OCR text. Serialised with a snake_case naming policy.</summary>
public sealed record InvoiceData
{
    public string? InvoiceNumber { get; init; }

    /// <summary>Invoice date as ISO yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    public decimal? TotalAmount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? Currency { get; init; }

    public string? VendorName { get; init; }

    public decimal? Subtotal { get; init; }

    public decimal? TaxAmount { get; init; }

    /// <summary>Due date as ISO yyyy-MM-dd.</summary>
    public string? DueDate { get; init; }

    public IReadOnlyList<InvoiceLineItem> LineItems { get; init; } = [];

    /// <summary>Per-field provenance, keyed by snake_case field name (invoice_number, date, total_amount, …).</summary>
    public IReadOnlyDictionary<string, ExtractedField> Fields { get; init; } = new Dictionary<string, ExtractedField>();

    /// <summary>The template that read the document and why it was chosen; null when the generic extractor did.</summary>
    public Templates.TemplateUse? Template { get; init; }

    public bool NeedsReview { get; init; }

    public IReadOnlyList<string> ReviewReasons { get; init; } = [];
}
