using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsNlp.Quotes;

/// <summary>
/// Finds the quotes of one document: pairs quote marks, attributes direct quotes to a cue and a
/// speaker phrase, finds reported (indirect and mixed) speech around cue verbs, then resolves the
/// speaker phrases to entity names. One instance per document; every step walks tokens linearly.
/// </summary>
internal sealed partial class QuoteFinder
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly Paragraph[] _paragraphs;
    private readonly QuotesOptions _options;
    private readonly List<QuotePair> _pairs;
    private readonly int[] _pairOf; // token index → index of the pair whose marks or content hold it, or -1
    private readonly PairRole[] _roles;
    private readonly List<Found> _found = [];
    private readonly HashSet<int> _usedCues = [];
    private readonly Dictionary<int, int> _directByCue = [];
    private readonly List<int> _later = []; // per sentence: belief and stance cues tried after the verbs of saying // cue token → index in _found of the direct quote it introduces

    /// <summary>How far back a subject or a reported clause before its cue may reach, in tokens (keeps every step linear).</summary>
    private const int MaxLookBack = 80;

    /// <summary>The longest reported clause, in tokens.</summary>
    private const int MaxReportedTokens = 200;

    private enum PairRole : byte { Fragment, Speech, Attributed, Consumed }

    /// <summary>One quote before its speaker is resolved. Token ranges are half-open; -1 when absent.</summary>
    private struct Found
    {
        public int ContentStart, ContentEnd; // token range of the content
        public QuoteKind Kind;
        public int CueStart, CueEnd;         // token range of the cue
        public int SpeakerStart, SpeakerEnd; // token range of the speaker phrase
        public int Pair;                     // the pair of a direct quote, or -1
        public bool ContinuesPrevious;       // a quote without cue or speaker: takes the previous quote's speaker name
    }

    private QuoteFinder(NewsStageContext context, QuotesOptions options, int[] pairOf)
    {
        _text = context.Text;
        _tokens = ImmutableCollectionsMarshal.AsArray(context.Tokens) ?? [];
        _sentences = ImmutableCollectionsMarshal.AsArray(context.Sentences) ?? [];
        _paragraphs = ImmutableCollectionsMarshal.AsArray(context.Paragraphs) ?? [];
        _options = options;
        _pairOf = pairOf;
        _pairs = QuoteMarkPairer.Pair(_tokens, _paragraphs);
        _roles = new PairRole[_pairs.Count];
    }

    /// <summary>Finds the quotes of the document in <paramref name="context"/>, ordered by start.</summary>
    public static ImmutableArray<Quote> Find(NewsStageContext context, QuotesOptions options)
    {
        int n = context.Tokens.Length;
        if (n == 0) return [];
        var pairOf = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var finder = new QuoteFinder(context, options, pairOf);
            return finder.Run(context);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pairOf);
        }
    }

    private ImmutableArray<Quote> Run(NewsStageContext context)
    {
        Array.Fill(_pairOf, -1, 0, _tokens.Length);
        for (int k = 0; k < _pairs.Count; k++)
        {
            var pair = _pairs[k];
            int end = pair.Closed ? pair.ContentEnd + 1 : pair.ContentEnd;
            for (int i = pair.Open; i < end; i++) _pairOf[i] = k;
        }

        for (int k = 0; k < _pairs.Count; k++) _roles[k] = IsSpeechPosition(k) ? PairRole.Speech : PairRole.Fragment;
        for (int k = 0; k < _pairs.Count; k++)
        {
            if (_roles[k] == PairRole.Speech) AttributeDirect(k);
        }
        context.CancellationToken.ThrowIfCancellationRequested();
        var entities = context.Entities.IsDefaultOrEmpty ? LightNames.Find(_text, _tokens) : Ordered(context.Entities, _text.Length);
        _entities = entities;
        if (_options.IncludeReported) FindReported();
        AddUnattributedSpeech();

        _found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        return Build(entities);
    }

    // Entities as the lookups need them: ordered by start, inside the text (the contract promises both; a custom stage may not).
    private static ImmutableArray<Entity> Ordered(ImmutableArray<Entity> entities, int textLength)
    {
        bool ok = true;
        for (int i = 0; i < entities.Length && ok; i++)
        {
            var span = entities[i].Span;
            ok = span.Start >= 0 && span.Length >= 0 && span.End <= textLength && (i == 0 || entities[i - 1].Span.Start <= span.Start);
        }
        if (ok) return entities;
        return [.. entities.Where(e => e.Span.Start >= 0 && e.Span.Length >= 0 && e.Span.End <= textLength).OrderBy(e => e.Span.Start)];
    }

    // ------------------------------------------------------------------ token helpers

    private ReadOnlySpan<char> W(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i) => _tokens[i].Kind == TokenKind.Word;

    private bool Is(int i, string s) => i >= 0 && i < _tokens.Length && W(i).Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool IsTerminal(int i) => _tokens[i].Has(TokenFlags.Terminal);

    private bool IsCapitalized(int i) => _tokens[i].Has(TokenFlags.Capitalized);

    private bool InPair(int i) => _pairOf[i] >= 0;

    private int SentenceOf(int token)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_sentences[mid].FirstTokenIndex <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private int ParagraphOf(int token) => _sentences[SentenceOf(token)].ParagraphIndex;

    /// <summary>Index of the token that starts at or covers char <paramref name="pos"/> (the first token starting at or after it).</summary>
    internal int TokenAtOrAfter(int pos)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_tokens[mid].End <= pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The cue starting at token <paramref name="i"/>: its flags and its end (exclusive token index).</summary>
    private CueFlags CueAt(int i, int limit, out int end)
    {
        end = i + 1;
        if (!IsWord(i)) return CueFlags.None;
        var w = W(i);
        if (i + 1 < limit && IsWord(i + 1))
        {
            var next = W(i + 1);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                end = i + 2;
                return CueFlags.Speech | CueFlags.Participle;
            }
            if (w is "went" or "goes" && next is "on" && (i + 2 >= limit || !IsWord(i + 2) || Is(i + 2, "that")))
            {
                end = i + 2;
                return CueFlags.Speech;
            }
            if (w is "shot" or "fired" or "hit" or "snapped" or "wrote" or "pushed" && next is "back")
            {
                end = i + 2;
                return CueFlags.Speech;
            }
            if (w is "called" or "calls" or "calling" or "call" && next is "for" or "on"
                && !(i > 0 && IsWord(i - 1) && (QuoteWords.IsDeterminer(W(i - 1)) || IsBe(W(i - 1)) && w is not "calling")))
            {
                end = i + 2;
                return CueFlags.Speech | CueFlags.PhraseContent | (w is "calling" && !IsProgressive(i) ? CueFlags.Participle : CueFlags.None)
                       | (w is "call" ? CueFlags.NounLike : CueFlags.None);
            }
            if (w is "pointed" or "points" or "point" && next is "out")
            {
                end = i + 2;
                return CueFlags.Speech;
            }
            if (w is "pointed" or "points" or "pointing" && next is "to")
            {
                // "pointed to the polls": a stance whose content is what is pointed to.
                end = i + 2;
                return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent | (w is "pointing" ? CueFlags.Participle : CueFlags.None);
            }
            if (w is "put" or "puts" && next is "it" && (i + 2 >= limit || !IsWord(i + 2) || QuoteWords.IsPreposition(W(i + 2)) && AsBefore(i)))
            {
                // "As Rosenthal put it, "…"" · "as The New Yorker put it in a lengthy exposé, "…"".
                end = i + 2;
                return CueFlags.Speech;
            }
            if (w is "laid" or "lays" or "lashed" or "lashes" or "spoke" or "speaks" or "spoken" or "singled" && next is "out")
            {
                // "laid out her proposals", "spoke out against the plan": a stance whose content follows.
                end = i + 2;
                return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent;
            }
            if (w is "spoke" or "speaks" or "speak" or "spoken" or "speaking" && !IsCapitalized(i))
            {
                // "spoke about the economy", "spoke passionately of her father": a stance whose content is the topic.
                int about = next is "about" or "of" ? i + 1
                    : next.Length > 4 && next.EndsWith("ly", StringComparison.Ordinal) && i + 2 < limit && W(i + 2) is "about" or "of" ? i + 2 : -1;
                if (about < 0 && next is "to" or "with")
                {
                    // "spoke to CNN about …", "spoke with reporters about …": a short audience, then the topic.
                    for (int j = i + 2; j < Math.Min(limit - 1, i + 7) && IsWord(j); j++)
                    {
                        if (W(j) is "about") { about = j; break; }
                        if (!(IsCapitalized(j) || W(j) is "reporters" or "the" or "a" or "an")) break;
                    }
                }
                if (about > 0 && about + 1 < limit && IsWord(about + 1))
                {
                    end = about + 1;
                    return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent
                           | (w is "speaking" && !IsProgressive(i) ? CueFlags.Participle : CueFlags.None);
                }
            }
            if (_options.IncludeStances && i > 0 && IsPossessiveNounCue(w, next) && i + 2 < limit && (IsWord(i + 2) || _tokens[i + 2].Kind == TokenKind.QuoteMark)
                && (IsPossessive(i - 1) || i > 1 && IsPossessive(i - 2) && IsWord(i - 1) && !IsCapitalized(i - 1) && !QuoteWords.IsBoundary(W(i - 1))
                    && !QuoteWords.IsPreposition(W(i - 1)) && SpeechCues.Lookup(W(i - 1)) == CueFlags.None)) // "Trump's repeated attacks on"
            {
                // "Trump's attacks on the press", "his claim that …": the possessor is the source.
                end = i + 2;
                return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent | CueFlags.Possessive;
            }
            if (IsStanceAdjective(i) && (next is "of" or "about" or "that" && !(w is "eager") || next is "to" && w is "eager")
                && i + 2 < limit && IsWord(i + 2) && i > 1 && (IsBe(W(i - 1)) || IsMannerAdverb(i - 1) && IsBe(W(i - 2))))
            {
                // "has been critical of …", "is skeptical that …", "was eager to …": a stance of the subject of "be".
                end = i + 2;
                return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent;
            }
            if (w is "made" or "makes" or "make" or "making" or "took" or "take" or "takes" or "taking" or "raised" or "raises" or "raise" or "raising" && !IsCapitalized(i)
                && LightVerbCueEnd(i + 1, limit) is var lv && lv > 0)
            {
                // "made the case that …", "made no mention of …", "took issue with …", "took aim at …": a stance phrase.
                end = lv;
                return CueFlags.Cognition | CueFlags.Stance | CueFlags.PhraseContent
                       | (w.EndsWith("ing", StringComparison.Ordinal) && !IsProgressive(i) ? CueFlags.Participle : CueFlags.None);
            }
            if (w is "made" or "makes" or "make" && next is "it" && i + 2 < limit && Is(i + 2, "clear"))
            {
                end = i + 3;
                return CueFlags.Speech;
            }
        }
        var flags = SpeechCues.Lookup(w);
        if (flags == CueFlags.None) return flags;
        // "pledged delegates" (an adjective), "found himself in …", "found a way to …": no attribution.
        if (i + 1 < limit && (w is "pledged" && W(i + 1) is "delegates" or "delegate"
                              || w is "found" or "finds" or "find" && (W(i + 1) is "himself" or "herself" or "itself" or "themselves" or "myself" or "ourselves" or "ways"
                                                                       || W(i + 1) is "a" && i + 2 < limit && W(i + 2) is "way")))
            return CueFlags.None;
        if ((flags & CueFlags.Stance) != 0 && i + 1 < limit && W(i + 1) is "off" or "up" or "back" or "in" or "out" or "down") return CueFlags.None; // "called off the deal"
        if (!_tokens[i].Has(TokenFlags.SpaceBefore) && i > 0 && _tokens[i - 1].Has(TokenFlags.Dash)) return CueFlags.None; // "so-called"
        // "Trump is demanding …", "she isn't saying": a progressive is the finite verb, not a passive or a participle.
        if (IsProgressive(i)) return flags & ~CueFlags.Participle;
        // "did not respond", "didn't say": a negated cue is still a cue.
        // A passive with an adverb or "not" between: "is widely expected", "wasn't told", "was sharply criticized".
        if (i > 1 && IsWord(i - 1) && (IsNegation(W(i - 1)) || IsMannerAdverb(i - 1)) && IsWord(i - 2) && IsBe(W(i - 2)) && !W(i).EndsWith("ing", StringComparison.Ordinal))
            return CueFlags.None;
        if (i > 0 && _tokens[i - 1].Has(TokenFlags.Clitic) && IsNegation(W(i - 1))) return flags;
        // "he's said", "they've suggested", "she'd argued": a contracted auxiliary, not a possessive ("Clinton's claim").
        // But "who's viewed as …", "she's backed by …" are passives ("is").
        if (i > 0 && IsAuxClitic(i - 1) && !W(i).EndsWith("ing", StringComparison.Ordinal))
            return i + 1 < limit && W(i + 1) is "as" or "by" ? CueFlags.None : flags;
        if (i > 0 && IsWord(i - 1) && (QuoteWords.IsDeterminer(W(i - 1)) && !QuoteWords.IsQuantifier(W(i - 1)) && !(W(i - 1) is "two" or "three" or "four")
                                                 && !(W(i - 1) is "her" && (flags & CueFlags.NounLike) == 0) || IsBe(W(i - 1)) || _tokens[i - 1].Has(TokenFlags.Clitic)))
            return CueFlags.None; // "the claims", "was told", "Clinton's claim"
        if (IsCapitalized(i) && i > 0 && !IsSentenceStart(i) && !_tokens[i].Has(TokenFlags.AllCaps) && !IsTitleCaseCue(i)) return CueFlags.None; // a name ("Bill Said")
        return flags;
    }

    private bool IsPossessive(int i) => W(i) is "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its"
        || _tokens[i].Has(TokenFlags.Clitic) && W(i).Length == 2 && (W(i)[1] | 0x20) == 's';

    // Nouns of stance with their preposition that PolNeAR train annotates as a cue at least half of the time after a possessive.
    private static bool IsPossessiveNounCue(ReadOnlySpan<char> w, ReadOnlySpan<char> next) =>
        w is "attacks" or "attack" && next is "on" or "against" || w is "claim" or "suggestion" or "insistence" or "assertion" or "concern" && next is "that"
        || w is "criticism" or "endorsement" or "embrace" or "condemnation" or "denunciation" && next is "of" || w is "calls" or "call" && next is "for" or "to"
        || w is "promise" or "pledge" or "vow" && next is "to";

    // Adjectives of stance after "be" ("critical of", "skeptical that", "eager to"), mostly attributions on PolNeAR train.
    private bool IsStanceAdjective(int i) => W(i) is "critical" or "skeptical" or "sceptical" or "supportive" or "wary" or "eager" or "adamant"
        or "hopeful" or "optimistic" or "concerned";

    // After "made"/"took": up to three modifiers, a noun of saying or stance and its preposition ("the case for", "no mention of",
    // "issue with", "aim at", "clear that"); where the cue ends, or -1.
    private int LightVerbCueEnd(int from, int limit)
    {
        for (int j = from; j < Math.Min(limit - 1, from + 4); j++)
        {
            if (!IsWord(j) || IsCapitalized(j)) return -1;
            var w = W(j);
            if (w is "case" or "point" or "argument" or "mention" or "comments" or "statements" or "issue" or "aim" or "shots" or "shot"
                or "swipes" or "jabs" or "observation" or "clear" or "secret" or "accusations" or "allegations" or "plea" or "questions" or "concerns" or "doubts"
                or "call")
            {
                if (w is "clear" && j != from) return -1;
                if (w is "call" && !(j + 1 < limit && W(j + 1) is "for")) return -1; // "made an impassioned call for", not "made a call to"
                int e = j + 1;
                if (IsWord(e) && W(e) is "that" or "for" or "about" or "on" or "against" or "of" or "at" or "with" or "over") e++;
                else if (!(w is "clear" or "case" or "point")) return -1; // "took issue with", but "made the case" alone
                return e < limit && (IsWord(e) || _tokens[e].Kind is TokenKind.Number or TokenKind.QuoteMark) ? e : -1;
            }
            if (!(QuoteWords.IsDeterminer(w) || w is "several" or "repeated" or "multiple" or "new" or "strong" or "similar" or "same" or "public"
                  or "favorable" or "controversial" or "impassioned" or "political" or "conservative" or "liberal" or "personal"
                  || w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal))) return -1;
        }
        return -1;
    }

    private int _titleCaseSentence = -1;
    private bool _titleCaseResult;

    // A cue inside a title-case headline ("Ruiz Says She Will Run Again"): a name before it and a capitalised word after it,
    // and nearly every longer word of the sentence capitalised (so "Bill Said" inside running text stays a name).
    private bool IsTitleCaseCue(int i)
    {
        if (i < 1 || i + 1 >= _tokens.Length || !IsCapitalized(i - 1) || !IsWord(i - 1)
            || !(IsCapitalized(i + 1) || _tokens[i + 1].Kind == TokenKind.QuoteMark)) return false;
        int sentence = SentenceOf(i);
        if (sentence != _titleCaseSentence)
        {
            _titleCaseSentence = sentence;
            var s = _sentences[sentence];
            int words = 0, capitalized = 0;
            for (int k = s.FirstTokenIndex; k < Math.Min(s.TokenEnd, s.FirstTokenIndex + 40); k++)
            {
                if (!IsWord(k) || _tokens[k].Length < 4) continue; // "of", "the", "to", "in" stay lower case in titles
                words++;
                if (IsCapitalized(k)) capitalized++;
            }
            _titleCaseResult = words >= 4 && capitalized * 10 >= words * 9;
        }
        return _titleCaseResult;
    }

    // "as" a few words before token i in its sentence ("as The New Yorker put it").
    private bool AsBefore(int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 10) && !IsTerminal(k); k--)
        {
            if (Is(k, "as")) return true;
        }
        return false;
    }

    // An -ing cue after a form of "be", with adverbs and "not" between: "is also encouraging", "isn't saying".
    private bool IsProgressive(int i)
    {
        if (!W(i).EndsWith("ing", StringComparison.Ordinal)) return false;
        for (int k = i - 1; k >= Math.Max(0, i - 4) && IsWord(k); k--)
        {
            var w = W(k);
            if (IsBe(w) && !(w is "being") || w.Equals("is", StringComparison.OrdinalIgnoreCase)) return true;
            if (!(QuoteWords.IsPreCueAdverb(w) || IsNegation(w) || w is "once" or "again" or "still" || IsMannerAdverb(k))) return false; // "they're mostly proposing"
        }
        return false;
    }

    // A contracted has/have/had/will after a subject ("he's said", "they've suggested", "she'd argued", "we'll ask"), not a
    // possessive ("Clinton's claim") and not "'re"/"'m" (before a past form a passive: "they're told").
    private bool IsAuxClitic(int c)
    {
        if (c < 1 || !_tokens[c].Has(TokenFlags.Clitic) || _tokens[c].Length < 2) return false;
        var s = W(c)[1..];
        if (s.Equals("ve", StringComparison.OrdinalIgnoreCase) || s.Equals("d", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ll", StringComparison.OrdinalIgnoreCase)) return true;
        return s.Equals("s", StringComparison.OrdinalIgnoreCase) && IsWord(c - 1) && W(c - 1) is "he" or "He" or "she" or "She" or "who";
    }

    internal static bool IsNegation(ReadOnlySpan<char> w) => w is "not" or "n't" or "n’t" or "never";

    private static bool IsBe(ReadOnlySpan<char> w) => w is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "am" or "'s" or "'re" or "’s" or "’re" or "'m" or "’m";

    private bool IsSentenceStart(int i) => _sentences[SentenceOf(i)].FirstTokenIndex == i;

    /// <summary>The bounds of the sentence holding <paramref name="i"/> (token range).</summary>
    private (int Start, int End) SentenceBounds(int i)
    {
        var s = _sentences[SentenceOf(i)];
        return (s.FirstTokenIndex, s.TokenEnd);
    }

    private (int Start, int End) ParagraphBounds(int i)
    {
        var p = _paragraphs[ParagraphOf(i)];
        return (p.FirstTokenIndex, p.TokenEnd);
    }

    private int WordCount(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number) n++;
        }
        return n;
    }
}
