namespace OcrAsync.Benchmarks.Generated;

/// <summary>What a <see cref="LabelledValue"/> is: the target fields and the distractors around them.</summary>
internal static class FieldRoles
{
    public const string Number = "number";
    public const string Date = "date";
    public const string DueDate = "due-date";
    public const string Order = "order";
    public const string Subtotal = "subtotal";
    public const string Tax = "tax";
    public const string Rounding = "rounding";
    public const string Total = "total";
    public const string Cash = "cash";
    public const string Change = "change";
}
