namespace OcrAsync.Core.Invoices;

/// <summary>Month names (folded: lower case, no diacritics) in the invoice languages seen so far.</summary>
internal static class MonthNames
{
    public static readonly IReadOnlyDictionary<string, int> Months = Build();

    private static Dictionary<string, int> Build()
    {
        string[][] names =
        [
            ["jan", "january", "janvier", "janv", "januar", "januari"],
            ["feb", "february", "fevrier", "fevr", "fev", "februar", "februari"],
            ["mar", "march", "mars", "marz", "maerz", "maart", "mrt"],
            ["apr", "april", "avril", "avr"],
            ["may", "mai", "mei"],
            ["jun", "june", "juin", "juni"],
            ["jul", "july", "juillet", "juil", "juli"],
            ["aug", "august", "aout", "augustus"],
            ["sep", "sept", "september", "septembre"],
            ["oct", "october", "octobre", "okt", "oktober"],
            ["nov", "november", "novembre"],
            ["dec", "december", "decembre", "dez", "dezember"],
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
