namespace OcrAsync.Tests.Infrastructure;

/// <summary>One scale rule of a container-app template (infra/*.tmpl.yaml), read line by line: its name, type and metadata.</summary>
public sealed partial record ScaleRule(string Name, string Type, IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<string> AuthParameters)
{
    /// <summary>The rules listed under <c>scale: rules:</c> of a template.</summary>
    public static IReadOnlyList<ScaleRule> ReadAll(string template)
    {
        var lines = template.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == "rules:");
        if (start < 0)
        {
            return [];
        }

        var rules = new List<ScaleRule>();
        var indent = Indent(lines[start]);
        string? name = null;
        string? type = null;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var auth = new List<string>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#') || Indent(l) > indent))
        {
            var entry = Entry().Match(line);
            if (!entry.Success)
            {
                continue;
            }

            var (key, value) = (entry.Groups["key"].Value, Unquote(entry.Groups["value"].Value));
            if (entry.Groups["dash"].Success && Indent(line) == indent + 2 && key == "name")
            {
                Flush();
                name = value;
            }
            else if (key is "custom" or "http" or "tcp" or "azureQueue")
            {
                type = key;
            }
            else if (key == "type")
            {
                type = value;
            }
            else if (key == "triggerParameter")
            {
                auth.Add(value);
            }
            else if (value.Length > 0 && key is not "secretRef")
            {
                metadata[key] = value;
            }
        }

        Flush();
        return rules;

        void Flush()
        {
            if (name is not null)
            {
                rules.Add(new ScaleRule(name, type ?? string.Empty, new Dictionary<string, string>(metadata), [.. auth]));
            }

            (name, type) = (null, null);
            metadata.Clear();
            auth.Clear();
        }
    }

    /// <summary>The value of a <c>key: value</c> line of the template (the first one), unquoted; null when absent.</summary>
    public static string? Value(string template, string key) =>
        template.Split('\n').Select(l => Entry().Match(l)).FirstOrDefault(m => m.Success && m.Groups["key"].Value == key) is { } match
            ? Unquote(match.Groups["value"].Value)
            : null;

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static string Unquote(string value) => value.Trim().Trim('"', '\'');

    [GeneratedRegex(@"^\s*(?<dash>-\s+)?(?<key>[A-Za-z][A-Za-z0-9_]*):(?:\s+(?<value>.*))?$")]
    private static partial Regex Entry();
}
