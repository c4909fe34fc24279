namespace NewsNlp.Quotes;

/// <summary>A pair of quote marks (or an opening mark carried to the end of its paragraph).</summary>
/// <param name="Open">Token index of the opening mark.</param>
/// <param name="ContentEnd">Token index just past the content: the closing mark, or the paragraph's end when <paramref name="Closed"/> is false.</param>
/// <param name="Closed">Whether a closing mark ends the pair (false: the quote runs on into the next paragraph).</param>
/// <param name="Paragraph">Index of the paragraph.</param>
/// <param name="Chain">Index of the first pair of a multi-paragraph quote this pair belongs to (its own index otherwise).</param>
/// <param name="Single">Whether single marks enclose it.</param>
internal readonly record struct QuotePair(int Open, int ContentEnd, bool Closed, int Paragraph, int Chain, bool Single)
{
    /// <summary>Token index of the first content token.</summary>
    public int ContentStart => Open + 1;
}

/// <summary>
/// Pairs quote marks per paragraph in one linear pass: double marks at the top level, single marks
/// nested inside them (kept as content) or on their own (British style); a double quote still open at
/// the end of a paragraph continues when the next paragraph opens with a quote mark (the newspaper
/// convention for quotes that run over paragraphs), and is otherwise dropped (never swallowing the
/// rest of the article).
/// </summary>
internal static class QuoteMarkPairer
{
    public static List<QuotePair> Pair(ReadOnlySpan<Token> tokens, ReadOnlySpan<Paragraph> paragraphs)
    {
        var pairs = new List<QuotePair>();
        int pendingChain = -1; // chain of a quote left open at the end of the previous paragraph
        for (int p = 0; p < paragraphs.Length; p++)
        {
            int from = paragraphs[p].FirstTokenIndex, to = paragraphs[p].TokenEnd;
            int openDouble = -1, openSingle = -1;
            int chainForFirst = pendingChain;
            pendingChain = -1;
            for (int i = from; i < to; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.QuoteMark) continue;
                var role = RoleOf(tokens, i, from, to);
                if (token.Has(TokenFlags.DoubleQuote))
                {
                    if (openDouble < 0)
                    {
                        if (role == QuoteRole.Close || InsideWord(tokens, i, from, to)) continue; // a stray closing mark or a mark inside a word
                        openDouble = i;
                        openSingle = -1;
                    }
                    else if (role == QuoteRole.Open && i > openDouble + 1
                             && (token.Has(TokenFlags.SpaceBefore) || !(tokens[i - 1].Has(TokenFlags.Terminal) || tokens[i - 1].Kind == TokenKind.Punctuation)))
                    {
                        openDouble = i; // the previous opening mark never closed: start again here
                    }
                    else if (i == openDouble + 1)
                    {
                        openDouble = -1; // "" : empty
                    }
                    else
                    {
                        int chain = chainForFirst >= 0 && openDouble == from ? chainForFirst : pairs.Count;
                        pairs.Add(new QuotePair(openDouble, i, true, p, chain, false));
                        chainForFirst = -1;
                        openDouble = -1;
                    }
                }
                else if (openDouble < 0)
                {
                    // Single marks on their own: only a clear opening mark and a later non-opening one.
                    if (role == QuoteRole.Open) openSingle = i;
                    else if (openSingle >= 0)
                    {
                        if (i > openSingle + 2) pairs.Add(new QuotePair(openSingle, i, true, p, pairs.Count, true));
                        openSingle = -1;
                    }
                }
            }

            if (openDouble >= 0 && openDouble + 1 < to && p + 1 < paragraphs.Length)
            {
                var next = tokens[paragraphs[p + 1].FirstTokenIndex];
                if (next.Kind == TokenKind.QuoteMark && next.Has(TokenFlags.DoubleQuote) && next.QuoteRole != QuoteRole.Close)
                {
                    int chain = chainForFirst >= 0 && openDouble == from ? chainForFirst : pairs.Count;
                    pairs.Add(new QuotePair(openDouble, to, false, p, chain, false));
                    pendingChain = chain;
                }
            }
        }
        return pairs;
    }

    // Doubled apostrophes open as well as close in NYT-style text (''Like this,'' he said): read them from their context.
    private static QuoteRole RoleOf(ReadOnlySpan<Token> tokens, int i, int from, int to)
    {
        var token = tokens[i];
        if (!(token.Length == 2 && token.Has(TokenFlags.DoubleQuote) && token.QuoteRole == QuoteRole.Close)) return token.QuoteRole;
        bool spaceBefore = i == from || token.Has(TokenFlags.SpaceBefore) || tokens[i - 1].Has(TokenFlags.OpenBracket)
                           || tokens[i - 1].Has(TokenFlags.Dash) || tokens[i - 1].Kind == TokenKind.QuoteMark && tokens[i - 1].End == token.Start && i - 1 == from;
        bool gluedAfter = i + 1 < to && !tokens[i + 1].Has(TokenFlags.SpaceBefore) && tokens[i + 1].Kind != TokenKind.Punctuation;
        return spaceBefore && gluedAfter ? QuoteRole.Open : QuoteRole.Close;
    }

    // A straight mark with letters on both sides ("don"t") is not a quote mark.
    private static bool InsideWord(ReadOnlySpan<Token> tokens, int i, int from, int to)
    {
        var token = tokens[i];
        if (token.QuoteRole != QuoteRole.Ambiguous || i == from || i + 1 >= to) return false;
        return !token.Has(TokenFlags.SpaceBefore) && tokens[i - 1].End == token.Start && !tokens[i + 1].Has(TokenFlags.SpaceBefore)
               && tokens[i + 1].Kind is TokenKind.Word or TokenKind.Number && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number;
    }
}
