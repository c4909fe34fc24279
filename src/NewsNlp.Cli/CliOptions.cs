using System.Globalization;

namespace NewsNlp.Cli;

/// <summary>The parsed command line of <c>newsnlp analyze</c>.</summary>
internal sealed record CliOptions
{
    public required string Input { get; init; }
    public DateOnly? Published { get; init; }
    public string? Output { get; init; }
    public bool Pretty { get; init; }
    public int Threads { get; init; } = 1;
    public bool Sentences { get; init; }
    public bool Tokens { get; init; }
    public bool? Progress { get; init; }
    public IReadOnlyList<string>? Stages { get; init; }
    public bool QuoteStances { get; init; }

    public const string Usage = """
        newsnlp: who said what, who and where, and what the numbers and dates mean, in English news.

        Usage:
          newsnlp analyze <file.txt | folder | file.jsonl | -> [options]
          newsnlp --version | --help

        Input:
          file.txt      one document; its id is the file name without extension
          folder        every *.txt in it (sorted by name), one document each
          file.jsonl, - one document a line: {"id": "...", "published": "YYYY-MM-DD", "text": "..."}

        Options:
          --published YYYY-MM-DD  publication date for documents that do not give one
          --output FILE           write JSONL to FILE instead of standard output
          --pretty                indent the JSON (one object then spans several lines)
          --threads N             analyse N documents in parallel (output stays in input order)
          --stages a,b,...        only these stages (entities, quotes, temporals, quantities); default all
          --quote-stances         quotes also report beliefs, stances and findings ("X endorsed Y")
          --sentences, --tokens   add sentence or token lists to the output
          --progress, --no-progress  force the progress bar on standard error on or off

        Output: one JSON object a line, as in docs/CONTRACT.md. A bad input line gives
        {"id": ..., "line": N, "error": "..."} and processing goes on.

        Exit codes: 0 all documents analysed; 1 some failed (see their error lines);
                    2 wrong usage; 3 input or output could not be opened; 130 interrupted.
        """;

    /// <summary>Parses <c>analyze</c>'s arguments; returns null and an error message on bad usage.</summary>
    public static CliOptions? Parse(string[] args, out string? error)
    {
        error = null;
        string? input = null;
        var options = new CliOptions { Input = "" };
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Length) return args[++i];
                return null;
            }
            switch (arg)
            {
                case "--published":
                {
                    string? value = Value();
                    if (value is null || !TryParseDate(value, out var date))
                    {
                        error = $"--published needs a date like 2025-03-05, not '{value}'.";
                        return null;
                    }
                    options = options with { Published = date };
                    break;
                }
                case "--output" or "-o":
                {
                    string? value = Value();
                    if (string.IsNullOrEmpty(value)) { error = "--output needs a file name."; return null; }
                    options = options with { Output = value };
                    break;
                }
                case "--threads":
                {
                    string? value = Value();
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) || threads < 1 || threads > 256)
                    {
                        error = $"--threads needs a whole number from 1 to 256, not '{value}'.";
                        return null;
                    }
                    options = options with { Threads = threads };
                    break;
                }
                case "--stages":
                {
                    string? value = Value();
                    var names = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    foreach (var name in names)
                    {
                        if (!PipelineFactory.KnownStages.Contains(name))
                        {
                            error = $"--stages: unknown stage '{name}'; known: {string.Join(", ", PipelineFactory.KnownStages)}.";
                            return null;
                        }
                    }
                    options = options with { Stages = names };
                    break;
                }
                case "--pretty": options = options with { Pretty = true }; break;
                case "--quote-stances": options = options with { QuoteStances = true }; break;
                case "--sentences": options = options with { Sentences = true }; break;
                case "--tokens": options = options with { Tokens = true }; break;
                case "--progress": options = options with { Progress = true }; break;
                case "--no-progress": options = options with { Progress = false }; break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
                    {
                        error = $"unknown option '{arg}'; see 'newsnlp --help'.";
                        return null;
                    }
                    if (input is not null)
                    {
                        error = $"one input only: got '{input}' and '{arg}'.";
                        return null;
                    }
                    input = arg;
                    break;
            }
        }
        if (input is null)
        {
            error = "analyze needs an input: a .txt file, a folder, a .jsonl file or - for standard input.";
            return null;
        }
        return options with { Input = input };
    }

    /// <summary>An ISO date ("2025-03-05") or date-time ("2025-03-05T10:00:00Z"); the date as written is kept.</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (value.Length > 10 && value[10] is 'T' or 't' or ' '
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return true;
        date = default;
        return false;
    }
}
