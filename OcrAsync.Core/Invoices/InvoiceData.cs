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
    public TemplateUse? Template { get; init; }

    public bool NeedsReview { get; init; }

    public IReadOnlyList<string> ReviewReasons { get; init; } = [];

    // Filled only when the invoice's own data was read (XML e-invoices, PDFs carrying one); absent for OCR results.

    /// <summary>"xml" (an uploaded e-invoice) or "embedded_xml" (the invoice XML inside a PDF); null for OCR.</summary>
    public string? Source { get; init; }

    /// <summary>The e-invoice format read: vn_tt78, ubl_invoice, ubl_credit_note or cii.</summary>
    public string? Format { get; init; }

    /// <summary>Vietnamese invoice series (KHHDon, e.g. C25TAA), printed beside the number.</summary>
    public string? InvoiceSeries { get; init; }

    /// <summary>Vietnamese invoice form number (KHMSHDon, e.g. 1 for a VAT invoice).</summary>
    public string? InvoiceForm { get; init; }

    public InvoiceParty? Seller { get; init; }

    public InvoiceParty? Buyer { get; init; }

    /// <summary>What is left to pay (UBL PayableAmount, CII DuePayableAmount) when the format states it.</summary>
    public decimal? AmountDue { get; init; }

    /// <summary>Tax per rate or category, as the document totals it.</summary>
    public IReadOnlyList<InvoiceTaxSubtotal>? TaxBreakdown { get; init; }

    public InvoiceSignature? Signature { get; init; }
}
