using OcrAsync.Benchmarks.Generated;

namespace OcrAsync.Tests.Generated;

/// <summary>The print faults of generated receipts: each one damages the glyphs it is drawn on, and only lightens ink.</summary>
public sealed class ThermalPrintTests
{
    [Theory]
    [InlineData("dots")]
    [InlineData("broken")]
    [InlineData("pale")]
    public void A_fault_breaks_or_fades_a_solid_stroke_and_never_darkens_it(string fault)
    {
        using var page = Stroke();
        var before = page.GetPixelSpan().ToArray();

        ThermalPrint.Apply(page, fault, new Random(3), 300);

        var after = page.GetPixelSpan().ToArray();
        Assert.All(Enumerable.Range(0, before.Length), i => Assert.True(after[i] >= before[i]));
        Assert.Contains(Enumerable.Range(0, before.Length), i => before[i] == 0 && after[i] > 100);
    }

    [Fact]
    public void A_smudge_smears_ink_sideways_onto_the_paper_beside_it()
    {
        using var page = Stroke();
        var before = page.GetPixelSpan().ToArray();

        ThermalPrint.Apply(page, "smudge", new Random(3), 300);

        var after = page.GetPixelSpan().ToArray();
        Assert.Contains(Enumerable.Range(0, before.Length), i => before[i] == 246 && after[i] < 200);
    }

    [Fact]
    public void Every_receipt_of_a_set_names_its_fault_and_every_fault_appears()
    {
        var faults = Enumerable.Range(0, 140).Where(i => PageGenerator.IsReceipt(7, i)).Take(24)
            .Select(i => PageGenerator.Generate(7, i, printFaults: true).Expected.PrintFault).ToList();

        Assert.Equal(ThermalPrint.Faults.Order(), faults.Distinct().Order());
    }

    [Fact]
    public void Print_faults_are_opt_in_and_change_only_the_receipt_image()
    {
        var index = Enumerable.Range(0, 40).First(i => PageGenerator.IsReceipt(7, i));

        var plain = PageGenerator.Generate(7, index);
        var faulted = PageGenerator.Generate(7, index, printFaults: true);

        Assert.Null(plain.Expected.PrintFault);
        Assert.NotNull(faulted.Expected.PrintFault);
        Assert.NotEqual(plain.Bytes, faulted.Bytes);
        Assert.Equal(plain.Expected with { PrintFault = faulted.Expected.PrintFault }, faulted.Expected);
    }

    /// <summary>A page of thermal paper grey with black vertical strokes 12 px wide, its full height (any smudge band crosses one).</summary>
    private static SKBitmap Stroke()
    {
        var page = new SKBitmap(new SKImageInfo(200, 400, SKColorType.Gray8, SKAlphaType.Opaque));
        var span = page.GetPixelSpan();
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (byte)(i % 200 % 40 < 12 ? 0 : 246);
        }

        return page;
    }
}
