using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>
/// A frozen word list looked up by <see cref="ReadOnlySpan{T}"/> without allocating
/// (FrozenDictionary alternate lookup), case-insensitive unless asked otherwise.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var map = new Dictionary<string, T>(comparer);
        foreach (var (key, value) in entries) map.TryAdd(key, value); // the first spelling wins
        _lookup = map.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    public bool Contains(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);
}

/// <summary>Small helpers to read tokens as text.</summary>
internal static class TokenText
{
    public static ReadOnlySpan<char> Of(string text, in Token token) => text.AsSpan(token.Start, token.Length);

    public static bool Is(string text, in Token token, string word) =>
        token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is a word equal (ignoring case) to one of <paramref name="words"/>.</summary>
    public static bool IsAny(string text, in Token token, ReadOnlySpan<string> words)
    {
        if (token.Kind != TokenKind.Word) return false;
        var span = text.AsSpan(token.Start, token.Length);
        foreach (var w in words) if (span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the token is glued to the one before it (no whitespace between).</summary>
    public static bool Glued(in Token token) => !token.Has(TokenFlags.SpaceBefore);
}
