namespace OcrAsync.Core.Invoices;

/// <summary>
/// Subtotal + tax = total, checked once the three are read. Agreement raises the total's confidence. Disagreement is
/// settled by the arithmetic when it can be: another amount on the page that equals subtotal + tax is the total (the
/// labelled one was misread or mis-picked), and a total one OCR slip away from subtotal + tax (a look-alike digit, a
/// digit read twice or lost, a lost decimal mark) is repaired to it; both go to review. Otherwise the total is kept at
/// lower confidence and the page goes to review. A total below its subtotal (with tax and no discount on the page) is
/// replaced by subtotal + tax at low confidence.
/// </summary>
internal static class ArithmeticCheck
{
    /// <summary>Digits OCR takes for one another (0/6/8/9, 3/8, 3/5, 5/6, 1/7, 4/9): one such swap is a slip.</summary>
    private static readonly HashSet<(char, char)> LookAlikes =
        [.. ((string[])["08", "06", "09", "68", "89", "38", "35", "56", "17", "49"]).SelectMany(p => new[] { (p[0], p[1]), (p[1], p[0]) })];

    public static ExtractedField Apply(
        AmountCandidate total, AmountCandidate? subtotal, AmountCandidate? tax, InvoiceLayout layout, List<string> reasons,
        IReadOnlyList<decimal>? allowed = null, IReadOnlyList<decimal>? computed = null, decimal? paid = null)
    {
        var confidence = total.Confidence;
        if (BothRelations(total, computed, paid, reasons) is { } both)
        {
            return both;
        }

        // Within 0.1 % of a total the arithmetic gives but a whole unit or more from it, and one look-alike digit from it
        // ("83.350,55" for 83.356,55): on a large total that slip hides inside the rounding tolerance, so it is repaired.
        // A few cents off is the tax rounded line by line (339.45 printed, 311.40 + 28.03 computed): kept.
        if (allowed?.Any(e => Math.Abs(total.Amount - e) < MinSlip) == false
            && allowed.Where(e => Close(total.Amount, e) && IsOcrSlip(total.Amount, e)).Distinct().ToList() is [var slipped])
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total read as {total.Amount:0.00}, taken as {slipped:0.00}, which the arithmetic gives (one OCR slip)"));
            return total.Line.ToField(slipped.ToString(CultureInfo.InvariantCulture), Math.Min(confidence, 0.75) * 0.9);
        }

        // Subtotal − discount + tax + shipping, or the line items' sum + tax, agrees: as good as subtotal + tax.
        if (allowed is not null && allowed.Any(e => Close(total.Amount, e)))
        {
            return InvoiceFieldExtractor.AmountField(total, Math.Min(1.0, Math.Max(confidence, 0.9) + 0.05));
        }

        // OCR lost a leading or trailing digit group ("1L 759,14" for 11'759.14, "35679" for 35 679 960): the one total the
        // arithmetic allows that starts or ends with the digits read is the total.
        if (allowed?.Where(e => IsTruncated(total.Amount, e)).Distinct().ToList() is [var whole])
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total read as {total.Amount:0.00}, taken as {whole:0.00}, which the arithmetic gives (digits lost)"));
            return total.Line.ToField(whole.ToString(CultureInfo.InvariantCulture), Math.Min(confidence, 0.75) * 0.9);
        }

        if (subtotal is null || tax is null || tax.Amount == 0)
        {
            // No subtotal and tax to check against, but the line items' sum and a tax give one total the read one is
            // one OCR slip from (a look-alike digit, one digit more or less): that total, to review.
            if (computed?.Where(e => IsOcrSlip(total.Amount, e)).Distinct().ToList() is [var near])
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total read as {total.Amount:0.00}, taken as {near:0.00}, which the arithmetic gives (one OCR slip)"));
                return total.Line.ToField(near.ToString(CultureInfo.InvariantCulture), Math.Min(confidence, 0.75) * 0.9);
            }

            return InvoiceFieldExtractor.AmountField(total, confidence);
        }

        var sum = subtotal.Amount + tax.Amount;
        if (Close(sum, total.Amount))
        {
            return InvoiceFieldExtractor.AmountField(total, Math.Min(1.0, Math.Max(confidence, 0.9) + 0.05));
        }

        // A "subtotal" equal to the total is a tax-inclusive subtotal (common in NL/MY): no conflict, no boost.
        if (Close(subtotal.Amount, total.Amount))
        {
            return InvoiceFieldExtractor.AmountField(total, confidence);
        }

        var read = total.Amount.ToString("0.00", CultureInfo.InvariantCulture);
        var expected = sum.ToString("0.00", CultureInfo.InvariantCulture);
        if (!PlausibleTax(subtotal.Amount, tax.Amount))
        {
            // The subtotal or the tax was misread, not the total: the pair overrules no total read under its label.
            reasons.Add($"subtotal + tax ({expected}) does not match total ({read}), and the tax is no plausible share of the subtotal");
            return InvoiceFieldExtractor.AmountField(total, confidence * 0.6);
        }

        // A total below its own subtotal is not the total (a line amount, or the label read another row): subtotal + tax is.
        // (More than a rounding or 1 % below: a tax-inclusive receipt subtotal rounded down to the total is no contradiction.)
        if (total.Amount < subtotal.Amount - Math.Max(0.10m, subtotal.Amount * 0.01m) && tax.Amount > 0
            && !layout.Lines.Any(l => InvoiceLabels.Discount().IsMatch(l.Label)))
        {
            reasons.Add($"total read as {read} is below the subtotal, taken as subtotal + tax ({expected})");
            return subtotal.Line.ToField(sum.ToString(CultureInfo.InvariantCulture), Math.Min(subtotal.Confidence, tax.Confidence) * 0.5);
        }

        if (IsOcrSlip(total.Amount, sum) || AmountOnPage(layout, sum, subtotal, tax) is not null)
        {
            var source = AmountOnPage(layout, sum, subtotal, tax) ?? total.Line;
            reasons.Add($"total read as {read}, taken as subtotal + tax ({expected})");
            return source.ToField(sum.ToString(CultureInfo.InvariantCulture), Math.Min(total.Confidence, 0.75) * 0.9);
        }

        reasons.Add($"subtotal + tax ({expected}) does not match total ({read})");
        return InvoiceFieldExtractor.AmountField(total, confidence * 0.6);
    }

    /// <summary>The smallest gap between a total read and one the arithmetic gives that a look-alike digit, not rounding, explains.</summary>
    private const decimal MinSlip = 1m;

    /// <summary>The lowest and highest share of its subtotal a tax is (VAT, GST and sales tax rates lie between).</summary>
    private const decimal LowestTaxRate = 0.01m, HighestTaxRate = 0.30m;

    /// <summary>
    /// A tax that is a plausible share of its subtotal. Outside it one of them was misread (a tax that lost its decimal
    /// mark, "5801" for 58.01, is ten times its subtotal; a subtotal read with digits too many dwarfs its tax), and their
    /// sum says nothing of the total: on tuning seeds 2 and 4 such pairs replaced two totals read right.
    /// </summary>
    internal static bool PlausibleTax(decimal subtotal, decimal tax) =>
        subtotal > 0 && tax / subtotal is >= LowestTaxRate and <= HighestTaxRate;

    /// <summary>
    /// The totals the page's arithmetic allows: subtotal + tax (the last tax line, or the taxes by rate summed, or the one
    /// tax line's printed rate times the subtotal), the bases a printed rate confirms plus their taxes (<see cref="TaxBases"/>), less a
    /// discount, plus shipping; the line items' sum (quantity × price = amount on each) stands in for a subtotal that
    /// was not read, and, when it equals the subtotal that was read, confirms it.
    /// </summary>
    public static List<decimal> ExpectedTotals(
        AmountCandidate? subtotal, IReadOnlyList<AmountCandidate> taxes, decimal? discount, decimal? shipping, IReadOnlyList<InvoiceLineItem> items,
        IReadOnlyList<(decimal Base, decimal Tax)>? rated = null)
    {
        var expected = new List<decimal>();
        // Bases a printed rate confirms (a VAT table's rows, "Net" under a tax line's rate) with their own taxes.
        foreach (var (b, t) in rated ?? [])
        {
            expected.Add(b + t);
            expected.Add(b + t + (shipping ?? 0) - Math.Abs(discount ?? 0));
        }

        var bases = new List<decimal>();
        if (subtotal is { Amount: > 0 })
        {
            bases.Add(subtotal.Amount);
        }

        var lineSum = items.Count >= 2 && items.All(i => i.Amount is not null) ? items.Sum(i => i.Amount!.Value) : 0;
        if (lineSum > 0 && !bases.Any(b => Close(b, lineSum)))
        {
            bases.Add(lineSum);
        }

        var taxOptions = taxes.Count == 0 ? [] : new List<decimal> { taxes[^1].Amount, taxes.DistinctBy(t => t.Amount).Sum(t => t.Amount) };
        // One tax line with its rate printed ("VAT 19 %"): the rate times the base is that tax, when OCR misread its amount.
        var rate = taxes.DistinctBy(t => t.Amount).ToList() is [{ Rate: { } r }] ? r : (decimal?)null;
        foreach (var b in bases)
        {
            var byRate = rate is { } percent ? [Math.Round(b * percent / 100, 2, MidpointRounding.AwayFromZero)] : Array.Empty<decimal>();
            foreach (var t in taxOptions.Concat(byRate).Where(t => t > 0).Distinct())
            {
                expected.Add(b + t);
                expected.Add(b + t + (shipping ?? 0) - Math.Abs(discount ?? 0));
            }

            if (discount is not null || shipping is not null)
            {
                expected.Add(b + (shipping ?? 0) - Math.Abs(discount ?? 0));
            }
        }

        return [.. expected.Where(e => e > 0).Distinct()];
    }

    /// <summary>
    /// A subtotal that lost its decimal mark ("5.353.530" for 53.535,30) reads a hundred times too large and turns a right
    /// total into a contradiction: when a hundredth of it plus the tax read (or alone, with no tax read) gives a labelled
    /// total and the subtotal as read does not, the hundredth is the subtotal.
    /// </summary>
    public static AmountCandidate? RepairLostDecimal(AmountCandidate? subtotal, IReadOnlyList<AmountCandidate> taxes, IReadOnlyList<AmountCandidate> totals)
    {
        if (subtotal is not { Amount: >= 100 })
        {
            return subtotal;
        }

        var shrunk = subtotal.Amount / 100;
        List<decimal> taxOptions = taxes.Count == 0 ? [0m] : [taxes[^1].Amount, taxes.DistinctBy(t => t.Amount).Sum(t => t.Amount)];
        return totals.Any(t => !t.Features.Repaired && taxOptions.Any(x => Close(shrunk + x, t.Amount)) && !taxOptions.Any(x => Close(subtotal.Amount + x, t.Amount)))
            ? subtotal with { Amount = shrunk }
            : subtotal;
    }

    /// <summary>
    /// Tax by rate ("VAT 7 %", "VAT 19 %"): the tax lines between the subtotal and the total, summed, when subtotal + their
    /// sum is the total; otherwise the last tax line.
    /// </summary>
    public static AmountCandidate? TotalTax(IReadOnlyList<AmountCandidate> taxes, AmountCandidate? subtotal, AmountCandidate? total)
    {
        var last = taxes.Count > 0 ? taxes[^1] : null;
        if (subtotal is null || last is null)
        {
            return last;
        }

        if (total is null || total.Amount < subtotal.Amount)
        {
            // No total read (or one below the subtotal, which is no total and says nothing of which taxes add up to it): the taxes by rate after the subtotal add up, unless one of them is the sum of the others (a total tax line).
            var rates = taxes.Where(t => t.Line.Page == subtotal.Line.Page && t.Line.Index > subtotal.Line.Index).DistinctBy(t => t.Amount).ToList();
            var all = rates.Sum(t => t.Amount);
            return rates.Count >= 2 && rates.All(t => t.Amount > 0 && t.Amount * 2 != all) ? last with { Amount = all } : last;
        }

        var between = taxes.Where(t => t.Line.Page == total.Line.Page && t.Line.Index > subtotal.Line.Index && t.Line.Index < total.Line.Index).ToList();
        var sum = between.Sum(t => t.Amount);
        return between.Count >= 2 && Close(subtotal.Amount + sum, total.Amount) ? last with { Amount = sum } : last;
    }

    /// <summary>
    /// <paramref name="read"/> is <paramref name="expected"/> with one OCR slip: a look-alike digit, one digit more or less,
    /// or the decimal mark lost ("5437692" for 54376.92).
    /// </summary>
    internal static bool IsOcrSlip(decimal read, decimal expected)
    {
        if (read <= 0 || expected <= 0)
        {
            return false;
        }

        if (read == expected * 100)
        {
            return true;
        }

        var a = Digits(read);
        var b = Digits(expected);
        if (a.Length == b.Length)
        {
            var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return differ.Count == 1 && LookAlikes.Contains((a[differ[0]], b[differ[0]]));
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1
            && Enumerable.Range(0, longer.Length).Any(i => string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)) == shorter);
    }

    /// <summary>The digits of <paramref name="read"/> (three or more) begin or end the longer digits of <paramref name="expected"/>.</summary>
    internal static bool IsTruncated(decimal read, decimal expected)
    {
        var (r, e) = (Significant(read), Significant(expected));
        return read > 0 && read < expected && r.Length >= 3 && e.Length > r.Length
            && (e.StartsWith(r, StringComparison.Ordinal) || e.EndsWith(r, StringComparison.Ordinal));
    }

    private static string Significant(decimal amount) =>
        new([.. amount.ToString("0.##", CultureInfo.InvariantCulture).Where(char.IsAsciiDigit)]);

    private static string Digits(decimal amount) =>
        new([.. amount.ToString("0.00", CultureInfo.InvariantCulture).Where(char.IsAsciiDigit)]);

    /// <summary>A segment after the subtotal on its page, other than the tax's, that holds an amount equal to <paramref name="sum"/>.</summary>
    private static InvoiceTextLine? AmountOnPage(InvoiceLayout layout, decimal sum, AmountCandidate subtotal, AmountCandidate tax) =>
        layout.Lines.FirstOrDefault(l => l.Index > subtotal.Line.Index && l.Page == subtotal.Line.Page && l != tax.Line
            && AmountParser.FindAll(l.Text).Any(m => Close(m.Amount, sum)));

    /// <summary>
    /// The page's arithmetic and the cash tendered − change, two readings of other print, give the same total and the
    /// one read is neither (not within a cent of either): the read one is misread ("117.65" for 111.65), or is another
    /// amount taken for a total OCR never read (the cash tendered 29130.00, within <see cref="Close"/>'s 0.1 % of 29120.49
    /// on a large amount); the one both give is the total, to review. Null when the relations do not agree or the total
    /// read is one of them.
    /// </summary>
    public static ExtractedField? BothRelations(AmountCandidate total, IReadOnlyList<decimal>? computed, decimal? paid, List<string> reasons)
    {
        if (paid is not { } both || computed is null || !computed.Any(e => Close(e, both))
            || computed.Append(both).Any(e => Math.Abs(total.Amount - e) <= 0.01m))
        {
            return null;
        }

        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"total read as {total.Amount:0.00}, taken as {both:0.00}, which subtotal + tax and cash tendered − change both give"));
        return total.Line.ToField(both.ToString(CultureInfo.InvariantCulture), Math.Min(total.Confidence, 0.75) * 0.9);
    }

    private static bool Close(decimal a, decimal b) => Math.Abs(a - b) <= Math.Max(0.01m, Math.Abs(b) * 0.001m);
}
