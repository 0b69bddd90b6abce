using System.Globalization;
using OcrAsync.Benchmarks.Generated;

namespace OcrAsync.Benchmarks.Learning;

/// <summary>
/// The invoices of one generated vendor: its wording, layout, font, date and amount styles and number shape are
/// drawn once from the vendor's seed; each invoice draws its own number, dates, items and amounts.
/// </summary>
internal sealed class VendorInvoices
{
    private readonly int _seed;
    private readonly InvoiceWording _w;
    private readonly string _numberLabel, _dateLabel, _subtotalLabel, _taxLabel, _totalLabel, _dateStyle, _amountStyle, _layout, _font, _title, _variant;
    private readonly string[] _columns;
    private readonly IReadOnlyList<string> _vendorLines, _customer, _footer;
    private readonly int _dpi, _numberKind;
    private readonly float _points;
    private readonly bool _printsPo, _printsDue;

    public VendorInvoices(int seed)
    {
        _seed = seed;
        var style = new Random(seed);
        var vietnamese = seed % 3 == 0;
        _w = vietnamese ? InvoiceWording.Vietnamese : InvoiceWording.English;
        string Pick(string[] options) => InvoiceWording.Pick(style, options);
        Name = Pick(_w.Vendors);
        _numberLabel = Pick(_w.NumberLabels);
        _dateLabel = Pick(_w.DateLabels);
        _subtotalLabel = Pick(_w.SubtotalLabels);
        _taxLabel = Pick(_w.TaxLabels);
        _totalLabel = Pick(_w.TotalLabels);
        _dateStyle = Pick(vietnamese ? DateStyles.Vietnamese : DateStyles.English);
        _amountStyle = Pick(vietnamese ? AmountStyles.Vietnamese : AmountStyles.English);
        _layout = Pick(InvoiceFactory.Layouts);
        _font = Pick(InvoiceFactory.Fonts);
        _title = Pick(_w.Titles);
        _variant = Pick(PageVariants.All);
        _columns = _w.Columns[style.Next(_w.Columns.Length)];
        _vendorLines = [Pick(_w.Addresses), $"{Pick(_w.PhoneLabels)} {style.Next(100, 999)} {style.Next(1000, 9999)}"];
        _customer = [Pick(_w.CustomerLabels), Pick(_w.Customers)];
        _footer = [Pick(_w.Footers)];
        _dpi = new[] { 200, 240, 300 }[style.Next(3)];
        _points = 9.5f + (style.Next(5) * 0.5f);
        _numberKind = style.Next(5);
        _printsPo = style.Next(100) < 40;
        _printsDue = style.Next(100) < 45;
        Language = vietnamese ? "eng+vie" : "eng";
    }

    public string Name { get; }

    public string Language { get; }

    public string Describe() => $"{Name} ({_w.Language}, {_layout}, {_variant}, date {_dateStyle}, amounts {_amountStyle}, '{_numberLabel}' / '{_dateLabel}' / '{_totalLabel}')";

    /// <summary>Invoice <paramref name="index"/> of the vendor as an encoded image, with its true fields.</summary>
    public (byte[] Image, IReadOnlyDictionary<string, string> Truth) Invoice(int index)
    {
        var random = new Random((_seed * 1000) + index);
        var date = new DateOnly(2021, 1, 1).AddDays(random.Next(1700));
        var number = Number(random, date.Year);
        // A vendor keeps its convention: month-first even when the day could be read as a month.
        var dateStyle = _dateStyle;
        string Money(decimal amount) => AmountStyles.Format(amount, _amountStyle);
        var whole = AmountStyles.IsWholeUnits(_amountStyle);
        var rows = new List<IReadOnlyList<string>>();
        var subtotal = 0m;
        foreach (var item in _w.Items.OrderBy(_ => random.Next()).Take(random.Next(2, 8)))
        {
            var quantity = random.Next(1, whole ? 21 : 13);
            var price = whole ? random.Next(5, 2000) * 1000m : random.Next(50, 19000) * 0.05m;
            subtotal += quantity * price;
            rows.Add([item, quantity.ToString(CultureInfo.InvariantCulture), Money(price), Money(quantity * price)]);
        }

        var rate = whole ? 10 : 8;
        var tax = Math.Round(subtotal * rate / 100m, whole ? 0 : 2, MidpointRounding.AwayFromZero);
        var total = subtotal + tax;
        var header = new List<LabelledValue> { new(_numberLabel, number) };
        header.Add(dateStyle == DateStyles.VietnameseLong ? new("", DateStyles.Format(date, dateStyle)) : new(_dateLabel, DateStyles.Format(date, dateStyle)));
        if (_printsPo)
        {
            header.Add(new(_w.PoLabels[0], $"PO-{random.Next(10000, 99999)}"));
        }

        if (_printsDue)
        {
            header.Add(new(_w.DueDateLabels[0], DateStyles.Format(date.AddDays(30), dateStyle == DateStyles.VietnameseLong ? "dmy-slash" : dateStyle)));
        }

        var totals = new List<LabelledValue>
        {
            new(_subtotalLabel, Money(subtotal)),
            new(string.Format(CultureInfo.InvariantCulture, _taxLabel, rate), Money(tax)),
            new(_totalLabel, Money(total), Emphasis: true),
        };
        var page = new InvoicePage(_layout, "/usr/share/fonts/truetype/dejavu/" + _font, _dpi, _points, _title, Name, _vendorLines, _customer,
            header, _columns, rows, totals, _footer);
        using var bitmap = InvoiceRenderer.Render(page);
        var (bytes, _) = PageVariants.Apply(bitmap, _variant, random);
        return (bytes, new Dictionary<string, string>
        {
            ["invoice_number"] = number,
            ["date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["total_amount"] = total.ToString(CultureInfo.InvariantCulture),
            ["vendor_name"] = Name,
        });
    }

    private string Number(Random random, int year)
    {
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(i => i == 0 ? random.Next(1, 10) : random.Next(10)));
        return (_w.Language == "vi" ? 5 + (_numberKind % 3) : _numberKind) switch
        {
            0 => $"INV-{year}-{Digits(4)}",
            1 => Digits(6),
            2 => $"KX{Digits(5)}",
            3 => $"{year}/{Digits(3)}",
            4 => $"SI-{Digits(5)}",
            5 => "000" + Digits(4),
            6 => $"HD-{Digits(5)}",
            _ => Digits(5),
        };
    }
}
