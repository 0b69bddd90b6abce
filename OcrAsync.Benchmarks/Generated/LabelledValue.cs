namespace OcrAsync.Benchmarks.Generated;

/// <summary>A printed label and its value; an empty label means the value carries its own ("Ngày 15 tháng 01 năm 2024").</summary>
internal sealed record LabelledValue(string Label, string Value, bool Emphasis = false);
