namespace OcrAsync.Tests.Invoices;

/// <summary>
/// The vendor's name voted word by word over several reads of its line (<see cref="NameVote"/>). Every read is laid out
/// in code on one row: each word 12 px a letter wide, one space (12 px) apart; names invented.
/// </summary>
public sealed class NameVoteTests
{
    private const int Letter = 12;

    [Theory]
    // Two closer reads agree on a letter the first read damaged, whatever their confidence.
    [InlineData("PELANGI BUKLT TRAVEL", new[] { "PELANGI BUKIT TRAVEL", "PELANGI BUKIT TRAVEL" }, "PELANGI BUKIT TRAVEL")]
    // A real word beats a spelling that is no word, even when only one read has it.
    [InlineData("SENJA HARDWAKE", new[] { "SENJA HARDWARE", "SENJA HARDWAKE" }, "SENJA HARDWARE")]
    [InlineData("Cahaya Restoram Sdn Bhd", new[] { "Cahaya Restoran Sdn Bhd" }, "Cahaya Restoran Sdn Bhd")]
    // A stroke read beside a word is not part of it.
    [InlineData("MERANTI ENTERPRlSE", new[] { "|MERANTI ENTERPRISE" }, "MERANTI ENTERPRISE")]
    public void A_word_the_reads_outvote_is_spelled_as_they_read_it(string first, string[] reads, string expected) =>
        Assert.Equal(expected, NameVote.Choose(first, WordsOf(first), 0.6, [.. reads.Select(r => Read(r, 0.4))]));

    [Theory]
    [InlineData("PELANGI BUKLT TRAVEL", new[] { "PELANGI BUKIT TRAVEL" })] // one read against one: the first stays
    [InlineData("PELANGI BUKLT TRAVEL", new[] { "PELANGI BUKIT TRAVEL", "PELANGI BUKAT TRAVEL" })] // the reads disagree among themselves
    [InlineData("SENJA HARDWARE", new[] { "SENJA HARDWAKE", "SENJA HARDWAKE" })] // a real word is not outvoted by no word
    [InlineData("KEDAI SUMBER", new[] { "KEDAI 5UMBER", "KEDAI 5UMBER" })] // a letter read as a digit never wins
    [InlineData("Teratai Sdn Bhd", new[] { "Teratai Son Bhd", "Teratai Son Bhd" })] // a legal form's word stays
    [InlineData("WIRA JAYA", new[] { "WIRA MAJU", "WIRA MAJU" })] // another word, not the same one damaged
    [InlineData("WIRA JAYA", new[] { "WIRA JAYA", "WIRA JAYA" })] // read the same
    public void A_word_the_reads_do_not_outvote_stays(string first, string[] reads)
    {
        var chosen = NameVote.Choose(first, WordsOf(first), 0.6, [.. reads.Select(r => Read(r, 0.95))]);

        Assert.True(chosen is null || chosen == first, chosen);
    }

    [Fact]
    public void Words_that_do_not_pair_up_by_their_place_on_the_row_give_no_vote()
    {
        // The closer reads joined two words into one: it pairs with the second word at most, and is no spelling of it.
        var reads = new[] { Read("MERANTIENTERPRISE", 0.9), Read("MERANTIENTERPRISE", 0.9) };

        Assert.Null(NameVote.Choose("MERANTI ENTERPRlSE", WordsOf("MERANTI ENTERPRlSE"), 0.6, reads));
    }

    [Theory]
    // The name goes on with a word of the next line (wrapped): that word is not on the read line and stays as it is.
    [InlineData("PELANGI BUKLT TRAVEL SDN", "PELANGI BUKLT TRAVEL", "PELANGI BUKIT TRAVEL SDN")]
    // The extractor repaired a legal form's word the first read damaged: it stays repaired, the other words are voted.
    [InlineData("PELANGI BUKLT Bhd", "PELANGI BUKLT Bnd", "PELANGI BUKIT Bhd")]
    public void A_word_of_the_name_the_first_read_line_does_not_spell_stays_and_the_others_are_voted(string first, string line, string expected) =>
        Assert.Equal(expected, NameVote.Choose(first, WordsOf(line), 0.6, [Read("PELANGI BUKIT TRAVEL", 0.9), Read("PELANGI BUKIT TRAVEL", 0.9)]));

    [Fact]
    public void A_name_no_word_of_which_the_first_read_line_spells_is_not_voted() =>
        Assert.Null(NameVote.Choose("MERANTI JAYA", WordsOf("PELANGI BUKLT"), 0.6, [Read("PELANGI BUKIT", 0.9), Read("PELANGI BUKIT", 0.9)]));

    [Theory]
    [InlineData(new[] { 0.9, 0.5, 0.9 }, 0.9, true)] // the mean of the name's words under 0.8
    [InlineData(new[] { 0.9, 0.75, 0.95 }, 0.5, false)] // a word in doubt among sure ones: the mean is sure
    [InlineData(new double[0], 0.5, false)] // no words of the name found on the line
    public void A_name_is_doubtful_when_the_engine_doubts_its_words(double[] confidences, double line, bool doubtful)
    {
        var words = WordsOf("PELANGI BUKIT TRAVEL").Take(confidences.Length).Select((w, i) => w with { Confidence = confidences[i] }).ToList();

        Assert.Equal(doubtful, NameVote.Doubtful(words, line));
    }

    [Theory]
    [InlineData(0.7, true)] // a cached first read keeps no word confidences: the line's stands for them
    [InlineData(0.9, false)]
    public void A_name_whose_words_have_no_confidence_is_doubtful_by_its_line(double line, bool doubtful) =>
        Assert.Equal(doubtful, NameVote.Doubtful(WordsOf("PELANGI BUKIT TRAVEL"), line));

    [Theory]
    [InlineData("PELANGI BUKLT TRAVEL", "PELANGI BUKIT TRAVEL", true)]
    [InlineData("PELANGI BUKIT TRAVEL", "PELANGI BUKIT TRAVEL", false)] // read the same: not doubtful
    [InlineData("PELANGI BUKIT TRAVEL", "PELANGI BUKIT TRAVEL AGENCY", false)] // a word added beside the name is NameReread's
    [InlineData("WIRA JAYA", "WIRA MAJU", true)] // another word: doubtful too (more reads may agree with the first)
    [InlineData("MERANTI ENTERPRISE", "MERANTIENTERPRISE", true)] // no word of the closer read pairs with the first
    public void A_name_is_disputed_when_a_closer_read_does_not_read_one_of_its_words_as_the_first_did(string first, string read, bool disputed) =>
        Assert.Equal(disputed, NameVote.Disputed(first, WordsOf(first), [Read(read, 0.9)]));

    [Fact]
    public void A_read_that_split_a_word_in_two_gives_no_vote_for_it()
    {
        // "TRAVELS" read as "TRAVEL" and a speck "S" under its last letter, twice: neither half is the word.
        var split = new OcrLine("PELANGI TRAVEL S", 0.9, new BoundingBox(0, 50, 15 * Letter, 20))
        {
            Words = [.. WordsOf("PELANGI TRAVEL")[..2], new OcrWord("S", new BoundingBox(14 * Letter, 50, Letter, 20))],
        };

        Assert.Null(NameVote.Choose("PELANGI TRAVELS", WordsOf("PELANGI TRAVELS"), 0.6, [split, split]));
    }

    [Theory]
    [InlineData("KEDAI M!WAR MELATI", true)] // a sign for a letter
    [InlineData("SEN|A TRAVEL", true)]
    [InlineData("PELANGI BUK1T", true)] // a digit between letters
    [InlineData("88 HILL GROCER S/B", false)] // digits and a slash a name does print
    [InlineData("Ferreira & Filhos, Lda", false)]
    [InlineData("MR. K.L.M. (BERANDA) SDN BHD", false)]
    public void A_name_looks_damaged_when_a_word_has_a_sign_or_a_digit_no_name_spells_inside_it(string name, bool damaged) =>
        Assert.Equal(damaged, NameVote.LooksDamaged(name));

    private static OcrLine Read(string text, double confidence) =>
        new(text, confidence, new BoundingBox(0, 50, text.Length * Letter, 20)) { Words = [.. WordsOf(text).Select(w => w with { Confidence = confidence })] };

    private static List<OcrWord> WordsOf(string text)
    {
        var words = new List<OcrWord>();
        var x = 0;
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new BoundingBox(x * Letter, 50, word.Length * Letter, 20)));
            x += word.Length + 1;
        }

        return words;
    }
}
