namespace OcrAsync.Benchmarks.Generated.Wording;

internal static class Portuguese
{
    public static readonly InvoiceWording Words = new(
        "pt",
        Titles: ["FATURA", "Fatura", "FATURA-RECIBO", "Nota Fiscal"],
        ReceiptTitles: ["FATURA SIMPLIFICADA", "TALÃO", "CUPOM FISCAL"],
        NumberLabels: ["Fatura n.º", "Nº da fatura:", "Número:", "N.º", "Ref.:", "Doc. n.º", "Nº"],
        ReceiptNumberLabels: ["Talão n.º", "Doc. nº", "Nº:"],
        DateLabels: ["Data:", "Data da fatura:", "Data de emissão:", "Data"],
        CustomerLabels: ["Cliente:", "Exmo(s) Sr(s).", "Faturar a:"],
        SubtotalLabels: ["Subtotal", "Total s/ IVA", "Valor líquido", "Base tributável"],
        TaxLabels: ["IVA {0}%", "IVA ({0}%)", "Total IVA", "Imposto {0}%"],
        TotalLabels: ["Total", "Total a pagar", "TOTAL", "Valor total", "Total c/ IVA"],
        CashLabels: ["Numerário", "Dinheiro", "Pago"],
        ChangeLabels: ["Troco"],
        RoundingLabels: ["Arredondamento"],
        DueDateLabels: ["Vencimento:", "Data de vencimento:"],
        OrderLabels: ["Encomenda n.º:", "V/ ref.:"],
        PhoneLabels: ["Tel.:", "Telefone:", "Fax:"],
        TaxIdLabels: ["NIF:", "Contribuinte:", "CNPJ:"],
        RateLabels: ["Taxa", "Incidência", "IVA"],
        Columns: [["Descrição", "Qtd.", "Preço unit.", "Valor"], ["Artigo", "Qtd", "Preço", "Total"], ["Produto", "Quant.", "Preço", "Valor"]],
        Items: ["Papel A4, 500 folhas", "Tinteiro preto", "Serviço de manutenção", "Candeeiro de secretária", "Cabo USB-C 2 m", "Portes de envio", "Consultoria, 4 horas", "Café em grão 1 kg", "Pastel de nata", "Galão"],
        Footers: ["Obrigado pela preferência.", "Pagamento a 30 dias por transferência.", "Processado por programa certificado."],
        Months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ShortMonths: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
        LongDatePatterns: ["{d} de {MMMM} de {yyyy}", "{dd}/{MMM}/{yyyy}", "{d} {MMM} {yyyy}"],
        TaxRates: [6m, 13m, 23m],
        Currencies: ["EUR", "BRL"],
        Addresses: ["Rua Augusta 100, 1100-053 Lisboa", "Av. dos Aliados 50, 4000-064 Porto", "Av. Paulista 1000, São Paulo - SP", "Rua da Sofia 12, 3000-389 Coimbra"],
        Customers: ["Construções Almeida", "Silva & Irmãos", "Sr. João Pereira", "Escola Básica n.º 3"],
        VendorStems: ["Ferreira & Filhos", "Papelaria Costa", "Pastelaria Oliveira", "Rodrigues Informática", "Tipografia Santos", "Martins Comércio"],
        LegalForms: ["{0} Lda.", "{0}, Lda", "{0} S.A.", "{0} Unipessoal Lda.", "{0} Ltda.", "{0} ME"]);
}
