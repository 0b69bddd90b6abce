namespace OcrAsync.Benchmarks.Generated.Wording;

/// <summary>The eight label languages of the generated set; a new language is one more file beside this one.</summary>
internal static class Languages
{
    public static readonly InvoiceWording[] All =
        [English.Words, Vietnamese.Words, French.Words, German.Words, Spanish.Words, Italian.Words, Dutch.Words, Portuguese.Words];
}
