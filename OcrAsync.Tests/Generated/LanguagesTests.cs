namespace OcrAsync.Tests.Generated;

/// <summary>The generator's table of label languages (<c>languages.json</c>): complete entries, in the seeds' order.</summary>
public sealed class LanguagesTests
{
    [Fact]
    public void The_table_holds_the_eight_languages_in_the_order_the_seeds_pick_them()
    {
        Assert.Equal(["en", "vi", "fr", "de", "es", "it", "nl", "pt"], Languages.All.Select(w => w.Language));
        Assert.Same(Languages.All[1], Languages.Of("vi"));
    }

    [Fact]
    public void Every_language_fills_every_list_and_names_twelve_months()
    {
        var lists = typeof(InvoiceWording).GetProperties().Where(p => p.PropertyType.IsArray).ToList();
        Assert.Equal(30, lists.Count);
        Assert.All(Languages.All, words =>
        {
            Assert.All(lists, list => Assert.NotEmpty((Array)list.GetValue(words)!));
            Assert.Equal(12, words.Months.Length);
            Assert.Equal(12, words.ShortMonths.Length);
            Assert.All(words.Columns, columns => Assert.Equal(4, columns.Length));
        });
    }
}
