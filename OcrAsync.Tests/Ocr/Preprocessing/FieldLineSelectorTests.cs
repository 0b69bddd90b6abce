namespace OcrAsync.Tests.Ocr.Preprocessing;

public sealed class FieldLineSelectorTests
{
    private static readonly OcrPreprocessingOptions Options = new() { FieldPassBelowConfidence = 0.8, MaxFieldPasses = 2 };

    [Fact]
    public void Picks_lines_whose_value_words_were_read_with_low_confidence_least_confident_first()
    {
        ScoredLine[] lines =
        [
            Line(("TOTAL", 0.95), ("12.60", 0.55)),      // value read badly: picked second-weakest
            Line(("Thank", 0.30), ("you!", 0.40)),       // no value on it: never picked
            Line(("Date:", 0.97), ("12/03/2024", 0.96)), // value read well
            Line(("No.", 0.60), ("4O117", 0.41)),         // weakest value
        ];

        Assert.Equal([3, 0], FieldLineSelector.Select(lines, Options));
    }

    [Fact]
    public void At_most_the_configured_number_of_lines_and_none_when_disabled()
    {
        var lines = Enumerable.Range(0, 6).Select(i => Line(("Item", 0.9), ($"{i}.99", 0.5 + (i * 0.01)))).ToList();

        Assert.Equal([0, 1], FieldLineSelector.Select(lines, Options));
        Assert.Empty(FieldLineSelector.Select(lines, Options with { FieldPassBelowConfidence = 0 }));
        Assert.Empty(FieldLineSelector.Select(lines, Options with { MaxFieldPasses = 0 }));
    }

    [Fact]
    public void A_single_digit_is_not_a_value()
    {
        Assert.Empty(FieldLineSelector.Select([Line(("Page", 0.5), ("1", 0.3))], Options));
    }

    private static ScoredLine Line(params (string Text, double Confidence)[] words)
    {
        var boxes = words.Select((w, i) => new OcrWord(w.Text, new BoundingBox(i * 100, 10, 90, 20))).ToList();
        var line = new OcrLine(string.Join(' ', words.Select(w => w.Text)), words.Average(w => w.Confidence), new BoundingBox(0, 10, words.Length * 100, 20)) { Words = boxes };
        return new ScoredLine(line, words.Select(w => w.Confidence).ToList());
    }
}
