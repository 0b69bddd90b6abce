namespace OcrAsync.Core.Templates;

/// <summary>Who made a template.</summary>
public static class TemplateSources
{
    public const string User = "user";
    public const string Learned = "learned";
}
