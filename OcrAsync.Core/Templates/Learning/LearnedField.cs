namespace OcrAsync.Core.Templates.Learning;

/// <summary>
/// One field of a vendor: the same value on every invoice (<see cref="Constant"/>, e.g. the vendor's name), or
/// where the value was found relative to label words, one <see cref="FieldAnchor"/> per example (most useful first).
/// </summary>
public sealed record LearnedField
{
    public string? Constant { get; init; }

    public IReadOnlyList<FieldAnchor> Anchors { get; init; } = [];
}
