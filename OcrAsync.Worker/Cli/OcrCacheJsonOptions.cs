using System.Text.Json.Serialization.Metadata;

namespace OcrAsync.Worker.Cli;

/// <summary>
/// The OCR cache's JSON: the service's shape plus what a stored result leaves out, each word's confidence, so an
/// extraction run on cached pages sees what the engine gave (<see cref="CachingPageRecognizer"/>).
/// </summary>
public static class OcrCacheJsonOptions
{
    public static readonly JsonSerializerOptions Default = new(OcrJsonOptions.Default)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepWordConfidence } },
    };

    private static void KeepWordConfidence(JsonTypeInfo type)
    {
        if (type.Type != typeof(OcrWord))
        {
            return;
        }

        var name = OcrJsonOptions.Default.PropertyNamingPolicy!.ConvertName(nameof(OcrWord.Confidence));
        if (type.Properties.FirstOrDefault(p => p.Name == name) is { } ignored)
        {
            type.Properties.Remove(ignored);
        }

        var property = type.CreateJsonPropertyInfo(typeof(double?), name);
        var setter = typeof(OcrWord).GetProperty(nameof(OcrWord.Confidence))!;
        property.Get = word => ((OcrWord)word).Confidence;
        property.Set = (word, value) => setter.SetValue(word, value); // An init accessor: the word was just built by the reader.
        type.Properties.Add(property);
    }
}
