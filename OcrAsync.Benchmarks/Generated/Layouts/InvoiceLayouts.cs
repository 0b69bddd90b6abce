namespace OcrAsync.Benchmarks.Generated.Layouts;

/// <summary>Every layout the generator draws, A4 invoices first, then till receipts.</summary>
internal static class InvoiceLayouts
{
    public static readonly IInvoiceLayout[] All =
    [
        new ClassicLayout(), new BoxedLayout(), new CenteredLayout(), new StackedLayout(), new TwoColumnHeaderLayout(),
        new TaxSummaryLayout(), new LetterheadRightLayout(), new ValueAboveLabelLayout(), new GridLayout(),
        new MinimalLayout(), new EuropeanLayout(), new NarrowReceiptLayout(), new WideReceiptLayout(), new TaxCodeReceiptLayout(),
    ];

    /// <summary>Drawn instead of every A4 layout on request only (<see cref="PageGenerator.Generate"/>), so a seed's set stays the one earlier figures were measured on.</summary>
    public static readonly IInvoiceLayout FooterIssuer = new FooterIssuerLayout();

    /// <summary>Drawn instead of every A4 layout on request only, as <see cref="FooterIssuer"/>.</summary>
    public static readonly IInvoiceLayout Marketplace = new MarketplaceLayout();
}
