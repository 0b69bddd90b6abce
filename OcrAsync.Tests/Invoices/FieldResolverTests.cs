using OcrAsync.Core.Invoices.Resolution;

namespace OcrAsync.Tests.Invoices;

/// <summary>The one resolver: candidates described by named features, scored by named weights.</summary>
public sealed class FieldResolverTests
{
    private readonly InvoiceFieldExtractor _extractor = new();

    private static FieldCandidate Candidate(string value, CandidateFeatures features) =>
        new(new ExtractedField(value, value, 0.9, 1, null), features);

    [Fact]
    public void Arithmetic_agreement_outweighs_one_label_tier_but_not_two()
    {
        var strong = Candidate("50.00", new CandidateFeatures { LabelStrength = 1 });
        var plainAgreeing = Candidate("120.00", new CandidateFeatures { LabelStrength = 2 / 3.0, Arithmetic = 1 });
        var weakAgreeing = Candidate("120.00", new CandidateFeatures { LabelStrength = 1 / 3.0, Arithmetic = 1 });

        Assert.Same(plainAgreeing, FieldResolver.Pick([strong, plainAgreeing], ResolverWeights.Total));
        Assert.Same(strong, FieldResolver.Pick([strong, weakAgreeing], ResolverWeights.Total));
    }

    [Fact]
    public void A_zero_total_loses_to_any_other_amount_and_a_repaired_one_needs_the_arithmetic()
    {
        var zero = Candidate("0.00", new CandidateFeatures { LabelStrength = 1, Zero = true });
        var read = Candidate("154.00", new CandidateFeatures { LabelStrength = 1 });
        var repaired = Candidate("154.80", new CandidateFeatures { LabelStrength = 1, Repaired = true });

        Assert.Same(read, FieldResolver.Pick([zero, read, repaired], ResolverWeights.Total));
        var agreeing = repaired with { Features = repaired.Features with { Arithmetic = 1 } };
        Assert.Same(agreeing, FieldResolver.Pick([zero, read, agreeing], ResolverWeights.Total));
    }

    [Fact]
    public void A_total_printed_again_wins_among_equals_and_an_unlabelled_one_needs_the_arithmetic()
    {
        var once = Candidate("19.79", new CandidateFeatures { LabelStrength = 2 / 3.0 });
        var repeated = Candidate("21.00", new CandidateFeatures { LabelStrength = 2 / 3.0, Repetition = 2 });
        Assert.Same(repeated, FieldResolver.Pick([once, repeated], ResolverWeights.Total));

        var plain = Candidate("35.80", new CandidateFeatures { LabelStrength = 2 / 3.0 });
        var unlabelled = Candidate("52.58", new CandidateFeatures { Direction = LabelDirection.None });
        Assert.Same(plain, FieldResolver.Pick([plain, unlabelled], ResolverWeights.Total));

        // Once a relation gives an amount printed on the page, a plain total no relation agrees with is contradicted.
        var contradicted = plain with { Features = plain.Features with { Arithmetic = -1 } };
        var agreeing = unlabelled with { Features = unlabelled.Features with { Arithmetic = 1 } };
        Assert.Same(agreeing, FieldResolver.Pick([contradicted, agreeing], ResolverWeights.Total));
        var strong = Candidate("35.80", new CandidateFeatures { LabelStrength = 1, Arithmetic = -1 });
        Assert.Same(strong, FieldResolver.Pick([strong, agreeing], ResolverWeights.Total));
        var bothAgreeing = agreeing with { Features = agreeing.Features with { Arithmetic = 2 } };
        Assert.Same(bothAgreeing, FieldResolver.Pick([strong, bothAgreeing], ResolverWeights.Total));
    }

    [Fact]
    public void Invoice_number_label_tier_decides_then_the_first_in_reading_order()
    {
        var heading = Candidate("A-1", new CandidateFeatures { LabelStrength = 0.7, ReadingPosition = 0 });
        var late = Candidate("INV-9", new CandidateFeatures { LabelStrength = 1, ReadingPosition = 0.9 });
        var early = Candidate("INV-7", new CandidateFeatures { LabelStrength = 1, ReadingPosition = 0.1 });

        Assert.Same(early, FieldResolver.Pick([heading, late, early], ResolverWeights.InvoiceNumber));
    }

    [Fact]
    public void A_template_value_enters_as_one_more_candidate_and_wins()
    {
        var generic = Candidate("INV-7", new CandidateFeatures { LabelStrength = 1, Format = 1 });
        var learned = FieldCandidate.FromTemplate(new ExtractedField("7731", "7731", 0.8, 1, null));

        Assert.Same(learned, FieldResolver.Pick([generic, learned], ResolverWeights.InvoiceNumber));
        Assert.True(learned.Features.FromTemplate);
    }

    [Fact]
    public void The_total_the_arithmetic_agrees_with_wins_over_a_stronger_label_after_a_payment()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 77\nDate: 2024-01-15\nSubtotal 100.00\nVAT 20.00\nTotal 120.00\nDeposit paid 70.00\nBalance due 50.00"));

        Assert.Equal(120.00m, data.TotalAmount);
        Assert.DoesNotContain(data.ReviewReasons, r => r.Contains("total", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_that_is_not_an_identifier_loses_to_a_code_under_the_same_label_tier()
    {
        var data = _extractor.Extract(InvoiceSamples.Page("ACME Ltd\nInvoice No: 1,250.00\nDate: 2024-01-15\nInvoice number: INV-2024-7\nTotal 120.00"));

        Assert.Equal("INV-2024-7", data.InvoiceNumber);
    }

    [Fact]
    public void Layout_features_give_each_segment_its_page_position_and_relative_text_height()
    {
        var page = new LayoutPage()
            .Line(100, (100, "ACME Ltd"))
            .Line(400, (100, "Invoice No: 77"))
            .Line(1800, (100, "Total 120.00"))
            .Build();
        var layout = InvoiceLayout.Build(page);

        Assert.InRange(layout.PagePosition(layout.Lines[0]), 0.0, 0.05);
        Assert.InRange(layout.PagePosition(layout.Lines[2]), 0.5, 0.55);
        Assert.Equal(1.0, layout.TextHeight(layout.Lines[1]), 3);
        Assert.Equal(0.5, layout.ReadingPosition(layout.Lines[1]), 3);
    }

    [Fact]
    public void Vendor_seller_label_beats_a_legal_form_which_beats_a_letterhead_and_a_customer_line_never_wins()
    {
        var first = Candidate("Fibre", new CandidateFeatures { ReadingPosition = 0 });
        var letterhead = Candidate("Tailspin Interior", new CandidateFeatures { ReadingPosition = 0.2, AboveAddress = true });
        var company = Candidate("Contoso Ltd", new CandidateFeatures { ReadingPosition = 0.5, CompanyForm = true });
        var customer = Candidate("Globex Ltd", new CandidateFeatures { ReadingPosition = 0, CompanyForm = true, BuyerBlock = true, TextHeight = 3 });
        var afterTitle = Candidate("Owner Sdn Bhd", new CandidateFeatures { ReadingPosition = 0.6, CompanyForm = true, AfterHeading = true });
        var labelled = Candidate("Woodgrove Bank", new CandidateFeatures { LabelStrength = 1, ReadingPosition = 0.9 });

        Assert.Same(letterhead, FieldResolver.Pick([first, letterhead], ResolverWeights.Vendor));
        Assert.Same(company, FieldResolver.Pick([first, letterhead, company, customer], ResolverWeights.Vendor));
        Assert.Same(letterhead, FieldResolver.Pick([letterhead, afterTitle, customer], ResolverWeights.Vendor));
        Assert.Same(labelled, FieldResolver.Pick([first, letterhead, company, customer, labelled], ResolverWeights.Vendor));
    }
}
