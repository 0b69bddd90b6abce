namespace OcrAsync.Core.Jobs.Files;

/// <summary>The file store did not answer (blob storage down or too slow): the upload was not stored; try again later.</summary>
public sealed class FileStoreUnavailableException(string message, Exception innerException) : Exception(message, innerException);
