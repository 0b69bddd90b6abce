namespace OcrAsync.Api.Security;

/// <summary>Endpoint metadata: the endpoint submits jobs and takes from the caller's <see cref="SubmitRateLimiter"/> allowance.</summary>
public sealed class SubmitRateLimitMetadata
{
    public static readonly SubmitRateLimitMetadata Instance = new();
}
