namespace OcrAsync.Core.Hosting;

/// <summary>
/// An options class that names its own configuration section, so <see cref="ValidatedOptionsExtensions.AddValidatedOptions{TOptions}"/>
/// reads the name from the type and no caller can bind a class to another class's section.
/// </summary>
public interface IOptionsSection
{
    static abstract string SectionName { get; }
}
