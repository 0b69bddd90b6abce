namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class Spanish
{
    public static readonly InvoiceWording Words = new(
        "es",
        Titles: ["FACTURA", "Factura", "FACTURA SIMPLIFICADA", "Factura n.º"],
        ReceiptTitles: ["TIQUE", "TICKET DE COMPRA", "FACTURA SIMPLIFICADA"],
        NumberLabels: ["Nº Factura:", "Número de factura:", "Factura nº", "N.º:", "Núm.:", "Ref.:", "Nº"],
        ReceiptNumberLabels: ["Tique nº", "Nº:", "Núm. ticket:"],
        DateLabels: ["Fecha:", "Fecha de factura:", "Fecha de emisión:", "Fecha"],
        CustomerLabels: ["Cliente:", "Facturar a:", "Datos del cliente:"],
        SubtotalLabels: ["Base imponible", "Subtotal", "Importe neto", "Base"],
        TaxLabels: ["IVA {0}%", "IVA ({0}%)", "I.V.A. {0} %", "Cuota IVA"],
        TotalLabels: ["Total", "TOTAL FACTURA", "Total a pagar", "Importe total", "TOTAL"],
        CashLabels: ["Efectivo", "Entregado", "Pagado"],
        ChangeLabels: ["Cambio", "Devolución"],
        RoundingLabels: ["Redondeo"],
        DueDateLabels: ["Vencimiento:", "Fecha de vencimiento:"],
        OrderLabels: ["Pedido nº:", "Su referencia:"],
        PhoneLabels: ["Tel.:", "Teléfono:", "Tlf:"],
        TaxIdLabels: ["CIF:", "NIF:", "CIF/NIF:"],
        RateLabels: ["Tipo", "Base", "Cuota"],
        Columns: [["Concepto", "Cant.", "Precio", "Importe"], ["Descripción", "Uds.", "P. unit.", "Total"], ["Artículo", "Cantidad", "Precio", "Importe"]],
        Items: ["Papel A4, 500 hojas", "Cartucho de tóner negro", "Servicio de mantenimiento", "Lámpara de escritorio", "Cable USB-C 2 m", "Gastos de envío", "Consultoría, 4 horas", "Café en grano 1 kg", "Bocadillo", "Zumo de naranja"],
        Footers: ["Gracias por su compra.", "Pago por transferencia a 30 días.", "Inscrita en el Registro Mercantil de Madrid."],
        Months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ShortMonths: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        LongDatePatterns: ["{d} de {MMMM} de {yyyy}", "{dd}-{MMM}-{yyyy}", "{d} {MMM} {yyyy}"],
        TaxRates: [4m, 10m, 21m],
        Currencies: ["EUR", "MXN"],
        Addresses: ["Calle Mayor 10, 28013 Madrid", "Avda. Diagonal 450, 08006 Barcelona", "Calle Larios 5, 29005 Málaga", "Av. Reforma 222, 06600 Ciudad de México"],
        Customers: ["Construcciones López", "Hermanos Ruiz", "D. Javier Moreno", "Talleres Navarro"],
        VendorStems: ["Distribuciones García", "Papelería Martínez", "Suministros Sánchez", "Café Bar El Puerto", "Imprenta Romero", "Ferretería Gómez"],
        LegalForms: ["{0} SL", "{0} S.L.", "{0} S.A.", "{0} SLU", "{0} S.A. de C.V."]);
}
