namespace OcrAsync.Core.Telemetry;

/// <summary>OcrAsync's own spans and metrics; ServiceDefaults exports this source and meter by name.</summary>
public static class OcrTelemetry
{
    public const string Name = "OcrAsync";

    public static readonly ActivitySource ActivitySource = new(Name);
}
