namespace OcrAsync.Benchmarks.Generated;

/// <summary>
/// A printed label and its value; an empty label means the value carries its own ("Ngày 15 tháng 01 năm 2024").
/// <paramref name="Role"/> says which field it is (<see cref="FieldRoles"/>), so a layout can place the fields it features.
/// </summary>
internal sealed record LabelledValue(string Label, string Value, string Role, bool Emphasis = false);
