using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;

namespace OcrAsync.Tests.EInvoices;

/// <summary>
/// A Vietnamese VAT e-invoice in the Circular 78 XML shape (HDon/DLHDon, TTChung, NDHDon, MCCQT, DSCKS): four lines at
/// 5 %, 8 %, 10 % and KCT (not subject to VAT), signed by the seller over DLHDon (Id "data") like real ones.
/// </summary>
internal static class VietnameseInvoiceSample
{
    public const string SellerName = "Công ty TNHH Thương mại Dịch vụ Hòa Bình";
    public const string BuyerName = "Công ty Cổ phần Xây dựng Đông Á";
    public const string SellerAddress = "123 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh";
    public const string BuyerAddress = "45 Phố Huế, Quận Hai Bà Trưng, Hà Nội";
    public const string SignerSubject = "CN=Công ty TNHH Thương mại Dịch vụ Hòa Bình, O=MST:0312345678, C=VN";

    public static XDocument Build() => new(
        new XElement("HDon",
            new XElement("DLHDon", new XAttribute("Id", "data"),
                new XElement("TTChung",
                    new XElement("PBan", "2.0.1"),
                    new XElement("THDon", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG"),
                    new XElement("KHMSHDon", "1"),
                    new XElement("KHHDon", "C25TAA"),
                    new XElement("SHDon", "1234"),
                    new XElement("NLap", "2025-03-15"),
                    new XElement("DVTTe", "VND"),
                    new XElement("TGia", "1"),
                    new XElement("HTTToan", "TM/CK"),
                    new XElement("MSTTCGP", "0101234567")),
                new XElement("NDHDon",
                    new XElement("NBan",
                        new XElement("Ten", SellerName),
                        new XElement("MST", "0312345678"),
                        new XElement("DChi", SellerAddress),
                        new XElement("SDThoai", "02838221234"),
                        new XElement("STKNHang", "0071001234567"),
                        new XElement("TNHang", "Ngân hàng TMCP Ngoại thương Việt Nam")),
                    new XElement("NMua",
                        new XElement("Ten", BuyerName),
                        new XElement("MST", "0109876543-001"),
                        new XElement("DChi", BuyerAddress),
                        new XElement("HVTNMHang", "Nguyễn Văn An")),
                    new XElement("DSHHDVu",
                        Line(1, "GAO-ST25", "Gạo ST25 túi 5kg", "Túi", "10", "185000", "1850000", "5%"),
                        Line(2, "VC-01", "Dịch vụ vận chuyển hàng hóa", "Chuyến", "2.5", "1200000", "3000000", "8%"),
                        Line(3, "MLN-K9", "Máy lọc nước Karofsky K9", "Cái", "1", "7250000", "7250000", "10%"),
                        Line(4, "SGK-5", "Sách giáo khoa lớp 5", "Bộ", "3", "120000", "360000", "KCT")),
                    new XElement("TToan",
                        new XElement("THTTLTSuat",
                            Rate("5%", "1850000", "92500"),
                            Rate("8%", "3000000", "240000"),
                            Rate("10%", "7250000", "725000"),
                            Rate("KCT", "360000", "0")),
                        new XElement("TgTCThue", "12460000"),
                        new XElement("TgTThue", "1057500"),
                        new XElement("TTCKTMai", "0"),
                        new XElement("TgTTTBSo", "13517500"),
                        new XElement("TgTTTBChu", "Mười ba triệu năm trăm mười bảy nghìn năm trăm đồng")))),
            new XElement("MCCQT", new XAttribute("Id", "Id-MCCQT"), "00A8F6C3B2D14E2F9A7B0C1D2E"),
            new XElement("DSCKS", new XElement("NBan"), new XElement("NMua"), new XElement("CQT"))));

    public static byte[] Bytes(XDocument document) => Encoding.UTF8.GetBytes(document.Declaration + document.ToString(SaveOptions.DisableFormatting));

    /// <summary>The invoice signed by a throwaway certificate, as its seller's software signs it (RSA-SHA256 over #data).</summary>
    public static byte[] Signed()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(SignerSubject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(Build().ToString(SaveOptions.DisableFormatting));
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("#data") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        document.SelectSingleNode("/HDon/DSCKS/NBan")!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return Encoding.UTF8.GetBytes(document.OuterXml);
    }

    /// <summary>The signed invoice with its total changed afterwards, as a forger would.</summary>
    public static byte[] Tampered()
    {
        var xml = Encoding.UTF8.GetString(Signed());
        Assert.Contains("<TgTTTBSo>13517500</TgTTTBSo>", xml, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(xml.Replace("<TgTTTBSo>13517500</TgTTTBSo>", "<TgTTTBSo>3517500</TgTTTBSo>", StringComparison.Ordinal));
    }

    /// <summary>
    /// Signature wrapping: the signed DLHDon (Id "data") is moved where no reader looks and a forged one, without the
    /// Id, takes its place. The signature itself still verifies over the moved original.
    /// </summary>
    public static byte[] Wrapped()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(Signed()), LoadOptions.PreserveWhitespace);
        var original = document.Root!.Element("DLHDon")!;
        var forged = new XElement(original);
        forged.Attribute("Id")!.Remove();
        forged.Descendants("TgTTTBSo").Single().Value = "3517500";
        original.Remove();
        document.Root.AddFirst(forged);
        document.Root.Element("DSCKS")!.Element("NMua")!.Add(original);
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Line(int number, string code, string name, string unit, string quantity, string price, string amount, string rate) =>
        new("HHDVu",
            new XElement("TChat", "1"),
            new XElement("STT", number),
            new XElement("MHHDVu", code),
            new XElement("THHDVu", name),
            new XElement("DVTinh", unit),
            new XElement("SLuong", quantity),
            new XElement("DGia", price),
            new XElement("ThTien", amount),
            new XElement("TSuat", rate));

    private static XElement Rate(string rate, string taxable, string tax) =>
        new("LTSuat", new XElement("TSuat", rate), new XElement("ThTien", taxable), new XElement("TThue", tax));
}
