namespace OcrAsync.Core.Invoices;

/// <summary>
/// Label patterns: a built-in, OCR-tolerant pattern per label ("tota1", "lnvoice", misread Vietnamese) extended with every
/// language's printed phrases from <see cref="LabelLexicon"/> (label-lexicon.json). Matched against <see cref="TextFolding.LabelForm"/> text (lower case, no diacritics,
/// OCR digit confusions undone), so "Tổng cộng", "Tota1" and "lnvoice No" are covered by plain patterns.
/// </summary>
internal static partial class InvoiceLabels
{
    private const string Inv = "[il|]nv[o0][il|]ce";

    /// <summary>"Netto" is a subtotal, "Netto a pagare" / "Net à payer" the amount to pay.</summary>
    private const string NotAmountToPay = @"(?<![a-z]){0}(?!\s*(?:a\s*payer|a\s*pagare|a\s*pagar|payable|te\s*betalen))";

    private static readonly Regex s_invoiceNumber = LabelLexicon.Extend(InvoiceNumberBuiltIn(), "invoice_number", "(?<![a-z]){0}[º°]?\\s*[:#.]?");
    public static Regex InvoiceNumber() => s_invoiceNumber;

    private static readonly Regex s_invoiceNumberWeak = LabelLexicon.Extend(InvoiceNumberWeakBuiltIn(), "invoice_number_weak", "^\\W*{0}(?:\\s*[:#.]?\\s+|\\s*[:#]\\s*|\\s*$)(?:$|(?=[a-z]{{0,4}}[-/ .]?(?:[a-z]{{1,3}}/)?\\d[\\w\\-/.]*\\s*$))");
    public static Regex InvoiceNumberWeak() => s_invoiceNumberWeak;

    private static readonly Regex s_dueDate = LabelLexicon.Extend(DueDateBuiltIn(), "due_date");
    public static Regex DueDate() => s_dueDate;

    private static readonly Regex s_otherDate = LabelLexicon.Extend(OtherDateBuiltIn(), "other_date");
    public static Regex OtherDate() => s_otherDate;

    private static readonly Regex s_invoiceDate = LabelLexicon.Extend(InvoiceDateBuiltIn(), "invoice_date");
    public static Regex InvoiceDate() => s_invoiceDate;

    private static readonly Regex s_genericDate = LabelLexicon.Extend(GenericDateBuiltIn(), "generic_date");
    public static Regex GenericDate() => s_genericDate;

    private static readonly Regex s_totalStrong = LabelLexicon.Extend(TotalStrongBuiltIn(), "total_strong");
    public static Regex TotalStrong() => s_totalStrong;

    private static readonly Regex s_totalPlain = LabelLexicon.Extend(TotalPlainBuiltIn(), "total_plain");
    public static Regex TotalPlain() => s_totalPlain;

    private static readonly Regex s_totalWeak = LabelLexicon.Extend(TotalWeakBuiltIn(), "total_weak");
    public static Regex TotalWeak() => s_totalWeak;

    private static readonly Regex s_subtotal = LabelLexicon.Extend(SubtotalBuiltIn(), "subtotal", NotAmountToPay);
    public static Regex Subtotal() => s_subtotal;

    private static readonly Regex s_tax = LabelLexicon.Extend(TaxBuiltIn(), "tax");
    public static Regex Tax() => s_tax;

    private static readonly Regex s_vendor = LabelLexicon.Extend(VendorBuiltIn(), "vendor", "^\\W*{0}\\s*[:\\-]");
    public static Regex Vendor() => s_vendor;

    private static readonly Regex s_paymentReceiver = LabelLexicon.Extend(PaymentReceiverBuiltIn(), "payment_receiver");

    /// <summary>
    /// Who states it took the payment ("Payment received by", "Zahlung erhalten von", "Đơn vị thu tiền"): the seller as the
    /// customer dealt with it, its trading name where the bank details name the legal payee.
    /// </summary>
    public static Regex PaymentReceiver() => s_paymentReceiver;

    private static readonly Regex s_customer = LabelLexicon.Extend(CustomerBuiltIn(), "customer");
    public static Regex Customer() => s_customer;

    /// <summary>Not the total: subtotals, taxes, payments, counts (built-in), and every language's subtotal, tax, tax-number, payment and rounding labels.</summary>
    private static readonly Regex s_totalDistractor = LabelLexicon.Extend(LabelLexicon.Extend(LabelLexicon.Extend(LabelLexicon.Extend(TotalDistractorBuiltIn(), "subtotal", NotAmountToPay), "tax"), "tax_distractor"), "payment");
    public static Regex TotalDistractor() => s_totalDistractor;

    private static readonly Regex s_taxDistractor = LabelLexicon.Extend(TaxDistractorBuiltIn(), "tax_distractor");
    public static Regex TaxDistractor() => s_taxDistractor;

    private static readonly Regex s_discount = LabelLexicon.Extend(DiscountBuiltIn(), "discount");
    public static Regex Discount() => s_discount;

    private static readonly Regex s_shipping = LabelLexicon.Extend(ShippingBuiltIn(), "shipping");
    public static Regex Shipping() => s_shipping;

    private static readonly Regex s_tableHeader = LabelLexicon.Extend(TableHeaderBuiltIn(), "table_header");

    /// <summary>One column caption of an item table ("Qty", "Prix unit.", "Thành tiền"): two or more on a line make a table header.</summary>
    public static Regex TableHeader() => s_tableHeader;

    /// <summary>An item table's captions: two or more column words on one line ("Description Qty Price Amount").</summary>
    public static bool IsTableCaption(string label) => s_tableHeader.Count(label) >= 2;

    private static readonly Regex s_inclusive = LabelLexicon.Extend(InclusiveBuiltIn(), "inclusive");
    public static Regex Inclusive() => s_inclusive;

    private static readonly Regex s_tendered = LabelLexicon.Extend(TenderedBuiltIn(), "tendered");

    /// <summary>The money handed over at a till ("Cash", "Tendered", "Efectivo", "Tiền khách đưa"); a change line also says "cash" sometimes.</summary>
    public static Regex Tendered() => s_tendered;

    private static readonly Regex s_change = LabelLexicon.Extend(ChangeBuiltIn(), "change");

    /// <summary>The money given back ("Change", "Rückgeld", "Troco", "Tiền thừa").</summary>
    public static Regex Change() => s_change;


    /// <summary>
    /// "Số HĐ:" and "Mã HĐ:" also when OCR read its Đ as B or O ("Số HB:", "SO) HO:", "Ma HB:"; the same misread gives
    /// "Ngày HB" for "Ngày HĐ"): with its colon, or alone as a column's caption ("Sp HB" over its value), since "HB" and
    /// "HO" are no label on their own.
    /// </summary>
    [GeneratedRegex(@"(?:" + Inv + @"|\binv|\bbill|receipt|rcpt|facture|rechnung|factuur|\bdoc(?:ument)?)\s*(?:no\b|n[o0]\b|n[°º]|number|num\b|nr\b|nummer|numero|#|id\b)\.?\s*[:#.]?|\bdoc\.\s*[1il|](?=\s+\d|\s*$)|rechnungs?-?nr\.?\s*:?|\bs\w?[^\w\s:]?\s*(?:h\w{0,2}\s*d\w{1,2}n|hd)\b\s*:?|\b(?:s\w?|ma)[^\w\s:]?\s*h[bo]\s*:|^\W*(?:s\w?|ma)[^\w\s:]?\s*h[bo]\W*$|" + Inv + @"\s*:|^\W*" + Inv + @"\s+(?=\S*\d)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex InvoiceNumberBuiltIn();

    /// <summary>
    /// "Số:" (OCR: "S6:"), "No.:" at the start of a line, or alone above its value: weaker, since many numbers are labelled "No".
    /// OCR's "Ne:" for "Nº:" and "Rét." for "Réf." too (with their colon and dot: neither is a word there), and "Ne" alone
    /// (its value in the next column) or before nothing but a code ("Ne FS 68313"): the word "ne" never stands so.
    /// "SH:" is "Số:" with its ố read as H, only alone (its value in the next column) or before nothing but a code
    /// ("SH: 6-968260"): "S/H" and "SH" name shipping and handling, whose value is an amount. "9;" is "Nº:" on a till
    /// receipt whose N OCR lost (º read as 9, the colon as a semicolon), the same way: alone or before nothing but a code;
    /// so is "9:" when a space parts it from a code of four characters or more ("9:30" is a time). The numero sign OCR
    /// garbled otherwise ("Nº;" with its colon read as a semicolon, "N&amp;:", "Ns", after folding "nº;", "n&amp;:", "ns") and a
    /// "Réf." whose dot was read as a comma ("Ref, 59597") label only a code that ends their row, or the value beside them.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:s[o6]|no|n[°º]|nr)\.?\s*(?:[:#]|$)|ne\s*:|sh\s*:(?=\s*$|\s*[a-z]{0,4}[-/ ]?\d[\w\-/]*\s*$)|9\s*;(?=\s*$|\s*[a-z]{0,4}[-/ ]?\d[\w\-/]*\s*$)|9\s*:(?=\s+[a-z]{0,4}[-/ ]?\d[\w\-/]{3,}\s*$)|(?:n[°º]\.?\s*;|n&\s*[:;]?|ns\s*[:;]?|re[ft]\s*,)(?=\s*$|\s+[a-z]{0,4}[-/ ]?\d[\w\-/]*\s*$)|ne(?=\s*$|\s+[a-z]{0,4}[-/ ]?(?:[a-z]{1,3}/)?\d[\w\-/]*\s*$)|ret\.)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex InvoiceNumberWeakBuiltIn();

    /// <summary>
    /// A heading that starts with the word "invoice" ("Tax Invoice") and holds no digits: a title ("INVOICE", "HÓA ĐƠN BÁN HÀNG", where OCR
    /// may swallow a short label after it), or a table header cell ("Factuur") above its value.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:tax|sales)\s+)?(?:" + Inv + @"|factuur|facture|factura|fattura|fatura|rechnung|hoa\s*don)\b(?<rest>\D*)$", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex InvoiceHeading();

    [GeneratedRegex(@"due\s*date|date\s*due|payment\s*due|due\s*on|due\s*by|pay\s*by|han\s*thanh\s*toan|echeance|date\s*limite|zahlbar|falligkeit|faellig|vervaldatum", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DueDateBuiltIn();

    [GeneratedRegex(@"order|ship|deliver|period|start|\bend\b|birth|print|service\s*date|expir|valid|from\s*date|to\s*date|dat\s*hang|giao\s*hang", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex OtherDateBuiltIn();

    [GeneratedRegex(@"(?:" + Inv + @"|bill|receipt|issue|document|tax\s*point)\s*date|date\s*of\s*(?:issue|invoice)|\bngay\b|factuurdatum|rechnungsdatum|date\s*(?:de\s*)?facture|date\s*d.emission", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex InvoiceDateBuiltIn();

    [GeneratedRegex(@"\bdate\b|\bdated\b|\bdatum\b|\bdate\s*:", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex GenericDateBuiltIn();

    [GeneratedRegex(@"grand\s*total|total\s*(?:amount\s*)?due|amount\s*due|balance\s*due|total\s*amount|" + Inv + @"\s*total|total\s*(?:payable|to\s*pay)|amount\s*payable|net\s*payable|tong\s*cong(?:\s*tien\s*thanh\s*toan)?|tong\s*tien(?!\s*hang)(?:\s*thanh\s*toan)?|\bto\w{1,2}\s+(?:\S+\s+){0,2}thanh\s*toan|total\s*\(?\s*incl|inclusive|total\s*ttc|montant\s*ttc|net\s*a\s*payer|gesamtbetrag|rechnungsbetrag|endbetrag|\btotaal|te\s*betalen", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TotalStrongBuiltIn();

    [GeneratedRegex(@"(?<![a-z])total(?![a-z])|(?<![a-z])gesamt|(?<![a-z])summe\b|(?<![a-z])montant\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TotalPlainBuiltIn();

    /// <summary>Weak: "Thành tiền" is also the amount column header of Vietnamese tables.</summary>
    [GeneratedRegex(@"thanh\s*tien|(?<![a-z])amount(?![a-z])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TotalWeakBuiltIn();

    [GeneratedRegex(@"sub\s*-?\s*total|excl|before\s*tax|\bht\b|\bnet(?:to)?\b(?!\s*t[o0]tal)(?!\s*(?:a\s*payer|a\s*pagare|payable|te\s*betalen))|hors|(?<![a-z])(?:tax|vat|gst|sst|tva|mwst|btw|thue)(?![a-z])|paid|cash|change|tender|deposit|discount|total\s*(?:items?|qty|quantity|units?|pcs|savings?|weight|count|no\b|number)|items?|qty|rounding|round\s*adj|card|khach\s*(?:dua|da\s*tra)|tien\s*(?:thua|thoi)|dat\s*coc|visa|master|credit|points|saving|zwischensumme|subtotaal", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TotalDistractorBuiltIn();

    /// <summary>A discount line: a total below its subtotal is then no contradiction.</summary>
    [GeneratedRegex(@"discount|\bdisc\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex DiscountBuiltIn();

    [GeneratedRegex(@"(?<![a-z])(?:qty|unit\s*price)(?![a-z])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TableHeaderBuiltIn();

    /// <summary>Shipping, freight, postage: added to subtotal + tax in the total.</summary>
    [GeneratedRegex(@"shipping|freight|postage", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ShippingBuiltIn();

    /// <summary>OCR-tolerant: "CASH", "CAS", "Cash Received", "Tendered".</summary>
    [GeneratedRegex(@"^\W*ca?sh?\b|\bcash\b|tender|amount\s*(?:paid|received)", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TenderedBuiltIn();

    [GeneratedRegex(@"(?<![a-z])(?:change|chanqe|chang)(?![a-z])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex ChangeBuiltIn();

    /// <summary>"c/ IVA" is "with VAT" (pt, es); OCR often reads its "I" as "T" ("c/TVA").</summary>
    [GeneratedRegex(@"\bincl|inclusive|including|inkl|\bc\s*/\s*[it]va\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex InclusiveBuiltIn();

    [GeneratedRegex(@"sub\s*-?\s*total|total\s*(?:sales\s*)?\(?\s*excl\w*|total\s*before\s*tax|total\s*ht\b|amount\s*(?:excl\w*|before\s*tax)|(?<![a-z])tien\s*hang|net\s*amount|zwischensumme|nettobetrag|subtotaal|totaal\s*excl|montant\s*ht|total\s*net\b", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex SubtotalBuiltIn();

    [GeneratedRegex(@"(?<![a-z])(?:tax|vat|gst|sst|tva|mwst|btw|ust)(?![a-z])|tien\s*thue|thue\s*gtgt|sales\s*tax", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TaxBuiltIn();

    [GeneratedRegex(@"(?:tax|vat|gst|sst|tva|btw)\s*(?:invoice|id|no\b|n[o°]|reg|number|code|#|registration|summary|rate|exempt)|excl|incl|inclusive|exclusive|\b[cs]\s*/\s*[it]va\b|\b(?:sem|sin|senza|sans|ohne)\s*(?:iva|tva|mwst|ust)\b|(?:before|pre-?)\s*tax|ma\s*so\s*thue|\bmst\b|sub\s*-?\s*total|not\s*a", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex TaxDistractorBuiltIn();

    [GeneratedRegex(@"^\W*(?:from|seller|vendor|supplier|company(?:\s*name)?|don\s*vi\s*ban\s*hang|ten\s*don\s*vi|sold\s*by|issued\s*by|bill\s*from)\s*[:\-]", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex VendorBuiltIn();

    /// <summary>OCR-tolerant: "Payment recieved by" (a common misspelling), "Payment received by:".</summary>
    [GeneratedRegex(@"payment\s*rec[ei]{2}ved\s*by(?![a-z])", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex PaymentReceiverBuiltIn();

    /// <summary>The payee of the bank details, who is the seller: "Titulaire du compte : NETPRESSE", "Account holder".</summary>
    [GeneratedRegex(@"titulaire\s*du\s*compte|account\s*(?:holder|name)\s*[:\-]|beneficiary(?:\s*name)?\s*[:\-]|payable\s*to\b|in\s*favou?r\s*of\b|kontoinhaber|(?:ten|chu)\s*tai\s*khoan", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    public static partial Regex Payee();

    [GeneratedRegex(@"(?:bill|ship|sold|deliver|invoice)\s*to(?![a-z])|customer|buyer|don\s*vi\s*mua|khach\s*hang|nguoi\s*mua|client|(?:billing|shipping|delivery)\s*address|factuuradres|afleveradres|rechnungsadresse|lieferadresse|adresse\s*de\s*(?:facturation|livraison)|^\W*(?:attn|spett|messrs|egr|gent\.?\s*mo|sehr\s*geehrte|exmos?)\b|^\W*(?:an|aan|to|z\.?\s*hd|t\.?\s*a\.?\s*v)\s*:", RegexOptions.None, InvoiceRegex.TimeoutMilliseconds)]
    private static partial Regex CustomerBuiltIn();
}
