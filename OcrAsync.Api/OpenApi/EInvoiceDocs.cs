namespace OcrAsync.Api.OpenApi;

/// <summary>What the API description says about e-invoices, in one place for the upload and status operations.</summary>
internal static class EInvoiceDocs
{
    public const string UploadFile =
        "The invoice, its type judged by its bytes: JPEG, PNG, TIFF, BMP, WebP or PDF (OCR, or the PDF's text layer), or an e-invoice XML "
        + "told by its root element and namespace: Vietnamese TT78 (HDon), UBL 2.1 Invoice/CreditNote (Peppol BIS 3, XRechnung UBL), "
        + "UN/CEFACT CII CrossIndustryInvoice (XRechnung CII, Factur-X, ZUGFeRD). A PDF carrying factur-x.xml, zugferd-invoice.xml, "
        + "xrechnung.xml (or another attached .xml in one of these formats) is read from that file. Other XML, and any XML with a DTD, is refused (415).";

    public const string StatusResult =
        "extracted_data.source is \"xml\" (an uploaded e-invoice) or \"embedded_xml\" (the XML inside a PDF) when the values were read from "
        + "the invoice's own data, each field with confidence 1.0; it is absent for OCR and text-layer results. E-invoices add format "
        + "(vn_tt78, ubl_invoice, ubl_credit_note, cii_invoice, cii_credit_note), seller and buyer {name, tax_code, address}, invoice_series and "
        + "invoice_form (Vietnamese KHHDon, KHMSHDon beside the number SHDon), amount_due, tax_breakdown [{rate, category, taxable_amount, "
        + "tax_amount}], line_items with unit, vat_rate and tax_category, and signature {present, valid, signer, count, detail}: valid means the "
        + "signed data is unchanged since signing; the certificate's trust is not checked. An invalid signature is reported and asks for review. "
        + "Malformed or incomplete XML fails the job at once (no retries) with the reason.";
}
