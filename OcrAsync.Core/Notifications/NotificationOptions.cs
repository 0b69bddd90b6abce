namespace OcrAsync.Core.Notifications;

public sealed class NotificationOptions : IOptionsSection
{
    public static string SectionName => "Notifications";

    /// <summary>How long a publish may take before it is given up and logged (it never holds up the job).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
