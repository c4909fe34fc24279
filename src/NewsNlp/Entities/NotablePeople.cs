using System.Collections.Frozen;

namespace NewsNlp.Entities;

/// <summary>
/// Full names of people that news often calls by surname alone ("Putin", "Merkel"), from the curated
/// list <c>Resources/Entities/notable-people.txt</c>. Used only when the document itself never gives a
/// longer form of the name. Loaded once, lazily; immutable and thread-safe.
/// </summary>
internal static class NotablePeople
{
    private static readonly Lazy<FrozenDictionary<string, string>> s_bySurname = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The full name for a one-word surname, when exactly one listed person has it.</summary>
    public static bool TryGetFullName(ReadOnlySpan<char> surname, out string fullName) =>
        s_bySurname.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out fullName!);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(NotablePeople).Assembly.GetManifestResourceStream("NewsNlp.Entities.notable-people.txt");
        if (stream is null) return FrozenDictionary<string, string>.Empty;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads the list: one full name a line, "|"-separated extra surname spellings, "#" comments.</summary>
    internal static FrozenDictionary<string, string> Parse(TextReader reader)
    {
        var bySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string fullName = parts[0];
            var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            // The surname is the last word, skipping suffixes such as "Jr." and regnal numbers.
            string surname = words[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "XIV" && words.Length > 2 ? words[^2] : words[^1];
            foreach (var key in parts.Skip(1).Prepend(surname))
            {
                if (ambiguous.Contains(key)) continue;
                if (bySurname.TryGetValue(key, out var other) && other != fullName)
                {
                    bySurname.Remove(key); // two listed people share it: never guess
                    ambiguous.Add(key);
                    continue;
                }
                bySurname[key] = fullName;
            }
        }
        return bySurname.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
