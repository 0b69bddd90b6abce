namespace OcrAsync.Tests.Ocr;

/// <summary>One English engine per test class: creating one loads the model (~0.1–0.5 s).</summary>
public sealed class TesseractEngineFixture : IDisposable
{
    public TesseractEngine Engine { get; } = new(tessDataPath: null, languages: "eng");

    public void Dispose() => Engine.Dispose();
}
