using System.Text.Json;

namespace NewsNlp.Benchmarks;

/// <summary>The committed news sample: 43 Wikinews articles, loaded once.</summary>
public static class NewsSample
{
    private static readonly Lazy<(string[] Texts, DateOnly?[] Published)> s_sample = new(Load);

    public static string[] Texts => s_sample.Value.Texts;

    public static DateOnly?[] Published => s_sample.Value.Published;

    /// <summary>Characters in the whole sample.</summary>
    public static long Characters => Texts.Sum(t => (long)t.Length);

    /// <summary>UTF-8 bytes in the whole sample (for MB/s).</summary>
    public static long Utf8Bytes => Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    /// <summary>NewsNlp tokens in the whole sample (for tokens/s).</summary>
    public static long Tokens => Texts.Sum(t => (long)NewsTokenizer.Tokenize(t).Length);

    private static (string[], DateOnly?[]) Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "wikinews_gum.jsonl");
        var texts = new List<string>();
        var published = new List<DateOnly?>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            texts.Add(json.RootElement.GetProperty("text").GetString()!);
            published.Add(json.RootElement.TryGetProperty("published", out var p) && DateOnly.TryParse(p.GetString(), out var d) ? d : null);
        }
        return (texts.ToArray(), published.ToArray());
    }
}
