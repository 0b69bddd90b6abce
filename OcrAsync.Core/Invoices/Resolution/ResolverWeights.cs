namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>
/// The named weight of every feature of <see cref="CandidateFeatures"/>, one set per field. The score of a candidate is
/// the sum of feature × weight (<see cref="FieldResolver.Score"/>). Tuned on generated tuning seeds only (BENCHMARKS.md).
/// </summary>
public sealed record ResolverWeights
{
    public double LabelStrength { get; init; } = 10;

    public double Inline { get; init; }

    public double Right { get; init; }

    public double Below { get; init; }

    public double Next { get; init; }

    public double Above { get; init; }

    public double HeaderRow { get; init; }

    public double Unlabelled { get; init; }

    /// <summary>Negative: earlier values win (numbers and dates are printed in the header); positive: later ones (totals at the bottom).</summary>
    public double ReadingPosition { get; init; }

    public double PagePosition { get; init; }

    /// <summary>Per unit of height above the page's median (capped at 2 units).</summary>
    public double TextHeight { get; init; }

    public double Format { get; init; }

    /// <summary>Per repetition (capped at 3).</summary>
    public double Repetition { get; init; }

    public double Arithmetic { get; init; }

    public double KeywordsAround { get; init; }

    public double Zero { get; init; }

    public double Repaired { get; init; }

    public double FromTemplate { get; init; } = 100;

    public double CompanyForm { get; init; }

    public double AboveAddress { get; init; }

    public double BuyerBlock { get; init; }

    public double AfterHeading { get; init; }

    public double FooterCompany { get; init; }

    /// <summary>
    /// Invoice number: the label's tier decides (strong "Invoice No" over a bare "No." over a title), then the first in
    /// reading order; a value that does not look like an identifier (an amount with decimals) loses even one tier down.
    /// </summary>
    public static readonly ResolverWeights InvoiceNumber = new()
    {
        ReadingPosition = -0.3,
        PagePosition = -0.15,
        Format = 4,
    };

    /// <summary>Date: the label's tier (invoice date, generic date, a label above, none), then the first in reading order.</summary>
    public static readonly ResolverWeights Date = new()
    {
        ReadingPosition = -0.1,
        Format = 1,
    };

    /// <summary>
    /// Total: never a zero when anything else is on offer; the label's tier (strong "Grand total" over "Total" over
    /// "Amount"); agreement with subtotal + tax or with cash − change outweighs one tier, each relation counting once;
    /// an amount without a label that a relation gives beats a plain label no relation agrees with (and a strong one
    /// when both relations agree); the total the cash tendered follows; a value printed again; the later one.
    /// </summary>
    public static readonly ResolverWeights Total = new()
    {
        Zero = -100,
        Arithmetic = 4,
        KeywordsAround = 1,
        ReadingPosition = 0.5,
        Repetition = 0.5,
        Repaired = -3,
        Unlabelled = -1,
    };

    /// <summary>
    /// Vendor: a seller label ("From", "Sold by", "Đơn vị bán hàng") decides, then who states it received the payment
    /// ("Payment received by"), then the payee of the bank details; among
    /// the header's lines a legal form outweighs a letterhead above its address, both outweigh being first; a line after
    /// the title loses to any line before it; text printed larger and a name the page repeats (footer, sender line) help;
    /// a line of the customer's block is never chosen; a company block in the footer is taken only when the header names
    /// no company (<see cref="VendorNameFinder"/>).
    /// </summary>
    public static readonly ResolverWeights Vendor = new()
    {
        LabelStrength = 10,
        CompanyForm = 4,
        AboveAddress = 2.5,
        ReadingPosition = -1,
        TextHeight = 1,
        Repetition = 0.5,
        AfterHeading = -5,
        BuyerBlock = -20,

        // Below a header line with a legal form or above its address (its reading position counts 1): taken only over
        // a header that names no company.
        FooterCompany = 2.4,
    };
}
