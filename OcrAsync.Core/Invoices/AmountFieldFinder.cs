namespace OcrAsync.Core.Invoices;

/// <summary>Finds the total, subtotal and tax amounts from their labels.</summary>
internal static partial class AmountFieldFinder
{
    /// <summary>
    /// Every amount a total label names (<paramref name="rows"/> are the whole OCR lines, where the receipt rules look
    /// around it), each with its features; amounts the label names with a letter read for a digit are repaired
    /// candidates (<see cref="DigitRepair"/>).
    /// </summary>
    public static List<AmountCandidate> TotalCandidates(InvoiceLayout layout, IReadOnlyList<InvoiceTextLine> rows)
    {
        var lines = layout.Lines;
        var candidates = new List<AmountCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i].Label;
            if (InvoiceLabels.TotalDistractor().IsMatch(label) && !InvoiceLabels.Inclusive().IsMatch(label))
            {
                continue;
            }

            var (end, strength) = TotalLabel(label);
            if (end is not { } after)
            {
                continue;
            }

            // "Thành tiền" heads the amount column: never read the row below it, nor the far end of its row. Nor below a
            // plain "Total" among column captions ("Qty  Price  Total"): the amount under it is the first line's.
            var below = strength > 1 && !(strength < 3 && IsColumnCaption(rows, lines[i]));
            var candidate = AmountAfter(layout, lines[i], after, allowNextLine: below, rowEnd: strength > 1);
            var factor = strength switch { 3 => 1.0, 2 => 0.95, _ => 0.8 };
            if (candidate is not null)
            {
                candidates.Add(candidate with { Strength = strength, Confidence = candidate.Confidence * factor, Features = Features(layout, rows, lines[i], candidate, strength) });
            }

            // The label's own segment, and the segment its amount was taken from (beside or below it).
            var repairs = DigitRepair.Amounts(lines[i].Text[after..]).Select(r => (Repaired: r, Line: lines[i]));
            if (candidate is not null && candidate.Line != lines[i])
            {
                repairs = repairs.Concat(DigitRepair.Amounts(candidate.Line.Text).Select(r => (Repaired: r, candidate.Line)));
            }

            foreach (var (repaired, line) in repairs)
            {
                var c = new AmountCandidate(repaired.Amount, repaired.Currency, strength, line.Confidence * factor * 0.8, line);
                candidates.Add(c with { Features = Features(layout, rows, lines[i], c, strength) with { Repaired = true } });
            }
        }

        // A receipt's tax summary table ("GST Summary … Total: 26.00 1.56") follows the totals: its totals are not the total.
        var summary = ReceiptTotals.TaxSummaryStart(lines);
        if (candidates.Any(c => c.Line.Index < summary) || lines.Take(summary).Any(l => InvoiceLabels.Subtotal().IsMatch(l.Label)))
        {
            candidates.RemoveAll(c => c.Line.Index > summary);
        }

        return candidates;
    }

    private static CandidateFeatures Features(InvoiceLayout layout, IReadOnlyList<InvoiceTextLine> rows, InvoiceTextLine label, AmountCandidate c, int strength) => new()
    {
        LabelStrength = strength / 3.0,
        Direction = c.Line == label ? LabelDirection.Inline : LabelDirection.Right,
        ReadingPosition = layout.ReadingPosition(c.Line),
        PagePosition = layout.PagePosition(c.Line),
        TextHeight = layout.TextHeight(c.Line),
        Zero = c.Amount == 0,
        // A zero "balance due" after payment must not hide the real total; the total the cash tendered follows is the one paid.
        KeywordsAround = ReceiptTotals.IsFollowedByPayment(rows, c.Line),
    };

    /// <summary>
    /// The label's whole OCR row also names another column of an item table ("Qtd", "Price", "Menge"), outside the
    /// total's own words ("Total amount" is no header): the row is the table's header.
    /// </summary>
    private static bool IsColumnCaption(IReadOnlyList<InvoiceTextLine> rows, InvoiceTextLine label)
    {
        var row = rows.Count > 0 ? rows[ReceiptTotals.RowIndex(label, rows)].Label : label.Label;
        var totals = InvoiceLabels.TotalPlain().Matches(row).Concat(InvoiceLabels.TotalWeak().Matches(row)).ToList();
        return InvoiceLabels.TableHeader().Matches(row)
            .Any(c => !totals.Any(t => c.Index < t.Index + t.Length && t.Index < c.Index + c.Length));
    }

    /// <summary>The last labelled amount of the page set.</summary>
    public static AmountCandidate? FindLabelled(InvoiceLayout layout, Regex label, Regex? distractor) =>
        FindAllLabelled(layout, label, distractor).LastOrDefault();

    /// <summary>
    /// Every labelled amount, in reading order, each amount once ("VAT 7%" and "VAT 19%" are two taxes). With
    /// <paramref name="rowEnd"/> (a till's payment lines) an amount alone at the far end of the label's row counts too; a
    /// subtotal or tax is not looked for that far, where a misread amount would contradict a total read right.
    /// </summary>
    public static List<AmountCandidate> FindAllLabelled(InvoiceLayout layout, Regex label, Regex? distractor, bool rowEnd = false)
    {
        var lines = layout.Lines;
        var found = new List<AmountCandidate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = label.Match(lines[i].Label);
            if (!match.Success || (distractor?.IsMatch(lines[i].Label) ?? false))
            {
                continue;
            }

            if (AmountAfter(layout, lines[i], match.Index + match.Length, allowNextLine: true, rowEnd) is { } amount && !found.Any(f => f.Line == amount.Line))
            {
                found.Add(amount with { Rate = RateOf(lines[i].Text) });
            }
        }

        return found;
    }

    /// <summary>The one percentage a label prints ("MwSt. 19 %", "IVA (10%)"), else null.</summary>
    private static decimal? RateOf(string text) =>
        RateRegex().Matches(text) is [var m] && decimal.TryParse(m.Groups["rate"].Value.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var rate) && rate is > 0 and < 100
            ? rate
            : null;

    [GeneratedRegex(@"(?<![\d.,])(?<rate>\d{1,2}(?:[.,]\d{1,2})?)\s?%", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex RateRegex();

    /// <summary>
    /// No labelled total: the largest amount written with decimals, with low confidence; an amount with a currency but no
    /// decimals only on a page that writes none (a till's item code whose S is read as "$" is no amount beside prices in cents).
    /// Never below the <paramref name="subtotal"/> (subtotal lines are not looked at): a till that prints its rounded
    /// "Subtotal" last, with no "Total" line, charges that.
    /// </summary>
    public static AmountCandidate? LargestAmount(IReadOnlyList<InvoiceTextLine> lines, AmountCandidate? subtotal)
    {
        var amounts = lines
            .Where(l => !InvoiceLabels.TotalDistractor().IsMatch(l.Label))
            .SelectMany(l => AmountParser.FindAll(l.Text)
                .Where(m => m.HasDecimals || m.Currency is not null)
                .Select(m => (Match: m, Candidate: new AmountCandidate(m.Amount, m.Currency, 0, l.Confidence * 0.3, l))))
            .ToList();
        var withDecimals = amounts.Any(a => a.Match.HasDecimals);
        var largest = amounts.Where(a => a.Match.HasDecimals || !withDecimals).Select(a => a.Candidate).MaxBy(c => c.Amount);
        return subtotal is not null && (largest is null || largest.Amount < subtotal.Amount)
            ? subtotal with { Strength = 0, Confidence = subtotal.Confidence * 0.3 }
            : largest;
    }

    /// <summary>
    /// Where the total label of <paramref name="label"/> ends, and its tier: a strong label (3), a plain "Total" (2), a strong
    /// label OCR damaged by one character ("Tong than toan", "Phai tri") as much as a plain one (2), "Amount" (1).
    /// </summary>
    private static (int? End, int Strength) TotalLabel(string label)
    {
        var strong = InvoiceLabels.TotalStrong().Match(label);
        if (strong.Success)
        {
            return (strong.Index + strong.Length, 3);
        }

        var plain = InvoiceLabels.TotalPlain().Match(label);
        if (plain.Success)
        {
            return (plain.Index + plain.Length, 2);
        }

        if (FuzzyLabel.Match(label, "total_strong") is { } damaged)
        {
            return (damaged, 2);
        }

        var weak = InvoiceLabels.TotalWeak().Match(label);
        return weak.Success ? (weak.Index + weak.Length, 1) : (null, 0);
    }

    /// <summary>
    /// The last amount after the label on its row: on its segment, then in the amount-only segments that follow it to the
    /// right (a column of amounts beside a column of labels, or the last column of a totals row), else (<paramref name="rowEnd"/>)
    /// alone at the far end of its row (a till receipt); else the amount alone under it.
    /// </summary>
    private static AmountCandidate? AmountAfter(InvoiceLayout layout, InvoiceTextLine line, int after, bool allowNextLine, bool rowEnd)
    {
        var dates = InvoiceDateParser.FindAll(line.Text).ToList();
        var sameLine = AmountParser.FindAll(line.Text)
            .Where(m => m.Index >= after && !dates.Any(d => m.Index < d.Index + d.Length && d.Index < m.Index + m.Length))
            .ToList();
        AmountCandidate? found = null;
        if (sameLine.Count > 0)
        {
            var m = sameLine[^1];
            found = new AmountCandidate(m.Amount, m.Currency, 0, line.Confidence, line);
        }

        // A label's one amount grouped with a plain space ("Sub-total: 63 793.35") on a page that did not vote for space
        // grouping (OCR dropped most of its narrow no-break spaces): nothing after a label is a quantity, so it is one amount.
        if (SpaceGroupedEnd(line.Text, after) is { } joined && (found is null || joined > found.Amount))
        {
            found = new AmountCandidate(joined, found?.Currency, 0, line.Confidence, line);
        }

        var next = layout.RightOf(line);
        for (var steps = 0; steps < 8 && AmountAlone(next, 0.95) is { } right; steps++)
        {
            found = right;
            next = layout.RightOf(right.Line);
        }

        // A till receipt right-aligns the amount at the end of its row, further from a short label than a row's reach.
        if (rowEnd && found is null && sameLine.Count == 0 && layout.RightOf(line) is null && !line.Text[after..].Any(char.IsLetterOrDigit))
        {
            found = AmountAlone(layout.RowEnd(line), 0.9);
        }

        if (found is not null || !allowNextLine || line.Text[after..].Any(char.IsLetter))
        {
            return found;
        }

        // Last, the amount above: a caption printed under its value ("39 911.29" over "TOTAL").
        return AmountAlone(Unlabelled(layout.Below(line)), 0.9) ?? AmountAlone(Unlabelled(layout.Next(line)), 0.85)
            ?? (Unlabelled(layout.Above(line)) is { } above && !above.Text.Contains('%', StringComparison.Ordinal) ? AmountAlone(above, 0.8) : null);
    }

    /// <summary>The amount <see cref="SpaceGroupedAfterLabelRegex"/> finds ending <paramref name="text"/>, with no other digit from <paramref name="start"/> on.</summary>
    private static decimal? SpaceGroupedEnd(string text, int start) =>
        SpaceGroupedAfterLabelRegex().Match(text, start) is { Success: true } grouped && !text[start..grouped.Index].Any(char.IsAsciiDigit)
        && AmountParser.TryParse(grouped.Groups["digits"].Value.Replace(" ", "", StringComparison.Ordinal), out var joined, out _)
            ? joined
            : null;

    /// <summary>
    /// The one amount ending a labelled segment, grouped with plain spaces and with decimals ("63 793.35", "€ 12 345.60 EUR"),
    /// its first group of two or three digits or in three groups or more: "2 100.00" may still be a count and a price.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?<digits>\d{2,3}(?: \d{3})+[.,]\d{2}|\d(?: \d{3}){2,}[.,]\d{2})(?=\s?(?:[$€£₫đ]|USD|EUR|GBP|CHF|VND|RM)?\s*$)", RegexOptions.IgnoreCase, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SpaceGroupedAfterLabelRegex();

    /// <summary>A segment that is not labelled as another amount ("Pago 90.00" under a total whose digits OCR garbled is the cash tendered).</summary>
    private static InvoiceTextLine? Unlabelled(InvoiceTextLine? line) =>
        line is null || InvoiceLabels.TotalDistractor().IsMatch(line.Label) ? null : line;

    /// <summary>The one amount of a segment that holds little else (a currency code or symbol).</summary>
    private static AmountCandidate? AmountAlone(InvoiceTextLine? line, double weight)
    {
        if (line is null || InvoiceDateParser.FindAll(line.Text).Any())
        {
            return null;
        }

        var amounts = AmountParser.FindAll(line.Text).ToList();
        if (line.Text.Count(char.IsLetter) <= 4 && SpaceGroupedEnd(line.Text, 0) is { } joined)
        {
            // A segment that is one amount grouped with plain spaces ("63 793.35") beside or under a label.
            return new AmountCandidate(joined, amounts.Select(a => a.Currency).FirstOrDefault(c => c is not null), 0, line.Confidence * weight, line);
        }

        return amounts.Count == 1 && line.Text.Count(char.IsLetter) <= 4
            ? new AmountCandidate(amounts[0].Amount, amounts[0].Currency, 0, line.Confidence * weight, line)
            : null;
    }
}
