namespace OcrAsync.Core.Invoices;

/// <summary>Shared settings of the extractor's own expressions.</summary>
internal static class InvoiceRegex
{
    /// <summary>
    /// A backstop, not a budget: lines are at most 500 characters and the expressions are simple, but a loaded 2-core
    /// host (load 40-60 seen while tests and benchmarks ran) can pause a thread for seconds, and a timeout must not fail a document that is fine.
    /// </summary>
    public const int TimeoutMilliseconds = 5000;
}
