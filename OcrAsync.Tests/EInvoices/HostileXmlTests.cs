using OcrAsync.Core.EInvoices;

namespace OcrAsync.Tests.EInvoices;

/// <summary>Attacks and junk get a clear refusal, quickly, and never read a local file or blow up memory.</summary>
public sealed class HostileXmlTests
{
    private const string Ubl = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    private static readonly string ExternalEntity = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE Invoice [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <Invoice xmlns="{Ubl}" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>&xxe;</cbc:ID></Invoice>
        """;

    private static readonly string BillionLaughs = $"""
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <Invoice xmlns="{Ubl}">&lol9;</Invoice>
        """;

    public static TheoryData<string, string> DtdAttacks => new()
    {
        { "external entity", ExternalEntity },
        { "billion laughs", BillionLaughs },
    };

    [Theory]
    [MemberData(nameof(DtdAttacks))]
    public async Task A_dtd_is_refused_before_any_entity_is_expanded_or_resolved(string attack, string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<InvalidEInvoiceException>(() => ReadAsync(bytes));

        Assert.StartsWith("The XML declares a DTD", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{attack} took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 50_000_000, $"{attack} allocated too much");
        Assert.Equal(ex.Message, EInvoiceParser.FindProblem(bytes)); // The upload refuses it the same way.
    }

    [Fact]
    public async Task A_50_mb_document_is_refused_for_its_size()
    {
        var padding = new string('x', 50 * 1024 * 1024);
        var bytes = Encoding.UTF8.GetBytes($"<Invoice xmlns=\"{Ubl}\"><Note>{padding}</Note></Invoice>");

        var ex = await Assert.ThrowsAsync<InvalidEInvoiceException>(() => ReadAsync(bytes));

        Assert.Equal("The XML is 50 MB; e-invoice XML over 16 MB is refused.", ex.Message);
    }

    [Fact]
    public async Task A_document_10000_levels_deep_is_refused_for_its_depth()
    {
        var xml = new StringBuilder($"<Invoice xmlns=\"{Ubl}\">");
        xml.Insert(xml.Length, "<a>", 10_000).Insert(xml.Length, "</a>", 10_000).Append("</Invoice>");

        var ex = await Assert.ThrowsAsync<InvalidEInvoiceException>(() => ReadAsync(Encoding.UTF8.GetBytes(xml.ToString())));

        Assert.StartsWith("The XML nests elements more than 64 levels deep", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Invoice xmlns=\"urn:example:not-ubl\"><ID>1</ID></Invoice>", "<Invoice> in namespace 'urn:example:not-ubl'")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>", "<svg> in namespace 'http://www.w3.org/2000/svg'")]
    [InlineData("<?xml version=\"1.0\"?><Invoice><ID>1</ID></Invoice>", "<Invoice> without a namespace")]
    public async Task Xml_of_another_kind_is_refused_naming_its_root_and_the_supported_formats(string xml, string root)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);

        var ex = await Assert.ThrowsAsync<InvalidEInvoiceException>(() => ReadAsync(bytes));

        Assert.Contains(root, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Supported: Vietnamese e-invoice (TT78 HDon); UBL 2.1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, EInvoiceParser.FindProblem(bytes));
    }

    [Fact]
    public async Task Malformed_xml_fails_as_unreadable_so_the_worker_does_not_retry_it()
    {
        var bytes = EuropeanInvoiceSamples.Bytes(EuropeanInvoiceSamples.UblInvoice)[..900];

        Assert.Null(EInvoiceParser.FindProblem(bytes)); // Its root is fine: the upload takes it.
        var ex = await Assert.ThrowsAnyAsync<UnreadableDocumentException>(() => ReadAsync(bytes));

        Assert.StartsWith("The file is not well-formed XML:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deflate_bomb_embedded_in_a_pdf_is_inflated_only_to_the_size_limit()
    {
        const long inflated = 512L * 1024 * 1024;
        var bomb = AttachmentPdf.CreateDeflated("Invoice 1", "factur-x.xml", DeflatedSpaces(inflated), inflated);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var found = EmbeddedInvoiceXml.Find(bomb);

        Assert.NotNull(found);
        Assert.InRange(found.Xml.Length, SafeXml.MaxBytes, SafeXml.MaxBytes + 100_000);
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(used < 150_000_000, $"the bomb was inflated past the limit ({used / 1_000_000} MB allocated)");
        var ex = Assert.Throws<InvalidEInvoiceException>(() => EInvoiceParser.Read(found.Xml, InvoiceSources.EmbeddedXml));
        Assert.EndsWith("e-invoice XML over 16 MB is refused.", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] DeflatedSpaces(long length)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(Encoding.ASCII.GetBytes($"<Invoice xmlns=\"{Ubl}\">"));
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < length; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        return output.ToArray();
    }

    private static Task ReadAsync(byte[] xml) =>
        PipelineFactory.Create(new NoOcrRecognizer()).RunAsync(xml, 0.7, null, CancellationToken.None);
}
