namespace OcrAsync.Tests.Invoices;

/// <summary>OCR-like texts written for these tests (not taken from any data set).</summary>
internal static class InvoiceSamples
{
    public const string English = """
        Northwind Traders Ltd
        12 Harbour Street, Leeds LS1 4AB
        Tel: +44 113 496 0000  billing@northwind.example
        INVOICE
        Invoice No: INV-2024-0042
        Order Date: 02/01/2024
        Invoice Date: 15/01/2024
        Due Date: 14/02/2024
        Bill To:
        Contoso Ltd
        Description        Qty   Unit Price   Amount
        Widget A            2      25.00       50.00
        Service hours       3      20.00       60.00
        Total items: 5
        Subtotal                               110.00
        VAT 20%                                 22.00
        Total                                £132.00
        Amount Paid                            132.00
        Balance Due                              0.00
        """;

    public const string Vietnamese = """
        CÔNG TY TNHH THƯƠNG MẠI AN BÌNH
        Địa chỉ: 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh
        HÓA ĐƠN GIÁ TRỊ GIA TĂNG
        Ngày 15 tháng 01 năm 2024
        Số: 0001234
        STT Tên hàng hóa ĐVT Số lượng Đơn giá Thành tiền
        1 Giấy A4 Ram 10 50.000 500.000
        2 Mực in Hộp 2 500.000 1.000.000
        Cộng tiền hàng: 1.363.636
        Tiền thuế GTGT: 136.364
        Tổng cộng: 1.500.000 đ
        """;

    public const string Receipt = """
        KEDAI RUNCIT MAJU SDN BHD
        NO 5, JALAN MERANTI 3, 81100 JOHOR BAHRU
        TEL: 07-3551234
        Receipt No: CS00012345
        Date: 19/10/2018 14:22
        MILO 1KG 1 19.90 19.90
        BREAD 2 3.20 6.40
        Total Qty: 3
        TOTAL RM 26.30
        CASH 50.00
        CHANGE 23.70
        """;

    public static IReadOnlyList<OcrPageResult> Page(string text, double confidence = 0.92) =>
        [new OcrPageResult(1, text, confidence, 2480, 3508, [])];
}
