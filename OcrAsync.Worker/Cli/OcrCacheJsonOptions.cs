using System.Reflection;
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
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepWordConfidences } },
    };

    private static void KeepWordConfidences(JsonTypeInfo type)
    {
        if (type.Type != typeof(OcrWord))
        {
            return;
        }

        AddBack(type, nameof(OcrWord.Confidence), typeof(double?), w => w.Confidence);
    }

    /// <summary>Serialises a property the service's shape ignores; null values are left out, as everywhere.</summary>
    private static void AddBack(JsonTypeInfo type, string name, Type propertyType, Func<OcrWord, object?> get)
    {
        var setter = typeof(OcrWord).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!;
        var json = OcrJsonOptions.Default.PropertyNamingPolicy!.ConvertName(name);
        if (type.Properties.FirstOrDefault(p => p.Name == json) is { } ignored)
        {
            type.Properties.Remove(ignored);
        }

        var property = type.CreateJsonPropertyInfo(propertyType, json);
        property.Get = o => get((OcrWord)o);
        property.Set = (o, v) => setter.SetValue(o, v); // An init accessor: the word was just built by the reader.
        type.Properties.Add(property);
    }
}
