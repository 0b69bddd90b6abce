using OcrAsync.Benchmarks.Generated;

namespace OcrAsync.Tests.Generated;

/// <summary>The generator's house style (used by the learning benchmark's vendors): one issuer, many invoices.</summary>
public sealed class HouseStyleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Invoices_of_one_house_keep_its_identity_and_styles_and_draw_their_own_values(int language)
    {
        var words = Languages.All[language];
        for (var house = 1; house <= 20; house++)
        {
            var invoices = Enumerable.Range(0, 6)
                .Select(i => InvoiceFactory.Create(new Random((house * 1000) + i), words, receipt: false, house: new Random(house)))
                .ToList();
            var (first, truth) = invoices[0];
            Assert.All(invoices, invoice =>
            {
                var (d, t) = invoice;
                Assert.Equal(first.Vendor, d.Vendor);
                Assert.Equal(first.VendorLines, d.VendorLines);
                Assert.Equal(first.CustomerLines, d.CustomerLines);
                Assert.Equal(first.Title, d.Title);
                Assert.Equal(first.Columns, d.Columns);
                Assert.Equal(first.Footer, d.Footer);
                Assert.Equal(first.Money, d.Money);
                Assert.Equal(Labels(first.Header), Labels(d.Header));
                Assert.Equal(Labels(first.Totals.Where(f => f.Role != FieldRoles.Tax)), Labels(d.Totals.Where(f => f.Role != FieldRoles.Tax)));
                Assert.Equal(truth.DateStyle, t.DateStyle);
                Assert.Equal(Shape(truth.InvoiceNumber), Shape(t.InvoiceNumber));
            });
            Assert.True(invoices.Select(i => i.Truth.InvoiceNumber).Distinct().Count() > 3, $"house {house}: numbers repeat");
            Assert.True(invoices.Select(i => i.Truth.TotalAmount).Distinct().Count() > 3, $"house {house}: totals repeat");
        }
    }

    private static string[] Labels(IEnumerable<LabelledValue> fields) => [.. fields.Select(f => $"{f.Role}:{f.Label}")];

    /// <summary>The number with every digit as 9: prefix, separators and length.</summary>
    private static string Shape(string number) => new([.. number.Select(c => char.IsDigit(c) ? '9' : c)]);
}
