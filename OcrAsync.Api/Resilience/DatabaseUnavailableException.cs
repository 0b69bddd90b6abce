namespace OcrAsync.Api.Resilience;

/// <summary>The database did not answer in time, or not at all: the request may be retried later (503).</summary>
public sealed class DatabaseUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
