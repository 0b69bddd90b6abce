namespace OcrAsync.Core.Corrections;

/// <summary>One corrected field: what the machine read, what the user said it is (null clears it), and when.</summary>
public sealed record FieldCorrection(string Field, string? MachineValue, string? CorrectedValue, DateTimeOffset CorrectedAt);
