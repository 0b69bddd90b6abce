namespace OcrAsync.Worker.Jobs;

/// <summary>The user cancelled the job while it ran; raised at the next page boundary.</summary>
public sealed class JobCancelledException() : Exception("The job was cancelled.");
