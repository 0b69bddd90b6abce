namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class English
{
    public static readonly InvoiceWording Words = new(
        "en",
        Titles: ["INVOICE", "TAX INVOICE", "Invoice", "SALES INVOICE", "Commercial Invoice"],
        ReceiptTitles: ["RECEIPT", "SALES RECEIPT", "CASH RECEIPT", "TAX INVOICE"],
        NumberLabels: ["Invoice No:", "Invoice No.", "Invoice #", "Invoice Number:", "Inv. No", "Inv. No.:", "Bill No:", "No.", "#", "Ref.", "Doc. no.", "Invoice ID"],
        ReceiptNumberLabels: ["Receipt No:", "Receipt #", "Bill No:", "Trans #", "No.", "Doc. no."],
        DateLabels: ["Date:", "Invoice Date:", "Date of Issue:", "Date", "Issued:", "Inv. Date"],
        CustomerLabels: ["Bill To:", "Customer:", "Sold To:", "Invoice to:"],
        SubtotalLabels: ["Subtotal", "Sub-total", "Net Amount", "Total before tax", "Net"],
        TaxLabels: ["Tax", "VAT ({0}%)", "GST {0}%", "Sales Tax {0}%", "Tax ({0}%)", "VAT @ {0}%"],
        TotalLabels: ["Total", "Grand Total", "Amount Due", "Total Due", "TOTAL", "Total Amount", "Invoice Total", "Balance Due", "Total (incl. VAT)"],
        CashLabels: ["Cash", "Cash Tendered", "Amount Paid", "Paid"],
        ChangeLabels: ["Change", "Change Due"],
        RoundingLabels: ["Rounding", "Rounding Adj", "Round off"],
        DueDateLabels: ["Due Date:", "Payment due:", "Due by:"],
        OrderLabels: ["PO No:", "P.O. Number:", "Order No:", "Your ref.:"],
        PhoneLabels: ["Tel:", "Phone:", "Fax:"],
        TaxIdLabels: ["Tax ID:", "VAT Reg No:", "GST No:", "Company No:"],
        RateLabels: ["Rate", "Net", "Tax"],
        Columns: [["Description", "Qty", "Unit Price", "Amount"], ["Item", "Qty", "Rate", "Line Total"], ["Product", "Qty", "Price", "Amount"]],
        Items: ["Printer paper A4, 500 sheets", "Toner cartridge black", "Maintenance service", "Desk lamp LED", "USB-C cable 2 m", "Whiteboard markers", "Office chair", "Shipping and handling", "Consulting, 4 hours", "Coffee beans 1 kg", "Sandwich", "Orange juice"],
        Footers: ["Thank you for your business!", "Payment within 30 days by bank transfer.", "Goods sold are not returnable.", "Please quote the invoice number with your payment."],
        Months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ShortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        LongDatePatterns: ["{d} {MMMM} {yyyy}", "{MMMM} {d}, {yyyy}", "{MMM} {d}, {yyyy}", "{dd}-{MMM}-{yyyy}", "{d} {MMM} {yyyy}"],
        TaxRates: [0m, 5m, 6m, 8m, 10m, 20m],
        Currencies: ["USD", "GBP", "SGD", "MYR", "AUD", "CAD"],
        Addresses: ["12 Harbour Road, Singapore 049317", "450 Market St, San Francisco, CA 94105", "Jalan Ampang 88, 50450 Kuala Lumpur", "7 King Street, Manchester M2 4LQ", "88 George St, Sydney NSW 2000"],
        Customers: ["Acme Corporation", "Globex Ltd", "Initech LLC", "Umbrella Foods", "Wayne Logistics"],
        VendorStems: ["Northwind Traders", "Contoso Office Supply", "Fabrikam Printing", "Blue Harbor Trading", "Pinecrest Hardware", "Summit Cafe & Bakery", "Kuala Tech", "Redwood Analytics"],
        LegalForms: ["{0} Ltd", "{0} Limited", "{0} LLC", "{0} Inc.", "{0} Pty Ltd", "{0} Sdn Bhd", "{0} Pte. Ltd.", "{0} PLC"]);
}
