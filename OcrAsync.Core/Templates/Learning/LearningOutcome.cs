namespace OcrAsync.Core.Templates.Learning;

/// <summary>The template after learning, the fields it learned and those whose corrected value was not on the page.</summary>
public sealed record LearningOutcome(InvoiceTemplate Template, IReadOnlyList<string> FieldsLearned, IReadOnlyList<string> FieldsNotFound);
