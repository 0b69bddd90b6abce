namespace OcrAsync.Core.Invoices;

/// <summary>Letters only Vietnamese uses among the supported languages: a few of them mark a page as Vietnamese.</summary>
internal static class VietnameseLetters
{
    private const int PageMinimum = 3;

    public static bool IsVietnamese(string text) => Count(text) >= PageMinimum;

    public static int Count(string text) =>
        text.Count(c => c is 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ă' or 'Ă' or 'đ' or 'Đ' or (>= '\u1EA0' and <= '\u1EF9'));
}
