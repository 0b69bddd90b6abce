using static OcrAsync.Core.Invoices.VendorLineText;

namespace OcrAsync.Core.Invoices;

/// <summary>
/// Finds the seller as the other fields are found: every line that may name it becomes a candidate with features (a
/// seller, payment-receiver or payee label before it, a legal form, a letterhead above its street address, its place in the header, text
/// height, a name the page repeats, a customer's block, the title before it; a company block in the footer,
/// <see cref="FooterCompanyBlock"/>), and <see cref="FieldResolver"/> picks one
/// with <see cref="ResolverWeights.Vendor"/>. How a line's text becomes a name is <see cref="VendorLineText"/>.
/// </summary>
internal static class VendorNameFinder
{
    /// <summary>The seller's block is in the first lines of page 1.</summary>
    private const int TopLines = 12;

    /// <summary>A line of the customer's block starts at most this many label heights under the customer's label.</summary>
    private const double BuyerBlockHeights = 6;

    public static ExtractedField? Find(IReadOnlyList<InvoiceTextLine> lines) =>
        FieldResolver.Pick(Candidates(lines), ResolverWeights.Vendor) is { Features.BuyerBlock: false } best ? best.Field : null;

    public static IEnumerable<FieldCandidate> Candidates(IReadOnlyList<InvoiceTextLine> lines)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        var heights = TextHeights(lines);
        return Labelled(lines, InvoiceLabels.Vendor(), 1, 0.95, null)
            .Concat(Labelled(lines, InvoiceLabels.PaymentReceiver(), 0.9, 0.9, null, BeforePaymentWords))
            .Concat(Labelled(lines, InvoiceLabels.Payee(), 0.8, 0.85, DirectDebit()))
            .Concat(FromTop(lines, heights))
            .Concat(FooterCompanyBlock.Candidates(lines))
            .ToList();
    }

    /// <summary>
    /// The value after each <paramref name="label"/> (or on the next line), unless <paramref name="veto"/> matches on
    /// that line or one of the three above it. <paramref name="end"/> cuts a value printed in running text.
    /// </summary>
    private static IEnumerable<FieldCandidate> Labelled(
        IReadOnlyList<InvoiceTextLine> lines, Regex label, double strength, double factor, Regex? veto, Func<string, string>? end = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = label.Match(lines[i].Label);
            if (!m.Success || (veto is not null && lines.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3) + 1).Any(l => veto.IsMatch(l.Label))))
            {
                continue;
            }

            var features = new CandidateFeatures { LabelStrength = strength, ReadingPosition = Position(lines, lines[i]) };
            var after = BeforeNextLabel(lines[i].Text[(m.Index + m.Length)..]);
            var value = Clean(EndAtLegalForm(end is null ? after : end(after)));
            if (value.Count(char.IsLetter) >= 3)
            {
                yield return new FieldCandidate(lines[i].ToField(value, lines[i].Confidence * factor), features with { Direction = LabelDirection.Inline });
            }
            else if ((end is null || after.Count(char.IsLetter) < 3) && i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && NameIn(lines[i + 1]) is { } next)
            {
                yield return new FieldCandidate(lines[i + 1].ToField(next, lines[i + 1].Confidence * factor * 0.95), features with { Direction = LabelDirection.Below });
            }
        }
    }

    /// <summary>Every name among the first lines of page 1, until the item table starts.</summary>
    private static IEnumerable<FieldCandidate> FromTop(IReadOnlyList<InvoiceTextLine> lines, IReadOnlyDictionary<int, double> heights)
    {
        var whole = lines.Where(l => l.Page == lines[0].Page).ToList();
        var page = whole.Take(TopLines).ToList();
        var buyers = page.Where(l => InvoiceLabels.Customer().IsMatch(l.Label) || Owner().IsMatch(l.Label)).ToList();
        var firstAddress = page.FirstOrDefault(l => AddressLine().IsMatch(l.Label))?.Index ?? -1;
        var seen = false;
        var afterHeading = false;
        foreach (var line in page)
        {
            // The seller's block comes before the title ("TAX INVOICE"); a customer or owner may follow it.
            if (HeadingOnly().IsMatch(line.Label))
            {
                afterHeading |= seen;
                continue;
            }

            // Items follow the table's captions: no seller below them once a name came before (OCR may read the table's
            // captions before a letterhead printed beside the title).
            if (InvoiceLabels.IsTableCaption(line.Label))
            {
                if (seen)
                {
                    yield break;
                }

                continue;
            }

            if (buyers.Contains(line) || NameIn(line) is not { } name || RowStart(whole, line) is not null)
            {
                continue;
            }

            seen = true;
            var text = CutNameRepair.Apply(WithRowContinuation(whole, line, WithSuffixAround(lines, line, name)), lines, line);
            var company = CompanySuffix().IsMatch(TextFolding.Fold(text));
            // The first line of an aligned block whose next line is a street address ("Azure Interior" / "4557 De Silva St").
            // Only above the first address: item lines ("2485 DRINKING WATER") look like street lines too.
            var letterhead = line.Index < firstAddress && IsBlockStart(lines, line) && (IsAboveAddress(lines, line) || IsWrappedAboveAddress(lines, line, text));
            var features = new CandidateFeatures
            {
                ReadingPosition = Position(lines, line),
                TextHeight = heights.GetValueOrDefault(line.Index, 1),
                Repetition = Repetition(lines, line, text),
                CompanyForm = company,
                AboveAddress = letterhead,
                AfterHeading = afterHeading,
                BuyerBlock = buyers.Any(b => InBlockOf(b, line)),
            };
            var factor = company ? 0.85 : letterhead ? 0.75 : 0.6;
            yield return new FieldCandidate(line.ToField(text, line.Confidence * factor), features);
        }
    }

    /// <summary>
    /// A name OCR broke before its legal form: "HARMONY BOOK" / "CO. (M) SDN BHD" takes the line above, "Contoso Office
    /// Supply Pte." / "Ltd." the line below.
    /// </summary>
    private static string WithSuffixAround(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line, string name)
    {
        var above = line.Index > 0 && lines[line.Index - 1].Page == line.Page ? lines[line.Index - 1] : null;
        if (SuffixOnly().IsMatch(line.Label) && above is not null && NameIn(above) is { } first && !HeadingOnly().IsMatch(above.Label))
        {
            return first + " " + name;
        }

        var below = line.Index + 1 < lines.Count && lines[line.Index + 1].Page == line.Page ? lines[line.Index + 1] : null;
        if (below is not null && SuffixOnly().IsMatch(below.Label) && (NameIn(below) ?? FormAlone(below)) is { } suffix && Aligned(line, below))
        {
            return name + " " + suffix;
        }

        if (below is null || !(Under(line, below) || Aligned(line, below)))
        {
            return name;
        }

        return WrappedForm(line, name, below) ?? (Continuation(lines, line, name) is { } rest ? name + " " + rest : name);
    }

    /// <summary>
    /// The rest of a name wrapped to the next line without a legal form to end it ("Công ty CP Sài Gòn" / "Xanh" over the
    /// address): the next line, aligned with this one (checked by the caller; boxes known), is a name and nothing else, and the
    /// letterhead's street address or registration number follows it. A name that ends with its legal form is whole; a
    /// line with digits (a logo or a stamp read as signs) opens no wrapped name.
    /// </summary>
    private static string? Continuation(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line, string name)
    {
        var at = line.Index + 1;
        if (at + 1 >= lines.Count || lines[at + 1].Page != line.Page || line.Box is null || lines[at].Box is null
            || LegalForm().IsMatch(TextFolding.LabelForm(name))
            || name.Any(char.IsAsciiDigit) || lines[at].Text.Any(char.IsAsciiDigit) || !SameHeight(line, lines[at])
            || NameIn(lines[at]) is not { } rest || rest != Clean(lines[at].Text) || SuffixOnly().IsMatch(lines[at].Label))
        {
            return null;
        }

        var after = lines[at + 1].Label;
        return AddressLine().IsMatch(after) || RegistrationLine().IsMatch(after) ? rest : null;
    }

    /// <summary>
    /// A line that is a short legal form and nothing else ("V.0.F.": two letters OCR left, too few for a name), kept as the
    /// form; a registration line that opens with "CO." is not one.
    /// </summary>
    private static string? FormAlone(InvoiceTextLine line) =>
        Clean(line.Text) is var form && LegalForm().Match(TextFolding.LabelForm(form)) is { Success: true, Index: 0 } m && m.Length == form.Length
            ? form
            : null;

    /// <summary>
    /// The second half of a two-word legal form wrapped to the line below, OCR-damaged there ("Summit Cafe Pte." /
    /// "td."; "Café Bar El Puerto S.A. de" / "Cy."), completed from <see cref="LegalForms"/>. The line's own words after
    /// the name count ("de", which the name ended before).
    /// </summary>
    private static string? WrappedForm(InvoiceTextLine line, string name, InvoiceTextLine below)
    {
        var at = line.Text.IndexOf(name, StringComparison.Ordinal);
        var whole = at >= 0 ? line.Text[at..].TrimEnd() : name;
        return LegalForms.CompleteWrapped(name, below.Text) ?? (whole == name ? null : LegalForms.CompleteWrapped(whole, below.Text));
    }

    /// <summary>
    /// Text of about one height (a slogan in small print is not the rest of a name). A line's box grows with its accents
    /// and descenders: "Công ty" stands ~1.6 times as high as "Xanh" in one font.
    /// </summary>
    private static bool SameHeight(InvoiceTextLine a, InvoiceTextLine b) =>
        a.Box is not { } x || b.Box is not { } y || Math.Max(x.Height, y.Height) <= 1.75 * Math.Min(x.Height, y.Height);

    /// <summary>The next line lies within this one's width (a wrapped, centred or left-aligned receipt letterhead).</summary>
    private static bool Under(InvoiceTextLine line, InvoiceTextLine below) =>
        line.Box is not { } a || below.Box is not { } b || (b.X >= a.X - a.Height && b.X + b.Width <= a.X + a.Width + a.Height);

    /// <summary>
    /// A name OCR read as two lines on one row ("Smit" | "Kantoorartikelen V.O.F.", "Fischer Bürobedarf" | "AG": a large
    /// letterhead with a wide gap) is joined: the next line starts right after this one, on the same row, in text of about
    /// the same height. The whole page is searched: OCR may read a left column to its end before the right one, so the
    /// rest of a receipt's wide letterhead can come long after its first half.
    /// </summary>
    private static string WithRowContinuation(List<InvoiceTextLine> page, InvoiceTextLine line, string name) =>
        page.FirstOrDefault(other => Continues(line, other)) is { } next && (NameIn(next) ?? FormAlone(next)) is { } rest ? name + " " + rest : name;

    /// <summary>The line this one continues on its row, if any (it is then part of that line's candidate).</summary>
    private static InvoiceTextLine? RowStart(List<InvoiceTextLine> page, InvoiceTextLine line) =>
        page.FirstOrDefault(other => Continues(other, line) && NameIn(other) is not null);

    private static bool Continues(InvoiceTextLine first, InvoiceTextLine next)
    {
        if (first.Index == next.Index || first.Box is not { } a || next.Box is not { } b)
        {
            return false;
        }

        var gap = b.X - (a.X + a.Width);
        var height = Math.Max(a.Height, b.Height);
        return gap >= 0 && gap <= 3 * height
            && Math.Abs((a.Y + (a.Height / 2.0)) - (b.Y + (b.Height / 2.0))) <= height / 3.0
            && Math.Min(a.Height, b.Height) >= 0.75 * height;
    }

    /// <summary>Position among the first lines of its page: 0 for the first, 1 from <see cref="TopLines"/> on.</summary>
    private static double Position(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line) =>
        Math.Min(1, (double)lines.Count(l => l.Page == line.Page && l.Index < line.Index) / TopLines);

    /// <summary>
    /// A line under a customer's (or owner's) label: within the label's column and a few label heights below it when
    /// boxes are known (a seller block printed to its right is not the customer's), else one of the three lines after it.
    /// </summary>
    private static bool InBlockOf(InvoiceTextLine label, InvoiceTextLine line)
    {
        if (line.Index == label.Index)
        {
            return true;
        }

        if (line.Index < label.Index || line.Page != label.Page)
        {
            return false;
        }

        if (label.Box is not { } l || line.Box is not { } b)
        {
            return line.Index <= label.Index + 3;
        }

        var sameColumn = b.X < l.X + Math.Max(l.Width, 4 * l.Height) && b.X + b.Width > l.X - 2 * l.Height;
        return sameColumn && b.Y >= l.Y && b.Y <= l.Y + (BuyerBlockHeights * l.Height);
    }

    /// <summary>How many other lines print the same name (a legal footer, a sender line, a signature).</summary>
    private static int Repetition(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line, string name)
    {
        var folded = TextFolding.Fold(name).Trim();
        return folded.Count(char.IsLetter) < 5 ? 0 : lines.Count(l => l.Index != line.Index && TextFolding.Fold(l.Text).Contains(folded, StringComparison.Ordinal));
    }

    /// <summary>Each line's height over the median line height of its page (1 without boxes).</summary>
    private static Dictionary<int, double> TextHeights(IReadOnlyList<InvoiceTextLine> lines)
    {
        var heights = new Dictionary<int, double>();
        foreach (var page in lines.Where(l => l.Box is not null).GroupBy(l => l.Page))
        {
            var sorted = page.Select(l => (double)l.Box!.Value.Height).Order().ToList();
            var median = sorted[sorted.Count / 2];
            foreach (var line in page)
            {
                heights[line.Index] = median > 0 ? line.Box!.Value.Height / median : 1;
            }
        }

        return heights;
    }

    /// <summary>
    /// The next line aligned with this one (left edges or centres: receipts are centred), or the one after a registration
    /// number line ("(001451637-M)"), is a street address.
    /// </summary>
    private static bool IsAboveAddress(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line)
    {
        for (var i = line.Index + 1; i < lines.Count && i <= line.Index + 2 && lines[i].Page == line.Page; i++)
        {
            if (AddressLine().IsMatch(lines[i].Label))
            {
                return Aligned(line, lines[i]);
            }

            if (!RegistrationLine().IsMatch(lines[i].Label))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The name went on to the next line (<paramref name="text"/> ends with it), and that line is above the address.</summary>
    private static bool IsWrappedAboveAddress(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line, string text) =>
        line.Index + 1 < lines.Count && lines[line.Index + 1] is var next && next.Page == line.Page
        && NameIn(next) is { } rest && text.EndsWith(" " + rest, StringComparison.Ordinal) && IsAboveAddress(lines, next);

    /// <summary>The line above, if any, starts elsewhere: the line opens its block.</summary>
    private static bool IsBlockStart(IReadOnlyList<InvoiceTextLine> lines, InvoiceTextLine line) =>
        line.Index == 0 || lines[line.Index - 1].Page != line.Page || !Aligned(lines[line.Index - 1], line);

    private static bool Aligned(InvoiceTextLine a, InvoiceTextLine b) =>
        a.Box is { } x && b.Box is { } y
        && (Math.Abs(x.X - y.X) <= Math.Max(x.Height, y.Height)
            || Math.Abs(2 * x.X + x.Width - (2 * y.X) - y.Width) <= 2 * Math.Max(x.Height, y.Height));

}
