namespace OcrAsync.Core.Invoices.Resolution;

/// <summary>
/// What is known about one candidate value, each feature by name. <see cref="FieldResolver"/> scores these with the
/// named weights of <see cref="ResolverWeights"/>; a new signal is one more property here, one weight there.
/// </summary>
public sealed record CandidateFeatures
{
    /// <summary>How surely the label names this field, 0–1: the lexicon's tier (strong 1, plain, weak, heading), 0 without a label.</summary>
    public double LabelStrength { get; init; }

    /// <summary>Where the value sits relative to its label.</summary>
    public LabelDirection Direction { get; init; } = LabelDirection.None;

    /// <summary>Reading position in the document, 0 (first segment) to 1 (last).</summary>
    public double ReadingPosition { get; init; }

    /// <summary>Vertical position on its page, 0 (top) to 1 (bottom); 0.5 when the text has no boxes.</summary>
    public double PagePosition { get; init; } = 0.5;

    /// <summary>Text height over the page's median segment height (1 when unknown): totals and numbers are often printed large.</summary>
    public double TextHeight { get; init; } = 1;

    /// <summary>How well the value's shape fits the field, 0–1 (an identifier with digits, a date in a plausible year, an amount with decimals).</summary>
    public double Format { get; init; } = 1;

    /// <summary>How many other segments of the document print the same value (a total repeated at the top, a number in the footer).</summary>
    public int Repetition { get; init; }

    /// <summary>+1 when the arithmetic of the page agrees with this value (subtotal + tax = total), −1 when it contradicts it, 0 when unknown.</summary>
    public int Arithmetic { get; init; }

    /// <summary>Keywords around the value point to this field: the cash tendered or the change follows a total.</summary>
    public bool KeywordsAround { get; init; }

    /// <summary>The value is zero (a settled "balance due"), never a total when anything else is on offer.</summary>
    public bool Zero { get; init; }

    /// <summary>The value was repaired from an OCR digit confusion (S read for 5, B for 8): only arithmetic agreement may choose it.</summary>
    public bool Repaired { get; init; }

    /// <summary>The value comes from a template or a learned profile of this document's sender.</summary>
    public bool FromTemplate { get; init; }

    /// <summary>Vendor: the name carries a legal form or a business word (GmbH, Sdn Bhd, S.A., Công ty, Trading).</summary>
    public bool CompanyForm { get; init; }

    /// <summary>Vendor: the line opens an aligned block whose next line is a street address (a letterhead).</summary>
    public bool AboveAddress { get; init; }

    /// <summary>Vendor: the line sits in the customer's or an owner's block (under "Bill to", "Khách hàng", "Owned by").</summary>
    public bool BuyerBlock { get; init; }

    /// <summary>Vendor: the document title came between an earlier name and this line (the seller's block had ended).</summary>
    public bool AfterHeading { get; init; }

    /// <summary>
    /// Vendor: a company block in the page's footer, a name with its legal form over (or before) its address or
    /// registration: the issuer's legal details, printed there when the header shows only a logo.
    /// </summary>
    public bool FooterCompany { get; init; }
}
