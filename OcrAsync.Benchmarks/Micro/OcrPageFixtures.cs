namespace OcrAsync.Benchmarks.Micro;

/// <summary>
/// OCR results built in code, shaped like what the engine returns for a 300 dpi A4 scan: one <see cref="OcrLine"/> per
/// printed line, top to bottom, with a box in page pixels and Tesseract-like confidences.
/// </summary>
internal static class OcrPageFixtures
{
    private const int PageWidth = 2481;
    private const int PageHeight = 3507;

    /// <summary>An English invoice page, 40 lines (header, bill-to, 12 line items, totals, payment details).</summary>
    public static OcrPageResult EnglishInvoice() => Page(1, [
        "Northwind Traders Ltd",
        "42 Harbour Road, Unit 7",
        "Bristol BS1 5TT, United Kingdom",
        "Tel: +44 117 496 0123  billing@northwind.example",
        "VAT Reg No: GB 123 4567 89",
        "INVOICE",
        "Invoice No: INV-2024-0042",
        "Invoice Date: 14 March 2024",
        "Due Date: 13 April 2024",
        "PO Number: PO-88412",
        "Bill To:",
        "Contoso Office Supply",
        "Attn: Accounts Payable",
        "1 Market Street, Leeds LS1 4AB",
        "Description Qty Unit price Amount",
        "Printer paper A4, 500 sheets 10 4.75 47.50",
        "Toner cartridge black 2 62.00 124.00",
        "Maintenance service (March) 1 180.00 180.00",
        "Desk lamp LED 3 24.90 74.70",
        "USB-C cable 2 m 5 8.99 44.95",
        "Whiteboard markers, pack of 8 4 6.50 26.00",
        "Office chair, mesh back 1 149.00 149.00",
        "Stapler heavy duty 2 17.25 34.50",
        "Archive boxes 10 3.20 32.00",
        "Label printer tape 6 11.40 68.40",
        "Cleaning kit 1 22.00 22.00",
        "Shipping and handling 1 15.00 15.00",
        "Subtotal: 818.05",
        "Discount (0%): 0.00",
        "VAT 20%: 163.61",
        "Total: 981.66 GBP",
        "Amount Due: £981.66",
        "Payment terms: 30 days net",
        "Bank: Barclays Bank PLC",
        "Account name: Northwind Traders Ltd",
        "Sort code: 20-00-00  Account: 12345678",
        "IBAN: GB29 NWBK 6016 1331 9268 19",
        "Please quote the invoice number with your payment.",
        "Thank you for your business!",
        "Page 1 of 1",
    ]);

    /// <summary>A Vietnamese VAT invoice (hóa đơn GTGT) page, 40 lines, bilingual labels as printed on e-invoices.</summary>
    public static OcrPageResult VietnameseVatInvoice() => Page(1, [
        "HÓA ĐƠN GIÁ TRỊ GIA TĂNG",
        "(VAT INVOICE)",
        "Ký hiệu (Serial): 1C24TMP",
        "Số (No.): 00001234",
        "Ngày (Date) 15 tháng (month) 03 năm (year) 2024",
        "Mã của cơ quan thuế: 00A1B2C3D4E5F6071829",
        "Đơn vị bán hàng (Seller): CÔNG TY TNHH MINH PHÁT",
        "Mã số thuế (Tax code): 0101234567",
        "Địa chỉ (Address): 12 Nguyễn Trãi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
        "Điện thoại (Tel): 028 3823 4567",
        "Số tài khoản (Account No.): 0071001234567 tại Vietcombank",
        "Họ tên người mua hàng (Buyer): Nguyễn Văn An",
        "Tên đơn vị (Company): CÔNG TY CP THÀNH ĐẠT",
        "Mã số thuế (Tax code): 0309876543",
        "Địa chỉ (Address): 88 Lê Lợi, Quận 1, TP. Hồ Chí Minh",
        "Hình thức thanh toán (Payment method): TM/CK",
        "STT Tên hàng hóa, dịch vụ ĐVT Số lượng Đơn giá Thành tiền",
        "1 Giấy in A4 Double A Ram 20 75.000 1.500.000",
        "2 Mực in đen HP 85A Hộp 4 450.000 1.800.000",
        "3 Bút bi xanh Thiên Long Hộp 10 45.000 450.000",
        "4 Sổ tay bìa cứng Quyển 30 25.000 750.000",
        "5 Ghế văn phòng Cái 2 1.250.000 2.500.000",
        "6 Đèn bàn LED Cái 5 320.000 1.600.000",
        "7 Bìa hồ sơ Cái 50 8.000 400.000",
        "8 Phí vận chuyển Lần 1 200.000 200.000",
        "Cộng tiền hàng (Total amount): 9.200.000",
        "Thuế suất GTGT (VAT rate): 10%",
        "Tiền thuế GTGT (VAT amount): 920.000",
        "Tổng cộng tiền thanh toán (Total payment): 10.120.000",
        "Số tiền viết bằng chữ (Amount in words): Mười triệu một trăm hai mươi nghìn đồng chẵn.",
        "Người mua hàng (Buyer) Người bán hàng (Seller)",
        "(Ký, ghi rõ họ tên) (Ký, đóng dấu, ghi rõ họ tên)",
        "Signature Valid",
        "Ký bởi: CÔNG TY TNHH MINH PHÁT",
        "Ký ngày: 15/03/2024",
        "Tra cứu hóa đơn tại: https://hoadondientu.gdt.gov.vn",
        "Mã tra cứu: 8F3K2M9Q",
        "(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)",
        "Phát hành bởi phần mềm hóa đơn điện tử",
        "Trang 1/1",
    ]);

    /// <summary>
    /// A 3-page invoice as the PDF text layer gives it (confidence 1, boxes at 300 dpi): header on page 1, 150 line
    /// items over the three pages, totals on page 3. About 190 lines.
    /// </summary>
    public static IReadOnlyList<OcrPageResult> ThreePageTextLayer()
    {
        var pages = new List<OcrPageResult>();
        var subtotal = 0m;
        for (var number = 1; number <= 3; number++)
        {
            var lines = new List<string>();
            if (number == 1)
            {
                lines.AddRange([
                    "Fabrikam Printing Co", "900 Industrial Way, Suite 12, Portland, OR 97201", "Phone (503) 555-0142",
                    "INVOICE", "Invoice Number: FAB-2024-00917", "Invoice Date: 2024-03-28", "Due Date: 2024-04-27",
                    "Customer: Tailspin Logistics", "Customer ID: C-20931", "Item Description Qty Unit Price Amount",
                ]);
            }
            else
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"Invoice FAB-2024-00917 (continued) Page {number} of 3"));
                lines.Add("Item Description Qty Unit Price Amount");
            }

            for (var i = 0; i < 50; i++)
            {
                var item = ((number - 1) * 50) + i + 1;
                var quantity = 1 + (item % 7);
                var price = 3.5m + (item % 13 * 2.25m);
                subtotal += quantity * price;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{item:000} Printed brochure run, batch {item} {quantity} {price:0.00} {quantity * price:#,##0.00}"));
            }

            if (number == 3)
            {
                var tax = Math.Round(subtotal * 0.08m, 2);
                lines.AddRange([
                    string.Create(CultureInfo.InvariantCulture, $"Subtotal {subtotal:#,##0.00}"),
                    string.Create(CultureInfo.InvariantCulture, $"Sales Tax (8%) {tax:#,##0.00}"),
                    string.Create(CultureInfo.InvariantCulture, $"Total Due USD {subtotal + tax:#,##0.00}"),
                    "Terms: Net 30. Late payments accrue 1.5% per month.",
                ]);
            }

            pages.Add(Page(number, lines, confidence: 1.0) with { Source = PageSource.TextLayer });
        }

        return pages;
    }

    /// <summary>Lays the lines out top to bottom, left-aligned, with confidences between 0.80 and 0.97.</summary>
    private static OcrPageResult Page(int number, IReadOnlyList<string> lines, double? confidence = null)
    {
        var step = Math.Min(80, (PageHeight - 400) / lines.Count);
        var ocrLines = lines
            .Select((text, i) => new OcrLine(
                text,
                confidence ?? 0.80 + (i * 7 % 18 / 100.0),
                new BoundingBox(250, 200 + (i * step), Math.Min(PageWidth - 500, text.Length * 28), 46)))
            .ToList();
        var pageText = string.Join('\n', lines) + "\n";
        return new OcrPageResult(number, pageText, confidence ?? ocrLines.Average(l => l.Confidence), PageWidth, PageHeight, ocrLines);
    }
}
