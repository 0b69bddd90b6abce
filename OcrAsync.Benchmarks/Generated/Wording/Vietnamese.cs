namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class Vietnamese
{
    public static readonly InvoiceWording Words = new(
        "vi",
        Titles: ["HÓA ĐƠN", "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "HÓA ĐƠN BÁN HÀNG", "Hóa đơn"],
        ReceiptTitles: ["PHIẾU THANH TOÁN", "HÓA ĐƠN BÁN LẺ", "PHIẾU TÍNH TIỀN"],
        NumberLabels: ["Số hóa đơn:", "Số:", "Số hóa đơn", "Số HĐ:", "Số HĐ", "No.", "Mã HĐ:"],
        ReceiptNumberLabels: ["Số phiếu:", "Số HĐ:", "Số:", "Mã GD:"],
        DateLabels: ["Ngày:", "Ngày lập:", "Ngày hóa đơn:", "Ngày HĐ:"],
        CustomerLabels: ["Khách hàng:", "Người mua hàng:", "Đơn vị mua hàng:"],
        SubtotalLabels: ["Cộng tiền hàng", "Tiền hàng", "Tổng tiền hàng", "Thành tiền"],
        TaxLabels: ["Thuế GTGT ({0}%)", "Tiền thuế GTGT", "Thuế GTGT {0}%", "VAT {0}%"],
        TotalLabels: ["Tổng cộng", "Tổng thanh toán", "Tổng cộng tiền thanh toán", "Tổng tiền thanh toán", "TỔNG CỘNG", "Phải trả"],
        CashLabels: ["Tiền khách đưa", "Khách trả", "Tiền mặt"],
        ChangeLabels: ["Tiền thối lại", "Tiền thừa", "Trả lại"],
        RoundingLabels: ["Làm tròn"],
        DueDateLabels: ["Hạn thanh toán:"],
        OrderLabels: ["Số đơn hàng:", "Mã đơn hàng:"],
        PhoneLabels: ["ĐT:", "Điện thoại:", "Hotline:"],
        TaxIdLabels: ["MST:", "Mã số thuế:"],
        RateLabels: ["Thuế suất", "Tiền hàng", "Tiền thuế"],
        Columns: [["Tên hàng hóa, dịch vụ", "SL", "Đơn giá", "Thành tiền"], ["Mô tả", "SL", "Đơn giá", "Thành tiền"], ["Mặt hàng", "SL", "Giá", "T.Tiền"]],
        Items: ["Giấy in A4", "Mực in đen", "Bút bi xanh", "Sổ tay bìa cứng", "Ghế văn phòng", "Đèn bàn", "Phí vận chuyển", "Bìa hồ sơ", "Cà phê hạt 1 kg", "Dịch vụ bảo trì", "Trà sữa", "Bánh mì"],
        Footers: ["Cảm ơn quý khách!", "Hàng đã mua không đổi trả.", "Thanh toán bằng chuyển khoản."],
        Months: ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"],
        ShortMonths: ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"],
        LongDatePatterns: ["Ngày {dd} tháng {MM} năm {yyyy}", "ngày {d} tháng {MM} năm {yyyy}", "{d} {MMMM}, {yyyy}"],
        TaxRates: [8m, 10m],
        Currencies: ["VND"],
        Addresses: ["123 Lê Lợi, Quận 1, TP. Hồ Chí Minh", "45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội", "78 Nguyễn Văn Linh, Hải Châu, Đà Nẵng", "9 Hùng Vương, Ninh Kiều, Cần Thơ"],
        Customers: ["Công ty TNHH An Khang", "Nguyễn Văn An", "Trần Thị Bình", "Công ty CP Sao Mai"],
        VendorStems: ["Minh Phát", "Thành Đạt", "Hòa Bình", "Việt Tiến", "Phương Nam", "Đông Á", "Sài Gòn Xanh"],
        LegalForms: ["Công ty TNHH {0}", "Công ty CP {0}", "Công ty Cổ phần {0}", "Cửa hàng {0}", "Công ty TNHH MTV {0}"]);
}
