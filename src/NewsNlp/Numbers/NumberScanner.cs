using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>What kind of number a <see cref="NumberMatch"/> is.</summary>
internal enum NumberKind : byte
{
    Cardinal,
    Ordinal,
    /// <summary>A fraction: "two thirds", "3/4", "half".</summary>
    Fraction,
    /// <summary>A decade: "1990s", "’90s" (value: the first year, or the two digits for "’90s").</summary>
    Decade,
    /// <summary>A clock time token "14:30" (no value).</summary>
    Clock,
    /// <summary>A slashed date token "2/27/2025" (no value).</summary>
    SlashDate,
}

/// <summary>A number found over tokens <c>[First, End)</c>.</summary>
internal readonly record struct NumberMatch
{
    /// <summary>
    /// Inlined where it is built: the scanners are too large for the runtime to inline it on its
    /// own, and a call passes the value through memory written in pieces, which stalls the read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NumberMatch(int first, int end, decimal? value, NumberKind kind, bool words, bool scaled)
    {
        First = first;
        End = end;
        Value = value;
        Kind = kind;
        Words = words;
        Scaled = scaled;
    }

    /// <summary>The first token.</summary>
    public int First { get; init; }

    /// <summary>The token after the last.</summary>
    public int End { get; init; }

    /// <summary>The value, null when it cannot be represented.</summary>
    public decimal? Value { get; init; }

    /// <summary>What kind of number it is.</summary>
    public NumberKind Kind { get; init; }

    /// <summary>Whether it is written (partly) in words.</summary>
    public bool Words { get; init; }

    /// <summary>Whether a scale word or suffix multiplied it ("1.5 million", "2bn").</summary>
    public bool Scaled { get; init; }

    /// <summary>The scale word's factor ("1.5 million" → 1000000), 1 when none.</summary>
    public decimal Scale { get; init; } = 1;
}

/// <summary>
/// Reads numbers over tokens: digits with separators ("1,000,000.5", "-3"), words ("twenty-five",
/// "one hundred and five", "a dozen", "half a million", "two thirds", "one and a half"), mixed
/// ("1.5 million", "2bn") and ordinals ("third", "21st"). A scanner, not a regex: each call reads a
/// bounded number of tokens past a number, so a document is read in linear time.
/// </summary>
internal static class NumberScanner
{
    /// <summary>The most significant digits accepted (decimal holds 28-29); longer numbers have no value.</summary>
    public const int MaxDigits = 28;

    private enum WordKind : byte { Unit, Teen, Tens, Hundred, Scale, Dozen, Ordinal, OrdinalPlural, Half }

    private readonly record struct NumberWord(WordKind Kind, long Value);

    private static readonly Lexicon<NumberWord> s_words = new(BuildWords());

    /// <summary>Scale words written after digits ("2bn", "10 k", "1.5 million"); "m" only for money.</summary>
    private static readonly Lexicon<decimal> s_suffixScales = new(new Dictionary<string, decimal>
    {
        ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["mil"] = 1_000_000m,
        ["tn"] = 1_000_000_000_000m, ["tln"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m, ["k"] = 1_000m,
    });

    private static IEnumerable<KeyValuePair<string, NumberWord>> BuildWords()
    {
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (int k = 0; k < units.Length; k++) yield return new(units[k], new(WordKind.Unit, k));
        yield return new("nought", new(WordKind.Unit, 0));
        yield return new("naught", new(WordKind.Unit, 0));
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int k = 0; k < teens.Length; k++) yield return new(teens[k], new(WordKind.Teen, 10 + k));
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int k = 0; k < tens.Length; k++) yield return new(tens[k], new(WordKind.Tens, 20 + 10 * k));
        yield return new("hundred", new(WordKind.Hundred, 100));
        yield return new("thousand", new(WordKind.Scale, 1_000));
        yield return new("lakh", new(WordKind.Scale, 100_000));
        yield return new("million", new(WordKind.Scale, 1_000_000));
        yield return new("crore", new(WordKind.Scale, 10_000_000));
        yield return new("billion", new(WordKind.Scale, 1_000_000_000));
        yield return new("trillion", new(WordKind.Scale, 1_000_000_000_000));
        yield return new("dozen", new(WordKind.Dozen, 12));
        yield return new("dozens", new(WordKind.Dozen, 12));
        yield return new("half", new(WordKind.Half, 2));
        yield return new("halves", new(WordKind.OrdinalPlural, 2));
        yield return new("quarters", new(WordKind.OrdinalPlural, 4));
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (int k = 0; k < ordinals.Length; k++)
        {
            yield return new(ordinals[k], new(WordKind.Ordinal, k + 1));
            if (k >= 2) yield return new(ordinals[k] + "s", new(WordKind.OrdinalPlural, k + 1));
        }
        yield return new("nineth", new(WordKind.Ordinal, 9));
        string[] tenths = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (int k = 0; k < tenths.Length; k++)
        {
            yield return new(tenths[k], new(WordKind.Ordinal, 20 + 10 * k));
            yield return new(tenths[k] + "s", new(WordKind.OrdinalPlural, 20 + 10 * k));
        }
        yield return new("hundredth", new(WordKind.Ordinal, 100));
        yield return new("hundredths", new(WordKind.OrdinalPlural, 100));
        yield return new("thousandth", new(WordKind.Ordinal, 1_000));
        yield return new("thousandths", new(WordKind.OrdinalPlural, 1_000));
        yield return new("millionth", new(WordKind.Ordinal, 1_000_000));
        yield return new("millionths", new(WordKind.OrdinalPlural, 1_000_000));
        yield return new("billionth", new(WordKind.Ordinal, 1_000_000_000));
        yield return new("trillionth", new(WordKind.Ordinal, 1_000_000_000_000));
    }

    /// <summary>Every number word, for other lexicons that gate on them.</summary>
    public static IEnumerable<string> NumberWords => BuildWords().Select(e => e.Key);

    /// <summary>Whether a word is a number word ("seven", "million", "third").</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) => s_words.Contains(word);

    /// <summary>Whether a word is an ordinal number word ("first", "second", "twentieth").</summary>
    public static bool IsOrdinalWord(ReadOnlySpan<char> word) => s_words.TryGet(word, out var w) && w.Kind == WordKind.Ordinal;

    /// <summary>The value of a cardinal number word up to "nineteen", or -1.</summary>
    public static int SmallCardinal(ReadOnlySpan<char> word) =>
        s_words.TryGet(word, out var w) && w.Kind is WordKind.Unit or WordKind.Teen ? (int)w.Value : -1;

    /// <summary>Parses one digits token ("1,234.5", "-3", "21st", "1990s", "3/4") on its own.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, out decimal value, out NumberKind kind)
    {
        value = 0;
        kind = NumberKind.Cardinal;
        if (s.IsEmpty) return false;
        if (s.Contains(':')) { kind = NumberKind.Clock; return true; }
        int slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (s[(slash + 1)..].Contains('/')) { kind = NumberKind.SlashDate; return true; }
            kind = NumberKind.Fraction;
            if (!TryParsePlain(s[..slash], out var a) || !TryParsePlain(s[(slash + 1)..], out var b) || b == 0) return false;
            value = a / b;
            return true;
        }
        char last = s[^1];
        if ((last | 0x20) == 's' && s.Length >= 2 && s[^2] == '0')
        {
            kind = NumberKind.Decade;
            var digits = s[..^1];
            if (digits[0] is '\'' or '\u2019') digits = digits[1..];
            return TryParsePlain(digits, out value);
        }
        if (s.Length > 2 && char.IsLetter(last) && char.IsLetter(s[^2]))
        {
            kind = NumberKind.Ordinal;
            return TryParsePlain(s[..^2], out value);
        }
        if (s[0] is '\'' or '\u2019') return false;
        return TryParsePlain(s, out value);
    }

    /// <summary>Digits with thousands commas and a decimal point; false for more than <see cref="MaxDigits"/> digits.</summary>
    public static bool TryParsePlain(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > MaxDigits + 12) return false;
        Span<char> buffer = stackalloc char[s.Length];
        int n = 0, digits = 0;
        foreach (char c in s)
        {
            if (c == ',') continue;
            if (c == '\u2212') { buffer[n++] = '-'; continue; }
            if (char.IsAsciiDigit(c)) digits++;
            buffer[n++] = c;
        }
        if (digits == 0 || digits > MaxDigits) return false;
        // The common case without the general parser: up to 18 digits, at most one point inside.
        // Same value and scale as decimal.TryParse (the digits after the point, trailing zeros kept).
        if (n <= 19 && TryParseShort(buffer[..n], out value)) return true;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseShort(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        long mantissa = 0;
        int point = -1, count = 0;
        for (int j = 0; j < s.Length; j++)
        {
            char c = s[j];
            if (c == '.' && point < 0 && j > 0 && j < s.Length - 1) { point = j; continue; }
            if (!char.IsAsciiDigit(c) || ++count > 18) return false;
            mantissa = mantissa * 10 + (c - '0');
        }
        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)(point < 0 ? 0 : s.Length - 1 - point));
        return true;
    }

    /// <summary>
    /// Reads the number starting at token <paramref name="i"/> (tokens before <paramref name="limit"/> only).
    /// <paramref name="money"/> lets a glued "m" mean million ("$5m").
    /// </summary>
    public static bool TryScan(string text, ReadOnlySpan<Token> tokens, int i, int limit, bool money, out NumberMatch match)
    {
        match = default;
        if ((uint)i >= (uint)limit) return false;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number) return TryScanDigits(text, tokens, i, limit, money, out match);
        if (t.Kind != TokenKind.Word) return false;

        var word = TokenText.Of(text, t);
        bool negative = false;
        int first = i;
        if ((word.Equals("minus", StringComparison.OrdinalIgnoreCase) || word.Equals("negative", StringComparison.OrdinalIgnoreCase))
            && i + 1 < limit)
        {
            // "plus or minus 3.5 percentage points", "plus-or-minus 4": a margin either way, written like
            // "+/- 3.5", not a negative amount; the number after it is read on its own
            if (AfterPlusOr(text, tokens, i)) return false;
            if (tokens[i + 1].Kind == TokenKind.Number)
            {
                if (!TryScanDigits(text, tokens, i + 1, limit, money, out var inner) || inner.Value is null || inner.Kind != NumberKind.Cardinal) return false;
                match = inner with { First = i, Value = -inner.Value.Value, Words = true };
                return true;
            }
            negative = true;
            i++;
        }
        if (!TryScanWords(text, tokens, i, limit, out match)) return false;
        if (negative)
        {
            if (match.Value is null || match.Kind == NumberKind.Ordinal) return false;
            match = match with { First = first, Value = -match.Value.Value };
        }
        return true;
    }

    /// <summary>Whether token <paramref name="i"/> comes after "plus or" or "plus-or-".</summary>
    private static bool AfterPlusOr(string text, ReadOnlySpan<Token> tokens, int i)
    {
        int k = i - 1;
        if (k >= 0 && tokens[k].Has(TokenFlags.Dash) && tokens[k].Length == 1) k--;
        if (k < 1 || !TokenText.Is(text, tokens[k], "or")) return false;
        k--;
        if (k >= 1 && tokens[k].Has(TokenFlags.Dash) && tokens[k].Length == 1) k--;
        return TokenText.Is(text, tokens[k], "plus");
    }

    private static bool TryScanDigits(string text, ReadOnlySpan<Token> tokens, int i, int limit, bool money, out NumberMatch match)
    {
        match = default;
        var t = tokens[i];
        var s = TokenText.Of(text, t);
        // "10^400", "6.23x10^-4": exponent notation is not read (no value invented).
        if (i + 1 < limit && TokenText.Glued(tokens[i + 1]) && text[tokens[i + 1].Start] == '^') return false;
        if (i > 0 && TokenText.Glued(t) && text[tokens[i - 1].Start] == '^') return false;
        if (!TryParseDigits(s, out var value, out var kind))
        {
            // Too many digits: claim the token so it is not read in pieces, but give no value.
            if (kind == NumberKind.Cardinal) { match = new(i, i + 1, null, kind, false, false); return true; }
            return false;
        }
        int end = i + 1;
        bool scaled = false;
        decimal appliedScale = 1;
        if (kind is NumberKind.Cardinal && end < limit && tokens[end].Kind == TokenKind.Word)
        {
            var next = tokens[end];
            var w = TokenText.Of(text, next);
            decimal scale = 0;
            if (s_words.TryGet(w, out var nw) && nw.Kind is WordKind.Scale or WordKind.Hundred or WordKind.Dozen) scale = nw.Value;
            else if ((TokenText.Glued(next) || w is not ("k" or "K")) && s_suffixScales.TryGet(w, out var suffix)) scale = suffix;
            else if (TokenText.Glued(next) && w is "M" or "M.") scale = 1_000_000m;
            else if (money && TokenText.Glued(next) && w is "m") scale = 1_000_000m;
            else if (money && TokenText.Glued(next) && w is "b" or "B") scale = 1_000_000_000m;
            if (scale != 0)
            {
                var product = Multiply(value, scale);
                if (product is null) { match = new(i, end + 1, null, kind, false, true); return true; }
                value = product.Value;
                appliedScale = scale;
                end++;
                scaled = true;
            }
        }
        // "3 million and a half"
        if (scaled && end + 2 < limit && TokenText.Is(text, tokens[end], "and") && TokenText.Is(text, tokens[end + 1], "a") && TokenText.Is(text, tokens[end + 2], "half"))
        {
            value += appliedScale / 2;
            end += 3;
        }
        // "2 1/4": a whole number and a fraction.
        if (kind == NumberKind.Cardinal && !scaled && end < limit && tokens[end].Kind == TokenKind.Number && tokens[end].Has(TokenFlags.SpaceBefore)
            && TryParseDigits(TokenText.Of(text, tokens[end]), out var fraction, out var fk) && fk == NumberKind.Fraction && fraction < 1 && fraction > 0
            && value >= 0 && decimal.Truncate(value) == value)
        {
            value += fraction;
            end++;
        }
        match = new(i, end, kind is NumberKind.Clock or NumberKind.SlashDate ? null : value, kind, false, scaled) { Scale = scaled ? appliedScale : 1 };
        return true;
    }

    private static bool TryScanWords(string text, ReadOnlySpan<Token> tokens, int i, int limit, out NumberMatch match)
    {
        match = default;
        var t = tokens[i];
        int start = i;
        long firstGroup = 0;
        WordKind? last = null;
        int j = i;

        // "a dozen", "a hundred", "a million", "an eighth of", "a third of", "a quarter of", "a half".
        if ((TokenText.Is(text, t, "a") || TokenText.Is(text, t, "an")) && i + 1 < limit && tokens[i + 1].Kind == TokenKind.Word
            && TryAfterA(TokenText.Of(text, tokens[i + 1]), out var after, out bool aQuarter))
        {
            if (after.Kind is WordKind.Hundred or WordKind.Scale or WordKind.Dozen)
            {
                firstGroup = 1;
                last = WordKind.Unit;
                j = i + 1;
            }
            // "a third" is a fraction before "of" or no word, or after an approximation or a bound ("nearly
            // a third say", "less than a third agreed": they qualify amounts, not positions); the
            // prepositions among them ("over", "under") may start a place, so they do not count here
            else if ((after.Kind == WordKind.Ordinal && after.Value >= 3 || after.Kind == WordKind.Half)
                     && (i + 2 < limit && TokenText.Is(text, tokens[i + 2], "of") || after.Kind == WordKind.Ordinal && (i + 2 >= limit || tokens[i + 2].Kind != TokenKind.Word
                         || Modifiers.Before(text, tokens, 0, i, out _, ofTime: true) is not null)
                         // "a third-party candidate", "a sixth-place finish": a compound adjective, the ordinal
                         && !(i + 2 < limit && tokens[i + 2].Has(TokenFlags.Dash) && TokenText.Glued(tokens[i + 2]))))
            {
                // "a third of a million", "a quarter of a trillion dollars": the fraction of the scale
                if (i + 4 < limit && TokenText.Is(text, tokens[i + 2], "of") && TokenText.Is(text, tokens[i + 3], "a")
                    && s_words.TryGet(TokenText.Of(text, tokens[i + 4]), out var ofScale) && ofScale.Kind == WordKind.Scale)
                {
                    match = new(i, i + 5, (decimal)ofScale.Value / after.Value, NumberKind.Cardinal, true, true) { Scale = ofScale.Value };
                    return true;
                }
                match = new(i, i + 2, 1m / after.Value, NumberKind.Fraction, true, false);
                return true;
            }
            // "a half million", "a quarter million", "a half-dozen", "a half-billion dollars"
            else if ((after.Kind == WordKind.Half || aQuarter) && GluedHyphenAt(tokens, i + 2, limit) is int sc && sc < limit
                     && s_words.TryGet(TokenText.Of(text, tokens[sc]), out var s2) && s2.Kind is WordKind.Scale or WordKind.Dozen)
            {
                match = new(i, sc + 1, (decimal)s2.Value / after.Value, NumberKind.Cardinal, true, true);
                return true;
            }
            else return false;
        }

        if (t.Length == 1 && VulgarFraction(text[t.Start]) is decimal vulgar)
        {
            match = new(i, i + 1, vulgar, NumberKind.Fraction, true, false);
            return true;
        }

        // "half", "half a million", "half a dozen", "quarter million".
        if (j == i && t.Kind == TokenKind.Word)
        {
            var w0 = TokenText.Of(text, t);
            bool half = w0.Equals("half", StringComparison.OrdinalIgnoreCase);
            bool quarter = w0.Equals("quarter", StringComparison.OrdinalIgnoreCase);
            if (half || quarter)
            {
                decimal factor = half ? 0.5m : 0.25m;
                int k = GluedHyphenAt(tokens, i + 1, limit); // "half-dozen"
                if (k == i + 1 && k < limit && (TokenText.Is(text, tokens[k], "a") || TokenText.Is(text, tokens[k], "an"))) k++;
                if (k < limit && tokens[k].Kind == TokenKind.Word && s_words.TryGet(TokenText.Of(text, tokens[k]), out var sw) && sw.Kind is WordKind.Scale or WordKind.Dozen)
                {
                    match = new(i, k + 1, factor * sw.Value, NumberKind.Cardinal, true, true);
                    return true;
                }
                if (half && (i + 1 >= limit || !TokenText.Glued(tokens[i + 1]) || tokens[i + 1].Kind != TokenKind.Punctuation))
                {
                    match = new(i, i + 1, 0.5m, NumberKind.Fraction, true, false);
                    return true;
                }
                return false;
            }
        }

        // The sums in long arithmetic: exact for any number news writes, and much cheaper than decimal.
        // A sum past a long (absurd text: "nine dozen nine dozen ...") is read again in decimal; past
        // a decimal, the words are no number.
        int end;
        decimal total, group, lastScale, value;
        bool isOrdinal;
        try
        {
            var sums = new WordSums<long> { Group = firstGroup, LastScale = long.MaxValue, Last = last };
            end = sums.Read(text, tokens, j, limit);
            (total, group, value) = (sums.Total, sums.Group, checked(sums.Total + sums.Group));
            lastScale = sums.LastScale == long.MaxValue ? decimal.MaxValue : sums.LastScale;
            (last, isOrdinal) = (sums.Last, sums.IsOrdinal);
        }
        catch (OverflowException)
        {
            try
            {
                var sums = new WordSums<decimal> { Group = firstGroup, LastScale = decimal.MaxValue, Last = last };
                end = sums.Read(text, tokens, j, limit);
                (total, group, lastScale, value) = (sums.Total, sums.Group, sums.LastScale, sums.Total + sums.Group);
                (last, isOrdinal) = (sums.Last, sums.IsOrdinal);
            }
            catch (OverflowException)
            {
                // Past a decimal too ("nine dozen" thirty times over): no number, and no value made up.
                return false;
            }
        }
        if (end == start || last is null) return false;
        if (last is WordKind.Hundred && end - start == 1) return false;

        var kind = isOrdinal ? NumberKind.Ordinal : NumberKind.Cardinal;

        // "five point five", "nine point nought four"
        if (!isOrdinal && end + 1 < limit && TokenText.Is(text, tokens[end], "point") && last is WordKind.Unit or WordKind.Teen or WordKind.Tens)
        {
            decimal place = 0.1m, fraction = 0;
            int k = end + 1;
            while (k < limit && tokens[k].Kind == TokenKind.Word && s_words.TryGet(TokenText.Of(text, tokens[k]), out var digit) && digit.Kind == WordKind.Unit && place > 0.0000000001m)
            {
                fraction += digit.Value * place;
                place /= 10;
                k++;
            }
            if (k > end + 1) return Done(out match, start, k, total + group + fraction, NumberKind.Cardinal);
        }

        if (!isOrdinal && end < limit)
        {
            // "two thirds", "three quarters", "one fifth"; hyphenated as news writes them: "two-thirds",
            // "one-third", "one-half" (a hyphen glued on both sides, so "two - thirds" is not one); "one half"
            // but not "one half-hour"
            int d = end;
            if (end + 1 < limit && tokens[end].Has(TokenFlags.Dash) && tokens[end].Length == 1 && TokenText.Glued(tokens[end]) && TokenText.Glued(tokens[end + 1]))
                d = end + 1;
            var next = tokens[d];
            if (next.Kind == TokenKind.Word && s_words.TryGet(TokenText.Of(text, next), out var den) && value > 0 && value < 100
                && (den.Kind == WordKind.OrdinalPlural || den.Kind == WordKind.Ordinal && value == 1 && den.Value >= 3 || den.Kind == WordKind.Half && value == 1
                    && !(d + 1 < limit && tokens[d + 1].Has(TokenFlags.Dash) && TokenText.Glued(tokens[d + 1]))))
            {
                // "two thirds of a million"
                if (d + 4 <= limit && TokenText.Is(text, tokens[d + 1], "of") && TokenText.Is(text, tokens[d + 2], "a")
                    && s_words.TryGet(TokenText.Of(text, tokens[d + 3]), out var ofScale) && ofScale.Kind == WordKind.Scale)
                    return Done(out match, start, d + 4, value / den.Value * ofScale.Value, NumberKind.Cardinal);
                return Done(out match, start, d + 1, value / den.Value, NumberKind.Fraction);
            }
            if (next.Kind == TokenKind.Word && TokenText.Is(text, next, "quarter") && value == 1)
                return Done(out match, start, d + 1, 0.25m, NumberKind.Fraction);
            // "one and a half", "five and a quarter", "three million and a half".
            if (TokenText.Is(text, next, "and") && end + 2 < limit && (TokenText.Is(text, tokens[end + 1], "a") || TokenText.Is(text, tokens[end + 1], "an") || TokenText.Is(text, tokens[end + 1], "one")))
            {
                var f = tokens[end + 2];
                decimal part = TokenText.Is(text, f, "half") ? 0.5m : TokenText.Is(text, f, "quarter") ? 0.25m : 0;
                if (part != 0)
                {
                    decimal unit = lastScale != decimal.MaxValue && group == 0 ? lastScale : 1;
                    int fe = end + 3;
                    if (fe < limit && s_words.TryGet(TokenText.Of(text, tokens[fe]), out var sc) && sc.Kind == WordKind.Scale && value > 0 && lastScale != decimal.MaxValue && lastScale > sc.Value)
                    {
                        // "one billion and a half million"
                        return Done(out match, start, fe + 1, value + part * sc.Value, NumberKind.Cardinal);
                    }
                    value += part * unit;
                    end += 3;
                    // "five and a half million"
                    if (end < limit && s_words.TryGet(TokenText.Of(text, tokens[end]), out var sc2) && sc2.Kind == WordKind.Scale && value < 1000)
                        return Done(out match, start, end + 1, value * sc2.Value, NumberKind.Cardinal);
                }
            }
        }

        return Done(out match, start, end, value, kind);
    }

    /// <summary>The running sums of a number in words, in <typeparamref name="T"/> arithmetic (checked).</summary>
    private struct WordSums<T> where T : struct, INumber<T>, IMinMaxValue<T>
    {
        public T Total, Group, LastScale;
        public WordKind? Last;
        public bool IsOrdinal;

        /// <summary>Reads number words from token <paramref name="j"/>; returns the end of the last one taken.</summary>
        public int Read(string text, ReadOnlySpan<Token> tokens, int j, int limit)
        {
            int end = j;
            while (j < limit)
            {
                var tok = tokens[j];
                if (tok.Kind == TokenKind.Punctuation && tok.Has(TokenFlags.Dash) && Last == WordKind.Tens && j + 1 < limit
                    && tokens[j + 1].Kind == TokenKind.Word && s_words.TryGet(TokenText.Of(text, tokens[j + 1]), out var afterDash)
                    && (afterDash.Kind == WordKind.Unit && afterDash.Value > 0 || afterDash.Kind is WordKind.Ordinal or WordKind.OrdinalPlural && afterDash.Value < 10))
                {
                    j++;
                    continue;
                }
                // "one-hundred", "a two-million-person list": a hyphen glued before a hundred or a scale word
                if (tok.Kind == TokenKind.Punctuation && tok.Has(TokenFlags.Dash) && tok.Length == 1 && Last is WordKind.Unit or WordKind.Teen or WordKind.Tens
                    && j + 1 < limit && TokenText.Glued(tok) && TokenText.Glued(tokens[j + 1]) && tokens[j + 1].Kind == TokenKind.Word
                    && s_words.TryGet(TokenText.Of(text, tokens[j + 1]), out var scaleAfterDash) && scaleAfterDash.Kind is WordKind.Hundred or WordKind.Scale)
                {
                    j++;
                    continue;
                }
                if (tok.Kind != TokenKind.Word) break;
                var w = TokenText.Of(text, tok);
                if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && Last is WordKind.Hundred or WordKind.Scale && j + 1 < limit
                    && s_words.TryGet(TokenText.Of(text, tokens[j + 1]), out var afterAnd) && afterAnd.Kind is WordKind.Unit or WordKind.Teen or WordKind.Tens)
                {
                    j++;
                    continue;
                }
                if (!s_words.TryGet(w, out var nw)) break;
                bool ok = true;
                switch (nw.Kind)
                {
                    case WordKind.Unit:
                    case WordKind.Teen:
                        if (Last is WordKind.Unit or WordKind.Teen || Last == WordKind.Tens && nw.Kind == WordKind.Teen) { ok = false; break; }
                        if (Last == WordKind.Tens && nw.Value == 0) { ok = false; break; }
                        Group = checked(Group + T.CreateTruncating(nw.Value));
                        break;
                    case WordKind.Tens:
                        if (Last is WordKind.Unit or WordKind.Teen or WordKind.Tens) { ok = false; break; }
                        Group = checked(Group + T.CreateTruncating(nw.Value));
                        break;
                    case WordKind.Hundred:
                        if (Last is null or WordKind.Hundred || Group >= T.CreateTruncating(100)) { ok = false; break; }
                        Group = checked(Group * T.CreateTruncating(100));
                        break;
                    case WordKind.Scale:
                        if (Last is null || T.CreateTruncating(nw.Value) >= LastScale || T.IsZero(Group)) { ok = false; break; }
                        Total = checked(Total + checked(Group * T.CreateTruncating(nw.Value)));
                        Group = T.Zero;
                        LastScale = T.CreateTruncating(nw.Value);
                        break;
                    case WordKind.Dozen:
                        if (Last is null or WordKind.Dozen) { ok = false; break; }
                        Group = checked(Group * T.CreateTruncating(12));
                        break;
                    case WordKind.Ordinal:
                        if (nw.Value < 100 && (Last is WordKind.Unit or WordKind.Teen || Last == WordKind.Tens && nw.Value >= 10)) { ok = false; break; }
                        if (nw.Value >= 100 && Last is not null)
                        {
                            if (nw.Value == 100) { if (Group >= T.CreateTruncating(100)) { ok = false; break; } Group = checked(Group * T.CreateTruncating(100)); }
                            else { if (T.IsZero(Group) || T.CreateTruncating(nw.Value) >= LastScale) { ok = false; break; } Total = checked(Total + checked(Group * T.CreateTruncating(nw.Value))); Group = T.Zero; }
                        }
                        else Group = checked(Group + T.CreateTruncating(nw.Value));
                        IsOrdinal = true;
                        break;
                    default:
                        ok = false;
                        break;
                }
                if (!ok) break;
                Last = nw.Kind;
                j++;
                end = j;
                if (IsOrdinal) break;
            }
            return end;
        }
    }

    /// <summary>The token after a hyphen glued on both sides at <paramref name="k"/> ("half-dozen"), else <paramref name="k"/>.</summary>
    private static int GluedHyphenAt(ReadOnlySpan<Token> tokens, int k, int limit) =>
        k + 1 < limit && tokens[k].Has(TokenFlags.Dash) && tokens[k].Length == 1 && TokenText.Glued(tokens[k]) && TokenText.Glued(tokens[k + 1]) ? k + 1 : k;

    /// <summary>
    /// The number word after "a": one of the lexicon, or "quarter", read as "fourth" ("a quarter of"
    /// is "a fourth of"; alone, "quarter" is a noun: "the fourth quarter").
    /// </summary>
    private static bool TryAfterA(ReadOnlySpan<char> word, out NumberWord after, out bool quarter)
    {
        quarter = word.Equals("quarter", StringComparison.OrdinalIgnoreCase);
        if (quarter)
        {
            after = new(WordKind.Ordinal, 4);
            return true;
        }
        return s_words.TryGet(word, out after);
    }

    /// <summary>Whether a character is a vulgar fraction ("½").</summary>
    public static bool IsVulgarFraction(char c) => VulgarFraction(c) is not null;

    private static decimal? VulgarFraction(char c) => c switch
    {
        '½' => 0.5m, '⅓' => 1m / 3, '⅔' => 2m / 3, '¼' => 0.25m, '¾' => 0.75m, '⅕' => 0.2m, '⅖' => 0.4m, '⅗' => 0.6m, '⅘' => 0.8m,
        '⅙' => 1m / 6, '⅚' => 5m / 6, '⅛' => 0.125m, '⅜' => 0.375m, '⅝' => 0.625m, '⅞' => 0.875m, '⅐' => 1m / 7, '⅑' => 1m / 9, '⅒' => 0.1m,
        _ => null,
    };

    private static bool Done(out NumberMatch match, int first, int end, decimal value, NumberKind kind)
    {
        match = new(first, end, value, kind, true, false);
        return true;
    }

    /// <summary>Multiplies without throwing: null when the product does not fit a decimal.</summary>
    public static decimal? Multiply(decimal a, decimal b)
    {
        double estimate = Math.Abs((double)a * (double)b);
        if (estimate > 7.9e27) return null;
        return a * b;
    }
}
