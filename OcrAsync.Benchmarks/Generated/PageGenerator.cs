namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// Page <c>index</c> of set <c>seed</c>, from its own random (so any page can be rebuilt alone). Layout, language and
/// degradation cycle with the index, so a modest count covers all of them; everything else is drawn.
/// </summary>
internal static class PageGenerator
{
    private static readonly int[] Resolutions = [200, 300];

    /// <summary>Whether page <paramref name="index"/> of set <paramref name="seed"/> is a till receipt (known without drawing it).</summary>
    public static bool IsReceipt(int seed, int index) => InvoiceLayouts.All[(index + seed) % InvoiceLayouts.All.Length].ReceiptWidthMm is not null;

    /// <summary>
    /// Draws page <paramref name="index"/> of set <paramref name="seed"/>. <paramref name="printFaults"/> adds a thermal
    /// print fault to each receipt (<see cref="ThermalPrint"/>): opt-in, so that a seed's set, held-out ones included,
    /// stays the set earlier figures were measured on. <paramref name="a4Layout"/> (opt-in too) draws every A4 page with
    /// one layout instead of the set's rotation, the same documents (<see cref="InvoiceLayouts.FooterIssuer"/>: the seller
    /// named only in the footer; <see cref="InvoiceLayouts.Marketplace"/>: a marketplace's brand on top, the seller after a
    /// "Sold by" label).
    /// </summary>
    public static GeneratedPage Generate(int seed, int index, bool render = true, bool printFaults = false, IInvoiceLayout? a4Layout = null)
    {
        var random = new Random(checked((seed * 100_003) + index));
        var layout = InvoiceLayouts.All[(index + seed) % InvoiceLayouts.All.Length];
        if (a4Layout is not null && layout.ReceiptWidthMm is null)
        {
            layout = a4Layout;
        }

        var words = Languages.All[(index + (index / InvoiceLayouts.All.Length) + seed) % Languages.All.Length];
        var degradation = Degradations.All[(index + (index / InvoiceLayouts.All.Length * 3)) % Degradations.All.Length];
        var receipt = layout.ReceiptWidthMm is not null;

        var (document, truth) = InvoiceFactory.Create(random, words, receipt);
        var fonts = receipt ? FontFiles.Receipt : FontFiles.Invoice;
        var font = fonts[random.Next(fonts.Length)];
        var dpi = degradation == Degradations.LowResolution ? 150 : Resolutions[random.Next(Resolutions.Length)];
        var defects = Degradations.Draw(degradation, random, dpi);
        var style = receipt
            ? new PageStyle(font, dpi, 7.5f + random.Next(4) * 0.5f, (byte)(50 + random.Next(80)), defects)
            : new PageStyle(font, dpi, 9f + random.Next(5) * 0.5f, (byte)random.Next(40), defects);

        var name = string.Create(CultureInfo.InvariantCulture, $"s{seed:000}-{index + 1:0000}");
        var (bitmap, text) = PageRenderer.Render(document, layout, style, render);
        byte[]? bytes = null;
        string? fault = null;
        var extension = "png";
        if (bitmap is not null)
        {
            using (bitmap)
            {
                if (receipt)
                {
                    Degradations.Thermal(bitmap, random);
                }

                if (receipt && printFaults)
                {
                    fault = ThermalPrint.Damage(bitmap, new Random(checked((seed * 100_003) + index) ^ 0x5EED), dpi);
                }

                (bytes, extension) = Degradations.Finish(bitmap, defects, random);
            }
        }

        var expected = new InvoiceExpectation($"{name}.{extension}", seed, index, layout.Name, words.Language, degradation, dpi,
            Path.GetFileNameWithoutExtension(font), truth.DateStyle, document.Money.Name, document.Money.MarkName,
            truth.NumberLabel, truth.TotalLabel, truth.InvoiceNumber, truth.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            truth.TotalAmount, truth.VendorName, truth.Subtotal, truth.TaxAmount, truth.Currency.Length == 0 ? null : truth.Currency, fault);
        return new GeneratedPage(expected, truth, document, text, bytes, extension);
    }
}
