namespace OcrAsync.Tests.Ocr;

internal static class SampleInvoices
{
    public static InvoiceSpec English(string number = "INV-2024-0042") => InvoiceSpec.Create(
        "Northwind Traders Ltd",
        number,
        "2024-03-15",
        [
            new PrintedLineItem("Printer paper A4, 500 sheets", 12, 4.75m),
            new PrintedLineItem("Toner cartridge black", 3, 89.90m),
            new PrintedLineItem("Maintenance service", 1, 250.00m),
        ]);

    public static InvoiceSpec Vietnamese() => InvoiceSpec.Create(
        "Công ty TNHH Minh Phát",
        "HD-0815",
        "15/03/2024",
        [new PrintedLineItem("Giấy in A4", 10, 65000m), new PrintedLineItem("Mực in đen", 2, 450000m)],
        currency: "VND",
        vietnamese: true);
}
