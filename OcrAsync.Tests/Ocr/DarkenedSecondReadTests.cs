using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OcrAsync.Core.Ocr;
using OcrAsync.Tests.Processing;

namespace OcrAsync.Tests.Ocr;

/// <summary>
/// The second read of a receipt whose number lies in a faded band of thermal print, with the real engine: the first read
/// thresholds the pale ink away with the paper; the second read darkens it first
/// (<see cref="Core.Ocr.Preprocessing.SecondReads.InkExponent"/>) and fills it. Read at the other scale without the
/// darkening, the number stays lost (checked when the test was written).
/// </summary>
public sealed class DarkenedSecondReadTests
{
    private static readonly byte[] Receipt = FadedReceipt.Png("HARBOUR HARDWARE", fadedFrom: 0.15, fadedTo: 0.5, fade: 0.22);

    private static OcrEnginePool CreatePool(bool secondRead) => new(
        Options.Create(new OcrEngineOptions
        {
            EngineCount = 1,
            Languages = "eng",
            Preprocessing = new OcrPreprocessingOptions { SecondReadOfMissingFields = secondRead },
        }),
        NullLogger<OcrEnginePool>.Instance);

    [Fact]
    public async Task The_number_in_a_faded_band_is_filled_from_the_darkened_second_read()
    {
        using var without = CreatePool(secondRead: false);
        using var with = CreatePool(secondRead: true);

        var first = await PipelineFactory.Create(without).RunAsync(Receipt, 0.7, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(180));
        var second = await PipelineFactory.Create(with).RunAsync(Receipt, 0.7, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(180));

        Assert.Null(first.Invoice.InvoiceNumber);
        Assert.Equal("CR-20418", second.Invoice.InvoiceNumber);
        Assert.Equal("2024-03-14", first.Invoice.Date); // outside the band: read the first time
        Assert.Equal(first.Invoice.Date, second.Invoice.Date);
        Assert.Equal(25.30m, second.Invoice.TotalAmount);
    }
}
