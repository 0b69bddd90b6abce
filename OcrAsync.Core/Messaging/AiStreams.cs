namespace OcrAsync.Core.Messaging;

/// <summary>
/// The training queue: its own stream and consumer group, so training never takes an OCR engine or delays an OCR
/// job. Entries have the OCR entries' shape (<see cref="OcrJobStreamEntry"/>, the id being a training job's).
/// </summary>
public static class AiStreams
{
    public const string Stream = "ocr:ai";

    public const string ConsumerGroup = "ai-trainers";

    /// <summary>Training entries that failed for good after every retry.</summary>
    public const string DeadLetterStream = "ocr:ai:dead";
}
