namespace OcrAsync.Tests.Invoices;

/// <summary>
/// When the closer second read of the vendor's row replaces the first read's name (<see cref="NameReread"/>). Rows are
/// laid out in code: each word 12 px a letter wide, one space (12 px) apart, on a row at y 50, 20 px high; names invented.
/// </summary>
public sealed class NameRereadTests
{
    private const int Letter = 12;
    private const int Top = 50;
    private const int Height = 20;

    [Theory]
    // Cut at a faded stretch: the rest of the last word and the words after it come back.
    [InlineData("Distribuidora Lun", "Distribuidora Lunares S.L.", "Distribuidora Lunares S.L.")]
    // Letters lost inside the name and at its start.
    [InlineData("Panaderia Sol Nac e", "Panaderia Sol Naciente", "Panaderia Sol Naciente")]
    [InlineData("ateria Olmo Ltd", "Cateria Olmo Ltd", "Cateria Olmo Ltd")]
    // One letter read otherwise beside the letters added.
    [InlineData("cc1 Ferramenta S.p.A.", "Ricci Ferramenta S.p.A.", "Ricci Ferramenta S.p.A.")]
    // Specks read as signs or a lone letter at the ends are not part of the name.
    [InlineData("KEDAI BUKU BANGA", "| KEDAI BUKU BANGAU i", "KEDAI BUKU BANGAU")]
    public void A_confident_second_read_gives_back_the_letters_the_first_lost(string first, string reread, string expected) =>
        Assert.Equal(expected, NameReread.Choose(first, Box(first, reread), Read(reread, 0.93), []));

    [Theory]
    [InlineData("Distribuidora Lunares S.L.", "Distribuidora Lunares S.L.")] // read the same
    [InlineData("Van Berkel Installatie B.V.", "Van Berkel Installatie")] // fewer letters: a name over two lines, or a read that lost some
    [InlineData("Panadería Sol Nac", "Panaderia Sol Naciente")] // fewer accent marks
    [InlineData("Kopi Tiam Merah", "Kopi Tian Merak Jaya")] // two letters of the name read otherwise: too many changes for its length
    [InlineData("SUNRISE PAPER", "SUNSET HARDWARE MART")] // other letters
    public void A_second_read_that_is_not_the_first_with_letters_added_changes_nothing(string first, string reread) =>
        Assert.Null(NameReread.Choose(first, Box(first, reread), Read(reread, 0.95), []));

    [Fact]
    public void A_doubtful_second_read_changes_nothing() =>
        Assert.Null(NameReread.Choose("Distribuidora Lun", Box("Distribuidora Lun", "Distribuidora Lunares S.L."), Read("Distribuidora Lunares S.L.", 0.8), []));

    [Fact]
    public void The_confidence_that_counts_is_the_names_words_not_the_specks_read_beside_them()
    {
        // The line's mean (0.74) is pulled down by a stroke and a speck read at its ends; the name's words are sure.
        var read = Read("| KEDAI BUKU BANGAU ii", 0.74, [0.3, 0.95, 0.93, 0.9, 0.2]);

        Assert.Equal("KEDAI BUKU BANGAU", NameReread.Choose("KEDAI BUKU BANGA", Box("KEDAI BUKU BANGA", "| KEDAI BUKU BANGAU ii"), read, []));
    }

    [Fact]
    public void A_second_read_of_doubtful_name_words_changes_nothing() =>
        Assert.Null(NameReread.Choose("KEDAI BUKU BANGA", Box("KEDAI BUKU BANGA", "KEDAI BUKU BANGAU"), Read("KEDAI BUKU BANGAU", 0.95, [0.9, 0.6, 0.7]), []));

    [Fact]
    public void A_registration_number_beside_the_name_is_not_taken() =>
        Assert.Equal("KEDAI BUKU BANGAU", NameReread.Choose("KEDAI BUKU BANGA", Box("KEDAI BUKU BANGA", "KEDAI BUKU BANGAU (771204-K)"), Read("KEDAI BUKU BANGAU (771204-K)", 0.93), []));

    [Fact]
    public void A_line_the_first_read_read_the_same_beside_the_name_is_not_taken()
    {
        const string reread = "KEDAI BUKU BANGAU TAMAN SERI";
        var row = new OcrLine("TAMAN SERI", 0.9, WordsOf(reread)[^2].Box with { Width = 10 * Letter }) { Words = WordsOf(reread)[^2..] };

        Assert.Equal("KEDAI BUKU BANGAU", NameReread.Choose("KEDAI BUKU BANGA", Box("KEDAI BUKU BANGA", reread), Read(reread, 0.93), [row]));
    }

    [Fact]
    public void A_line_the_first_read_damaged_beside_the_name_is_taken()
    {
        const string reread = "Distribuidora Lunares S.L.";
        var damaged = WordsOf(reread)[1..].Select(w => w with { Text = w.Text.Replace("Lu", "Iu", StringComparison.Ordinal) }).ToList();
        var row = new OcrLine("Iunares S.L.", 0.7, damaged[0].Box with { Width = 12 * Letter }) { Words = damaged };

        Assert.Equal(reread, NameReread.Choose("Distribuidora", Box("Distribuidora", reread), Read(reread, 0.93), [row]));
    }

    [Fact]
    public void Words_of_the_names_own_line_that_the_extractor_left_out_are_not_taken()
    {
        const string reread = "KEDAI BUKU BANGAU CAWANGAN";
        var own = new OcrLine("KEDAI BUKU BANGAU CAWANGAN", 0.9, new BoundingBox(0, Top, 25 * Letter, Height)) { Words = [WordsOf(reread)[^1] with { Text = "CAWANCAN" }] };

        Assert.Null(NameReread.Choose("KEDAI BUKU BANGAU", Box("KEDAI BUKU BANGAU", reread), Read(reread, 0.93), [own]));
    }

    [Theory]
    // A letter of small thermal print read otherwise (a digit for a letter, another letter), as many letters.
    [InlineData("KEDAI RUNC1T BUNGA HAYA", "KEDAI RUNCIT BUNGA RAYA", "KEDAI RUNCIT BUNGA RAYA")]
    [InlineData("WR. K.L.M. (BERANDA) SDN BHD", "MR. K.L.M. (BERANDA) SDN BHD", "MR. K.L.M. (BERANDA) SDN BHD")]
    // A stroke before the name is left out; a word the second read has more digits in keeps the first read's letters.
    [InlineData("38 HILL GROCER S/B", "-88 HILL GROCER 5/8", "88 HILL GROCER S/B")]
    // Digits read for the letters they look like do not count against the second read, one letter read otherwise does.
    [InlineData("SUNR1SE B00KS", "SUNRISE BOOKS", "SUNRISE BOOKS")]
    public void A_confident_second_read_with_as_many_letters_corrects_the_letters_the_first_read_otherwise(string first, string reread, string expected) =>
        Assert.Equal(expected, NameReread.Choose(first, Box(first, reread), Read(reread, 0.9), []));

    [Theory]
    [InlineData("Kedai Jaya Sdn Bhd", "Kedai Jaya Sdn Phd")] // a legal form's word (the extractor may have repaired it) stays
    [InlineData("KEDAI JAYA 5/B", "KEDAI JAYA 5/8")] // a letter read as a digit again
    [InlineData("TOKO SERI", "TAKA SARI")] // too many letters read otherwise for the name's length
    [InlineData("KEDAI RUNC1T BUNGA", "KEDAIRUNCIT BUNGA")] // words that do not pair up
    public void A_second_read_with_as_many_letters_changes_only_what_it_can_pair_up(string first, string reread) =>
        Assert.Null(NameReread.Choose(first, Box(first, reread), Read(reread, 0.9), []));

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "xxabcxx", 0)] // letters added at the ends
    [InlineData("abd", "abcd", 0)] // and inside
    [InlineData("abc", "abd", 1)] // one read otherwise
    [InlineData("abc", "ac", 1)] // one left out
    [InlineData("a1c0", "aicd", 0)] // digits read for the letters they look like
    [InlineData("a7c", "aic", 1)] // a digit that looks like no letter there
    public void Changes_count_the_first_reads_letters_read_otherwise_or_left_out(string had, string read, int expected) =>
        Assert.Equal(expected, NameReread.Changes(had, read));

    /// <summary>The first read's name: the box of the second read's words it overlaps (its first letters' width).</summary>
    private static BoundingBox Box(string first, string reread)
    {
        var start = reread.IndexOf(first.Split(' ')[0][..1], StringComparison.Ordinal);
        return new BoundingBox(Math.Max(0, start) * Letter, Top, first.Length * Letter, Height);
    }

    private static OcrLine Read(string text, double confidence) => new(text, confidence, new BoundingBox(0, Top, text.Length * Letter, Height)) { Words = WordsOf(text) };

    /// <summary>A second read whose words carry the engine's confidence each.</summary>
    private static OcrLine Read(string text, double confidence, double[] words) =>
        Read(text, confidence) with { Words = WordsOf(text).Zip(words, (w, c) => w with { Confidence = c }).ToList() };

    private static List<OcrWord> WordsOf(string text)
    {
        var words = new List<OcrWord>();
        var x = 0;
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new BoundingBox(x * Letter, Top, word.Length * Letter, Height)));
            x += word.Length + 1;
        }

        return words;
    }
}
