using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsNlp;

/// <summary>
/// Splits English news text into tokens with exact offsets, in one linear pass and without
/// allocating per token.
/// </summary>
/// <remarks>
/// Policies:
/// <list type="bullet">
/// <item>Hyphenated compounds are split at the hyphen ("70-year-old" → "70" "-" "year" "-" "old";
/// "Russia-Ukraine" → "Russia" "-" "Ukraine"); the pieces after the first lack
/// <see cref="TokenFlags.SpaceBefore"/>, so a compound is a run of tokens without space between.</item>
/// <item>Clitics split as in the Penn Treebank: "Trump's" → "Trump" "'s", "don't" → "do" "n't",
/// "leaders’" → "leaders" "’" (when no single quote is open); names keep inner apostrophes ("O'Brien").</item>
/// <item>Abbreviations and initials keep their period ("U.S.", "Mr.", "J.", "a.m.").</item>
/// <item>Numbers keep separators, decimals, ordinal and decade suffixes and clock or slashed-date
/// parts ("1,000,000.5", "21st", "1990s", "’90s", "14:30", "2/27/2025"); a scale or unit written
/// against a number is its own token ("$2.3bn" → "$" "2.3" "bn"). Ranges split ("2014-2015" → "2014" "-" "2015").</item>
/// <item>Whitespace, zero-width characters and control characters separate tokens and are never part of one;
/// a line break starts a paragraph.</item>
/// </list>
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenizeToArray(text);
    }

    internal static ImmutableArray<Token> TokenizeToArray(ReadOnlySpan<char> text)
    {
        var writer = new Scanner(text);
        try
        {
            writer.Run();
            return ImmutableCollectionsMarshal.AsImmutableArray(writer.ToArray());
        }
        finally
        {
            writer.Dispose();
        }
    }

    // Character classes for ASCII; everything else goes through the Unicode tables.
    private const byte Other = 0, Space = 1, Letter = 2, Digit = 3, Break = 4;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        // 0x00-0x1F: controls; \t \v \f are space, \n \r are line breaks
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 1, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // 0x20-0x3F: space, punctuation, digits
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        // 0x40-0x5F: @ A-Z [ \ ] ^ _
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        // 0x60-0x7F: ` a-z { | } ~ DEL
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    private static bool IsQuoteChar(char c) =>
        c is '"' or '\'' or '`' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A';

    /// <summary>Whitespace that separates tokens, line breaks included; zero-width spaces and BOM too.</summary>
    internal static bool IsSeparator(char c)
    {
        if (c < 128) return AsciiClass[c] is Space or Break;
        return c is '\u00A0' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsWhiteSpace(c);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Letters, digits and combining marks: what a word is made of (surrogate pairs checked by the caller).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c)
    {
        if (c < 128) return AsciiClass[c] >= Letter && AsciiClass[c] <= Digit;
        return IsWordCharSlow(c);
    }

    private static bool IsWordCharSlow(char c)
    {
        if (char.IsSurrogate(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') return false;
        var category = char.GetUnicodeCategory(c);
        return category is <= UnicodeCategory.OtherLetter // Lu, Ll, Lt, Lm, Lo
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    private static bool IsLetter(char c) => c < 128 ? AsciiClass[c] == Letter : char.IsLetter(c);

    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _text;
        private Token[] _buffer;
        private int _count;
        private int _pos;
        private bool _spaceBefore;
        private bool _paragraphStart;
        private bool _singleQuoteOpen;

        public Scanner(ReadOnlySpan<char> text)
        {
            _text = text;
            _buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5 + 16));
            _spaceBefore = true;
            _paragraphStart = true;
        }

        public readonly Token[] ToArray() => _count == 0 ? [] : _buffer.AsSpan(0, _count).ToArray();

        public void Dispose()
        {
            ArrayPool<Token>.Shared.Return(_buffer);
            _buffer = [];
        }

        private void Emit(int start, int end, TokenKind kind, TokenFlags flags)
        {
            if (_spaceBefore) flags |= TokenFlags.SpaceBefore;
            if (_paragraphStart)
            {
                flags |= TokenFlags.ParagraphStart;
                _singleQuoteOpen = false;
            }
            if (_count == _buffer.Length) Grow();
            _buffer[_count++] = new Token(start, end - start, kind, flags);
            _spaceBefore = false;
            _paragraphStart = false;
        }

        private void Grow()
        {
            var bigger = ArrayPool<Token>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<Token>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        private readonly char At(int index) => (uint)index < (uint)_text.Length ? _text[index] : '\0';

        public void Run()
        {
            var text = _text;
            while (_pos < text.Length)
            {
                char c = text[_pos];
                if (c < 128)
                {
                    switch (AsciiClass[c])
                    {
                        case Space: _spaceBefore = true; _pos++; continue;
                        case Break: _spaceBefore = true; _paragraphStart = true; _pos++; continue;
                        case Letter: ScanWord(); continue;
                        case Digit: ScanNumber(_pos); continue;
                        default:
                            if (c < 0x20 || c == 0x7F) { _spaceBefore = true; _pos++; continue; } // control characters separate
                            ScanPunctuation(c);
                            continue;
                    }
                }

                if (IsSeparator(c))
                {
                    _spaceBefore = true;
                    if (IsLineBreak(c)) _paragraphStart = true;
                    _pos++;
                }
                else if (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                {
                    _spaceBefore = true;
                    _pos++;
                }
                else if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(_pos + 1)))
                {
                    if (Rune.TryCreate(c, text[_pos + 1], out var rune) && Rune.IsLetter(rune)) ScanWord();
                    else { Emit(_pos, _pos + 2, TokenKind.Symbol, TokenFlags.None); _pos += 2; }
                }
                else if (IsWordChar(c))
                {
                    ScanWord();
                }
                else
                {
                    ScanPunctuation(c);
                }
            }
        }

        /// <summary>End of a run of word characters (letters, digits, marks, astral letters) from <paramref name="index"/>.</summary>
        private readonly int WordEnd(int index)
        {
            var text = _text;
            while (index < text.Length)
            {
                char c = text[index];
                if (IsWordChar(c)) { index++; continue; }
                if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
                    && Rune.TryCreate(c, text[index + 1], out var rune) && (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark))
                {
                    index += 2;
                    continue;
                }
                break;
            }
            return index;
        }

        private void ScanWord()
        {
            var text = _text;
            int start = _pos;
            char first = text[start];

            if ((first | 0x20) is 'h' or 'w' && TryScanUrl(start)) return;

            int end = Math.Max(WordEnd(start), start + 1);

            // "US$40", "HK$", "A$": up to three capitals glued to a dollar sign are one currency token.
            if (At(end) == '$' && end - start <= 3 && IsAllUpper(text[start..end]))
            {
                Emit(start, end + 1, TokenKind.Currency, TokenFlags.None);
                _pos = end + 1;
                return;
            }

            TokenFlags flags = CaseFlags(text[start..end]);
            char next = At(end);

            if (next == '.')
            {
                int abbreviationEnd = AbbreviationEnd(start, end);
                if (abbreviationEnd > end)
                {
                    Emit(start, abbreviationEnd, TokenKind.Word, flags | TokenFlags.Abbreviation);
                    _pos = abbreviationEnd;
                    return;
                }
            }
            else if (IsApostrophe(next))
            {
                // Inner apostrophes: clitics split off, names and "rock'n'roll" stay whole.
                while (IsApostrophe(At(end)) && IsLetter(At(end + 1)))
                {
                    int suffixEnd = WordEnd(end + 1);
                    var suffix = text[(end + 1)..suffixEnd];
                    if (IsClitic(suffix))
                    {
                        Emit(start, end, TokenKind.Word, flags);
                        Emit(end, suffixEnd, TokenKind.Word, TokenFlags.Clitic);
                        _pos = suffixEnd;
                        return;
                    }
                    if ((suffix is "t" or "T") && end - 1 > start && (text[end - 1] | 0x20) == 'n')
                    {
                        Emit(start, end - 1, TokenKind.Word, CaseFlags(text[start..(end - 1)]));
                        Emit(end - 1, suffixEnd, TokenKind.Word, TokenFlags.Clitic);
                        _pos = suffixEnd;
                        return;
                    }
                    end = suffixEnd;
                }
                flags = CaseFlags(text[start..end]);

                // "the leaders’ talks": a plural possessive, unless it closes an open single quote.
                if (IsApostrophe(At(end)) && (text[end - 1] | 0x20) == 's' && !IsWordChar(At(end + 1)) && !_singleQuoteOpen)
                {
                    Emit(start, end, TokenKind.Word, flags);
                    Emit(end, end + 1, TokenKind.Word, TokenFlags.Clitic);
                    _pos = end + 1;
                    return;
                }
            }

            Emit(start, end, TokenKind.Word, flags);
            _pos = end;
        }

        private static bool IsClitic(ReadOnlySpan<char> suffix) =>
            suffix.Length <= 2 && (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("m", StringComparison.OrdinalIgnoreCase));

        /// <summary>Where an abbreviation starting at <paramref name="start"/> ends (past its period), or <paramref name="wordEnd"/> if it is none.</summary>
        private readonly int AbbreviationEnd(int start, int wordEnd)
        {
            var text = _text;
            // Dotted single letters: "U.S.", "J.R.R.", "a.m.", "e.g.".
            if (wordEnd - start == 1 && IsLetter(text[start]))
            {
                int end = wordEnd;
                while (At(end) == '.' && IsLetter(At(end + 1)) && At(end + 2) == '.') end += 2;
                if (end > wordEnd) return end + 1;
                // A single capital with a period is an initial ("J. Smith").
                if (char.IsUpper(text[start])) return wordEnd + 1;
                return wordEnd;
            }

            var word = text[start..wordEnd];
            if (!Abbreviations.IsKnown(word)) return wordEnd;
            if (Abbreviations.NeedsDigitAfter(word))
            {
                int k = wordEnd + 1;
                while (k < text.Length && text[k] == ' ') k++;
                if (!IsAsciiDigit(At(k))) return wordEnd;
            }
            return wordEnd + 1;
        }

        private static bool IsAllUpper(ReadOnlySpan<char> word)
        {
            foreach (char c in word) if (!char.IsUpper(c)) return false;
            return true;
        }

        private static TokenFlags CaseFlags(ReadOnlySpan<char> word)
        {
            char first = word[0];
            bool firstUpper = first < 128 ? (uint)(first - 'A') <= 'Z' - 'A' : char.IsUpper(first);
            if (!firstUpper) return TokenFlags.None;
            int letters = 0;
            foreach (char c in word)
            {
                if (c < 128)
                {
                    if ((uint)(c - 'a') <= 'z' - 'a') return TokenFlags.Capitalized;
                    if ((uint)(c - 'A') <= 'Z' - 'A') letters++;
                }
                else if (char.IsLower(c)) return TokenFlags.Capitalized;
                else if (char.IsLetter(c)) letters++;
            }
            return letters >= 2 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
        }

        private bool TryScanUrl(int start)
        {
            var rest = _text[start..];
            int prefix = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
                : rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
                : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
            if (prefix == 0 || !IsWordChar(At(start + prefix))) return false;
            int end = start + prefix;
            while (end < _text.Length && !IsSeparator(_text[end]) && !char.IsControl(_text[end]) && _text[end] is not ('"' or '<' or '>' or '\u201C' or '\u201D')) end++;
            // Sentence punctuation and a closing bracket after a link belong to the text, not the link.
            while (end > start + prefix && _text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019') end--;
            Emit(start, end, TokenKind.Url, TokenFlags.None);
            _pos = end;
            return true;
        }

        private void ScanNumber(int start)
        {
            var text = _text;
            int end = start;
            while (IsAsciiDigit(At(end))) end++;
            TokenFlags flags = TokenFlags.None;
            while (true)
            {
                char c = At(end);
                if (c == ',' && IsAsciiDigit(At(end + 1)) && IsAsciiDigit(At(end + 2)) && IsAsciiDigit(At(end + 3)) && !IsAsciiDigit(At(end + 4)))
                {
                    end += 4; // thousands group
                }
                else if (c == '.' && IsAsciiDigit(At(end + 1)))
                {
                    end += 2;
                    while (IsAsciiDigit(At(end))) end++;
                }
                else if (c == ':' && IsAsciiDigit(At(end + 1)) && IsAsciiDigit(At(end + 2)) && !IsAsciiDigit(At(end + 3)))
                {
                    end += 3; // clock time
                }
                else if (c == '/' && IsAsciiDigit(At(end + 1)))
                {
                    end += 2; // slashed date or fraction
                    while (IsAsciiDigit(At(end))) end++;
                }
                else
                {
                    break;
                }
            }

            // Ordinals ("21st") and decades ("1990s") keep their suffix.
            char s1 = (char)(At(end) | 0x20), s2 = (char)(At(end + 1) | 0x20);
            bool suffixEnds = !IsWordChar(At(end + 2));
            if (((s1 == 's' && s2 == 't') || (s1 == 'n' && s2 == 'd') || (s1 == 'r' && s2 == 'd') || (s1 == 't' && s2 == 'h')) && suffixEnds
                && IsAsciiDigit(text[end - 1]))
            {
                end += 2;
                flags |= TokenFlags.Ordinal;
            }
            else if (s1 == 's' && !IsWordChar(At(end + 1)) && text[end - 1] == '0' && !IsApostrophe(At(end + 1)))
            {
                end += 1;
            }

            Emit(start, end, TokenKind.Number, flags);
            _pos = end;
        }

        private void ScanPunctuation(char c)
        {
            var text = _text;
            int start = _pos;

            if (IsQuoteChar(c))
            {
                ScanQuote(c, start);
                return;
            }

            switch (c)
            {
                case '.':
                    if (At(start + 1) == '.')
                    {
                        int end = start + 1;
                        while (At(end) == '.') end++;
                        EmitAt(start, end, TokenKind.Punctuation, TokenFlags.Terminal);
                        return;
                    }
                    if (IsAsciiDigit(At(start + 1)) && (_spaceBefore || start == 0))
                    {
                        ScanNumber(start); // ".5"
                        return;
                    }
                    EmitAt(start, start + 1, TokenKind.Punctuation, TokenFlags.Terminal);
                    return;
                case '\u2026':
                    EmitAt(start, start + 1, TokenKind.Punctuation, TokenFlags.Terminal);
                    return;
                case '!':
                case '?':
                {
                    int end = start + 1;
                    while (At(end) is '!' or '?') end++;
                    EmitAt(start, end, TokenKind.Punctuation, TokenFlags.Terminal);
                    return;
                }
                case '(' or '[' or '{':
                    EmitAt(start, start + 1, TokenKind.Punctuation, TokenFlags.OpenBracket);
                    return;
                case ')' or ']' or '}':
                    EmitAt(start, start + 1, TokenKind.Punctuation, TokenFlags.CloseBracket);
                    return;
                case '@':
                    if (TryMergeEmail(start)) return;
                    break;
            }

            if (IsDash(c))
            {
                // A minus sign before digits, standing alone: "-5".
                if (c is '-' or '\u2212' && IsAsciiDigit(At(start + 1)) && (_spaceBefore || start == 0))
                {
                    ScanNumber(start + 1);
                    ref Token number = ref _buffer[_count - 1];
                    number = number with { Start = start, Length = number.End - start, Flags = number.Flags | TokenFlags.SpaceBefore };
                    return;
                }
                int end = start + 1;
                while (At(end) == '-') end++;
                EmitAt(start, end, TokenKind.Punctuation, TokenFlags.Dash);
                return;
            }

            if (char.IsHighSurrogate(c) || char.IsLowSurrogate(c))
            {
                EmitAt(start, start + 1, TokenKind.Symbol, TokenFlags.None); // a lone surrogate
                return;
            }

            var category = char.GetUnicodeCategory(c);
            var kind = category switch
            {
                UnicodeCategory.CurrencySymbol => TokenKind.Currency,
                UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
                _ when c is '%' or '&' or '#' or '@' or '*' or '\u2030' => TokenKind.Symbol,
                _ => TokenKind.Punctuation,
            };
            EmitAt(start, start + 1, kind, TokenFlags.None);
        }

        private void EmitAt(int start, int end, TokenKind kind, TokenFlags flags)
        {
            Emit(start, end, kind, flags);
            _pos = end;
        }

        private void ScanQuote(char c, int start)
        {
            // "’90s": an apostrophe standing for a century.
            if (IsApostrophe(c) && IsAsciiDigit(At(start + 1)) && IsAsciiDigit(At(start + 2)) && !IsAsciiDigit(At(start + 3)))
            {
                int end = start + 3;
                if ((At(end) | 0x20) == 's' && !IsWordChar(At(end + 1))) end++;
                EmitAt(start, end, TokenKind.Number, TokenFlags.None);
                return;
            }
            // "rock ’n’ roll"
            if (IsApostrophe(c) && (At(start + 1) | 0x20) == 'n' && IsApostrophe(At(start + 2)) && !IsWordChar(At(start + 3)))
            {
                EmitAt(start, start + 3, TokenKind.Word, TokenFlags.None);
                return;
            }
            // "``" and "''" are double quotes in Penn Treebank-style text.
            int length = 1;
            bool isDouble = c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';
            if ((c == '`' && At(start + 1) == '`') || (c == '\'' && At(start + 1) == '\''))
            {
                length = 2;
                isDouble = true;
            }

            QuoteRole role = c switch
            {
                '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u201A' or '`' => QuoteRole.Open,
                '\u201D' or '\u00BB' or '\u2019' => QuoteRole.Close,
                _ => RoleFromContext(start, start + length),
            };
            if (c == '\'' && length == 2) role = QuoteRole.Close;
            if (c == '\u2039') role = QuoteRole.Open;
            if (c == '\u203A') role = QuoteRole.Close;
            // A curly mark against its context (”Hello” typed with one glyph) follows the context.
            if (c is '\u201D' or '\u2019' && role == QuoteRole.Close && RoleFromContext(start, start + length) == QuoteRole.Open) role = QuoteRole.Open;

            TokenFlags flags = role switch
            {
                QuoteRole.Open => TokenFlags.QuoteOpen,
                QuoteRole.Close => TokenFlags.QuoteClose,
                _ => TokenFlags.QuoteOpen | TokenFlags.QuoteClose,
            };
            if (isDouble) flags |= TokenFlags.DoubleQuote;
            else if (role == QuoteRole.Open) _singleQuoteOpen = true;
            else if (role == QuoteRole.Close) _singleQuoteOpen = false;
            EmitAt(start, start + length, TokenKind.QuoteMark, flags);
        }

        private readonly QuoteRole RoleFromContext(int start, int end)
        {
            bool before = start == 0 || IsOpeningContext(_text[start - 1]);
            bool after = end >= _text.Length || IsClosingContext(_text[end]);
            return (before, after) switch
            {
                (true, false) => QuoteRole.Open,
                (false, true) => QuoteRole.Close,
                _ => QuoteRole.Ambiguous,
            };
        }

        private static bool IsOpeningContext(char c) => IsSeparator(c) || char.IsControl(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or ':' || IsQuoteChar(c);

        private static bool IsClosingContext(char c) =>
            IsSeparator(c) || char.IsControl(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2026' || IsDash(c) || IsQuoteChar(c);

        /// <summary>"name.surname@example.com": merges the tokens glued before '@' with the domain after it.</summary>
        private bool TryMergeEmail(int at)
        {
            var text = _text;
            int domainEnd = at + 1;
            bool dot = false;
            while (domainEnd < text.Length)
            {
                char c = text[domainEnd];
                if (IsWordChar(c) || c == '-') domainEnd++;
                else if (c == '.' && IsWordChar(At(domainEnd + 1))) { dot = true; domainEnd++; }
                else break;
            }
            if (!dot || _count == 0 || _spaceBefore) return false;

            // Walk back over the tokens glued to '@' (no space before them) to where the local part starts.
            int first = _count - 1;
            while (first > 0 && !_buffer[first].Has(TokenFlags.SpaceBefore) && !_buffer[first].Has(TokenFlags.ParagraphStart)
                   && _buffer[first - 1].End == _buffer[first].Start) first--;
            if (_buffer[first].End > at || !IsWordChar(text[_buffer[first].Start])) return false;
            int start = _buffer[first].Start;
            TokenFlags kept = _buffer[first].Flags & (TokenFlags.SpaceBefore | TokenFlags.ParagraphStart);
            _count = first;
            if (_count == _buffer.Length) Grow();
            _buffer[_count++] = new Token(start, domainEnd - start, TokenKind.Email, kept);
            _pos = domainEnd;
            return true;
        }
    }
}
