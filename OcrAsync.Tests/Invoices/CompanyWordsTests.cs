using OcrAsync.Core.Invoices.Labels;

namespace OcrAsync.Tests.Invoices;

/// <summary>The business words a vote of a vendor's line prefers (<see cref="CompanyWords"/>, <c>company-words.json</c>).</summary>
public sealed class CompanyWordsTests
{
    [Theory]
    [InlineData("TRADING", true)]
    [InlineData("Enterprise", true)]
    [InlineData("PERNIAGAAN", true)] // Malay
    [InlineData("thương", true)] // Vietnamese, with its accents
    [InlineData("THUONG", true)] // and read without them
    [InlineData("Bäckerei", true)]
    [InlineData("Limited", true)] // a legal form's word
    [InlineData("TRADLNG", false)] // a letter damaged: no word
    [InlineData("Bhd", false)] // too short to count, though a form's word
    [InlineData("Xylophon", false)]
    public void A_known_business_word_of_four_letters_or_more_counts(string word, bool known) =>
        Assert.Equal(known, CompanyWords.Contains(word));
}
