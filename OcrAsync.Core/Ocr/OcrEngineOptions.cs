namespace OcrAsync.Core.Ocr;

/// <summary>Configuration section "Ocr".</summary>
public sealed record OcrEngineOptions : IValidatableObject, IOptionsSection
{
    public static string SectionName => "Ocr";

    /// <summary>Tesseract languages joined with '+'; <c>vie</c> is needed to keep Vietnamese diacritics.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z_]+(\+[A-Za-z_]+)*$", ErrorMessage = "Languages must look like 'eng' or 'eng+vie'.")]
    public string Languages { get; set; } = "eng+vie";

    /// <summary>One engine per core: more engines than cores buys nothing (design.md §4).</summary>
    [Range(1, 64)]
    public int EngineCount { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 64);

    /// <summary>
    /// How much lower (in Linux nice steps, 0–19) the engine threads run than the rest of the process. OCR uses every
    /// core it gets; a lower priority lets the API, the consumer loop, Redis and Postgres on the same host answer
    /// first, and costs OCR nothing when they are idle. 0 keeps the process's priority.
    /// </summary>
    [Range(0, 19)]
    public int EngineThreadNice { get; set; } = 10;

    /// <summary>
    /// Worker (Linux): run the worker in a scheduling autogroup of its own (<see cref="BackgroundAutogroup"/>), not in
    /// the API's, so that the engines no longer share one group's CPU share with the API, Redis and the postmaster.
    /// </summary>
    public bool BackgroundPriority { get; set; } = true;

    /// <summary>
    /// The nice of the worker's own autogroup (<see cref="BackgroundPriority"/>). 0 gives it the weight of any other
    /// session; up to 19 lowers it further, which starved OCR on a busy host (BENCHMARKS.md, issue 17, ocr-priority).
    /// </summary>
    [Range(0, 19)]
    public int BackgroundAutogroupNice { get; set; }

    /// <summary>Folder with the .traineddata files; null uses libtesseract's default.</summary>
    public string? TessDataPath { get; set; }

    public OcrPreprocessingOptions Preprocessing { get; set; } = new();

    /// <summary>Data annotations do not reach nested objects: the preprocessing settings are checked here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Preprocessing, new ValidationContext(Preprocessing), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return new ValidationResult($"Preprocessing: {result.ErrorMessage}", result.MemberNames.Select(m => $"{nameof(Preprocessing)}.{m}"));
        }

        if (Preprocessing.MinUpscale > Preprocessing.MaxUpscale)
        {
            yield return new ValidationResult(
                $"Preprocessing: MinUpscale ({Preprocessing.MinUpscale}) must not exceed MaxUpscale ({Preprocessing.MaxUpscale}).",
                [$"{nameof(Preprocessing)}.{nameof(OcrPreprocessingOptions.MinUpscale)}"]);
        }
    }
}
