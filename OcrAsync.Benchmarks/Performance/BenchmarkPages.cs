namespace OcrAsync.Benchmarks.Performance;

/// <summary>The benchmark's invoice pages: half English, half Vietnamese, rendered in code (deterministic).</summary>
internal static class BenchmarkPages
{
    private static readonly string[] EnglishVendors = ["Northwind Traders Ltd", "Contoso Office Supply", "Fabrikam Printing Co", "Adventure Works Inc", "Tailspin Logistics"];
    private static readonly string[] VietnameseVendors = ["Công ty TNHH Minh Phát", "Công ty CP Thành Đạt", "Cửa hàng Hòa Bình", "Công ty TNHH Việt Tiến", "Nhà sách Phương Nam"];
    private static readonly string[] EnglishItems = ["Printer paper A4, 500 sheets", "Toner cartridge black", "Maintenance service", "Desk lamp LED", "USB-C cable 2 m", "Whiteboard markers", "Office chair", "Shipping and handling"];
    private static readonly string[] VietnameseItems = ["Giấy in A4", "Mực in đen", "Bút bi xanh", "Sổ tay bìa cứng", "Ghế văn phòng", "Đèn bàn", "Phí vận chuyển", "Bìa hồ sơ"];

    /// <summary>Invoice <paramref name="index"/>: even indexes English, odd Vietnamese, 2–6 line items.</summary>
    public static InvoiceSpec Spec(int index)
    {
        var vietnamese = index % 2 == 1;
        var items = new List<PrintedLineItem>();
        var names = vietnamese ? VietnameseItems : EnglishItems;
        for (var i = 0; i < 2 + (index % 5); i++)
        {
            var price = vietnamese ? 15_000m * (1 + ((index + i) % 9)) : 4.75m + (7.5m * ((index * 3 + i) % 11));
            items.Add(new PrintedLineItem(names[(index + i) % names.Length], 1 + ((index + 2 * i) % 12), price));
        }

        var day = 1 + (index % 28);
        return vietnamese
            ? InvoiceSpec.Create(VietnameseVendors[index / 2 % VietnameseVendors.Length], $"HD-{1000 + index}", string.Create(CultureInfo.InvariantCulture, $"{day:00}/03/2024"), items, "VND", vietnamese: true)
            : InvoiceSpec.Create(EnglishVendors[index / 2 % EnglishVendors.Length], $"INV-2024-{index + 1:0000}", string.Create(CultureInfo.InvariantCulture, $"2024-03-{day:00}"), items);
    }

    /// <summary>The <paramref name="count"/> pages as PNG at <paramref name="dpi"/>.</summary>
    public static IReadOnlyList<byte[]> Render(int count, int dpi = 300) =>
        Enumerable.Range(0, count).Select(i => InvoiceImageRenderer.RenderPng(Spec(i), dpi)).ToArray();

    /// <summary>Invoice 0 with light scanner speckle until the PNG weighs about <paramref name="targetBytes"/>.</summary>
    public static byte[] RenderScanLike(int targetBytes)
    {
        using var clean = SKBitmap.Decode(InvoiceImageRenderer.RenderPng(Spec(0)));
        var random = new Random(42);
        var dots = 0;
        while (true)
        {
            using var bitmap = clean.Copy();
            dots += 20_000;
            for (var i = 0; i < dots; i++)
            {
                var grey = (byte)random.Next(150, 235);
                bitmap.SetPixel(random.Next(bitmap.Width), random.Next(bitmap.Height), new SKColor(grey, grey, grey));
            }

            using var image = SKImage.FromBitmap(bitmap);
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            if (png.Size >= targetBytes || dots > 2_000_000)
            {
                return png.ToArray();
            }
        }
    }
}
