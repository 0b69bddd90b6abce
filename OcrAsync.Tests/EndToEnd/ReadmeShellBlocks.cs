namespace OcrAsync.Tests.EndToEnd;

/// <summary>The ```bash blocks of a Markdown file, in order, as written (continuation lines kept).</summary>
internal static partial class ReadmeShellBlocks
{
    public static IReadOnlyList<string> Read(string markdown) =>
        [.. BashBlock().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(match => match.Groups["body"].Value)];

    [GeneratedRegex(@"^```bash\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
