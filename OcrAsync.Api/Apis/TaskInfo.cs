namespace OcrAsync.Api.Apis;

public sealed record TaskInfo(string Message, int Progress);
