using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>What a token is, as the tokenizer sees it.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (with digits, marks and inner apostrophes): "Trump", "O'Brien", "n't", "'s", "U.S.", "Mr.".</summary>
    Word,
    /// <summary>Digits with separators and decimals, ordinals, decades, times and slashed dates: "1,000,000.5", "21st", "1990s", "14:30", "2/27/2025".</summary>
    Number,
    /// <summary>Punctuation, including dashes, hyphens and ellipses.</summary>
    Punctuation,
    /// <summary>A quotation mark; see <see cref="Token.QuoteRole"/>.</summary>
    QuoteMark,
    /// <summary>A currency symbol or prefixed symbol: "$", "€", "US$", "HK$".</summary>
    Currency,
    /// <summary>Any other symbol: "%", "&amp;", "°", "+", emoji.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>The role of a quotation mark.</summary>
public enum QuoteRole : byte
{
    /// <summary>Not a quotation mark.</summary>
    None,
    /// <summary>Opens a quotation.</summary>
    Open,
    /// <summary>Closes a quotation.</summary>
    Close,
    /// <summary>Could open or close (a straight quote with no clear context).</summary>
    Ambiguous,
}

/// <summary>Facts about a token beyond its kind.</summary>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>Whitespace precedes the token (false inside compounds such as "70-year-old" or "$2.3bn").</summary>
    SpaceBefore = 1 << 0,
    /// <summary>The token starts a paragraph (first token of the text or after a line break).</summary>
    ParagraphStart = 1 << 1,
    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 1 << 2,
    /// <summary>Every letter is upper-case and there are at least two.</summary>
    AllCaps = 1 << 3,
    /// <summary>An abbreviation or initial that keeps its period ("Mr.", "U.S.", "J.", "a.m.").</summary>
    Abbreviation = 1 << 4,
    /// <summary>A clitic split from the word before ("'s", "n't", "'re", "'ll", a possessive "’").</summary>
    Clitic = 1 << 5,
    /// <summary>A hyphen or dash ("-", "–", "—", "--").</summary>
    Dash = 1 << 6,
    /// <summary>A double quotation mark (straight, curly or doubled back-ticks); single marks lack this flag.</summary>
    DoubleQuote = 1 << 7,
    /// <summary>A sentence-ending mark: ".", "!", "?", an ellipsis.</summary>
    Terminal = 1 << 8,
    /// <summary>Opening bracket "(", "[", "{".</summary>
    OpenBracket = 1 << 9,
    /// <summary>Closing bracket ")", "]", "}".</summary>
    CloseBracket = 1 << 10,
    /// <summary>Quote role: opens (with <see cref="QuoteClose"/> unset).</summary>
    QuoteOpen = 1 << 11,
    /// <summary>Quote role: closes (with <see cref="QuoteOpen"/> unset). Both set means ambiguous.</summary>
    QuoteClose = 1 << 12,
    /// <summary>A number with an ordinal suffix ("21st").</summary>
    Ordinal = 1 << 13,
}

/// <summary>
/// One token: a half-open range of the original text, its kind and flags. Twelve bytes, no
/// string: read its text with <see cref="NewsDocument.GetText(Token)"/> or
/// <c>text.AsSpan(token.Start, token.Length)</c>.
/// </summary>
/// <param name="Start">Index of the first code unit in the original text.</param>
/// <param name="Length">Number of code units.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Flags">Further facts about the token.</param>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Index just past the token (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>The token's range in the text.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>The role of a quotation mark; <see cref="QuoteRole.None"/> for any other token.</summary>
    public QuoteRole QuoteRole => Kind != TokenKind.QuoteMark
        ? QuoteRole.None
        : (Flags & (TokenFlags.QuoteOpen | TokenFlags.QuoteClose)) switch
        {
            TokenFlags.QuoteOpen => QuoteRole.Open,
            TokenFlags.QuoteClose => QuoteRole.Close,
            _ => QuoteRole.Ambiguous,
        };

    /// <summary>Whether all of <paramref name="flags"/> are set.</summary>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;
}
