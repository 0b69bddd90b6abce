namespace OcrAsync.Core.Invoices;

/// <summary>Month names (folded: lower case, no diacritics) in the supported label languages: English, French, German, Dutch, Spanish, Italian, Portuguese (Vietnamese writes "tháng 1").</summary>
internal static class MonthNames
{
    public static readonly IReadOnlyDictionary<string, int> Months = Build();

    /// <summary>Words this short are only taken as printed: one slip away from a short name lies too much ("mal", "gel").</summary>
    private const int MinFuzzyLength = 4;

    /// <summary>
    /// The month of a folded name: as printed, else one OCR slip (a letter changed, lost or added) away from the names of
    /// exactly one month ("aodt" for "aout", "septembe" for "septembre"; "mais" is one slip from "mai" and "mars", so no month); words under four letters only as printed.
    /// </summary>
    public static int? Find(string name)
    {
        if (Months.TryGetValue(name, out var month))
        {
            return month;
        }

        if (name.Length < MinFuzzyLength)
        {
            return null;
        }

        var found = Months.Where(m => TextFolding.WithinOneEdit(name, m.Key)).Select(m => m.Value).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static Dictionary<string, int> Build()
    {
        string[][] names =
        [
            ["jan", "january", "janvier", "janv", "januar", "januari", "enero", "ene", "gennaio", "gen", "janeiro"],
            ["feb", "february", "fevrier", "fevr", "fev", "februar", "februari", "febrero", "febbraio", "fevereiro"],
            ["mar", "march", "mars", "marz", "maerz", "maart", "mrt", "marzo", "marco"],
            ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mei", "mayo", "maggio", "mag", "maio"],
            ["jun", "june", "juin", "juni", "junio", "giugno", "giu", "junho"],
            ["jul", "july", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"],
            ["aug", "august", "aout", "augustus", "agosto", "ago"],
            ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["oct", "october", "octobre", "okt", "oktober", "octubre", "ottobre", "ott", "outubro", "out"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "decembre", "dez", "dezember", "diciembre", "dic", "dicembre", "dezembro"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                map[n] = i + 1;
            }
        }

        return map;
    }
}
