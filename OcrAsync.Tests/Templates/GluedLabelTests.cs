using OcrAsync.Core.Templates.Learning;

namespace OcrAsync.Tests.Templates;

/// <summary>A value printed in one word with its label ("No.LH44588"), as tight print or OCR leaves it.</summary>
public sealed class GluedLabelTests
{
    [Theory]
    [InlineData("No.LH44588", "LH44588", "No.")]
    [InlineData("Invoice#A-17", "A-17", "Invoice#")]
    [InlineData("Số:0001234", "0001234", "Số:")]
    public void A_label_glued_before_the_value_is_found(string word, string value, string prefix) =>
        Assert.Equal(prefix, AnchorFinder.GluedPrefix(word, value));

    [Theory]
    [InlineData("INV44588", "44588")] // letters of the number itself, no label punctuation
    [InlineData("LH44588", "LH44588")] // the value alone
    [InlineData("12.44588", "44588")] // no letter: an amount, not a label
    [InlineData("No.LH44589", "LH44588")]
    public void Anything_else_is_not_a_glued_label(string word, string value) =>
        Assert.Null(AnchorFinder.GluedPrefix(word, value));
}
