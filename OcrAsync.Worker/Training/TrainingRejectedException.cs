namespace OcrAsync.Worker.Training;

/// <summary>A correction that cannot be learned from (nothing to learn, no words kept): retrying cannot help.</summary>
public sealed class TrainingRejectedException(string message) : Exception(message);
