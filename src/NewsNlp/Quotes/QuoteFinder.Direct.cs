namespace NewsNlp.Quotes;

// Direct quotes: which quoted spans are speech, and the cue and speaker phrase around them.
internal sealed partial class QuoteFinder
{
    private const int MaxCueDistance = 24;

    /// <summary>
    /// Whether the pair opens where speech opens: a paragraph or sentence start, after a colon,
    /// comma or dash, after a cue ("said "…"") or "that" after a cue. A quoted phrase inside a
    /// clause ("a "lasting peace" with") is a fragment: scare quotes, titles, or part of reported speech.
    /// </summary>
    private bool IsSpeechPosition(int k)
    {
        var pair = _pairs[k];
        int o = pair.Open;
        int words = WordCount(pair.ContentStart, pair.ContentEnd);
        if (words == 0) return false;
        int paragraphStart = _paragraphs[pair.Paragraph].FirstTokenIndex;
        // "(CROSSTALK.)", "(Laughter)": a stage direction in brackets, not speech.
        if (_tokens[pair.ContentStart].Has(TokenFlags.OpenBracket) && pair.ContentEnd - 1 > pair.ContentStart
            && (_tokens[pair.ContentEnd - 1].Has(TokenFlags.CloseBracket) || IsTerminal(pair.ContentEnd - 1) && _tokens[pair.ContentEnd - 2].Has(TokenFlags.CloseBracket)))
            return false;
        bool endsLikeSpeech = EndsLikeSpeech(pair);
        // said "budget reforms" and the collection of taxes would …: the clause goes on past the closing mark, so the
        // quoted words are part of a reported clause (mixed), not a quote of their own.
        if (!endsLikeSpeech && ClauseContinuesAfter(pair)) return false;
        if (o == paragraphStart) return words >= 2 || endsLikeSpeech;
        int prev = o - 1;
        var t = _tokens[prev];
        if (t.Kind == TokenKind.QuoteMark || t.Has(TokenFlags.Terminal) || t.Has(TokenFlags.CloseBracket))
            return words >= 2 || endsLikeSpeech;
        if (IsTitleLike(pair)) return false;
        var w = W(prev);
        if (w is ":" or ";") return true;
        if (w is "," || t.Has(TokenFlags.Dash)) return words >= 3 || endsLikeSpeech;
        if (IsWord(prev))
        {
            if (CueAt(prev, pair.Open, out _) != CueFlags.None) return true;
            if (prev > 0 && (w is "on" or "out") && CueAt(prev - 1, pair.Open, out int e) != CueFlags.None && e == o) return true;
            if (w.Equals("that", StringComparison.OrdinalIgnoreCase) && endsLikeSpeech && words >= 3)
            {
                // "told one of his aides on a regular basis that "…"": the cue may be a dozen words back.
                for (int j = prev - 1; j >= Math.Max(0, prev - 14); j--)
                {
                    if (IsWord(j) && (SpeechCues.Lookup(W(j)) & CueFlags.Speech) != 0) return true;
                    if (_tokens[j].Kind == TokenKind.QuoteMark || IsTerminal(j)) break;
                }
            }
        }
        return false;
    }

    // A lower-case word right after the closing mark that carries the clause on (not "he said", not a cue).
    private bool ClauseContinuesAfter(QuotePair pair)
    {
        if (!pair.Closed) return false;
        int j = pair.ContentEnd + 1;
        if (j >= _tokens.Length || !IsWord(j) || IsCapitalized(j) || _pairOf[j] >= 0) return false;
        if (SpeechCues.Lookup(W(j)) != CueFlags.None || QuoteWords.IsPreCueAdverb(W(j))) return false;
        if (QuoteWords.IsPronoun(W(j)) || QuoteWords.IsDeterminer(W(j)) && !(W(j) is "no")) return false; // "Q" he said · "Q" the mayor said
        return true;
    }

    // A short run of capitalised words ("An American Son," "Fox and Friends") names a work, not speech.
    private bool IsTitleLike(QuotePair pair)
    {
        int words = 0;
        for (int i = pair.ContentStart; i < pair.ContentEnd; i++)
        {
            if (_tokens[i].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            words++;
            if (!IsCapitalized(i) && _tokens[i].Kind == TokenKind.Word && !(W(i) is "and" or "of" or "the" or "a" or "an" or "in" or "on" or "for" or "to" or "with"))
                return false;
        }
        return words is > 0 and <= 5 && !(words == 1 && pair.ContentEnd - pair.ContentStart > 1 && IsTerminal(pair.ContentEnd - 1) && W(pair.ContentStart) is not "I");
    }

    // Content ending with its own punctuation: "…," "…." "…?" "…!"
    private bool EndsLikeSpeech(QuotePair pair)
    {
        if (!pair.Closed) return true;
        int last = pair.ContentEnd - 1;
        if (last < pair.ContentStart) return false;
        var t = _tokens[last];
        if (t.Kind == TokenKind.QuoteMark && last > pair.ContentStart) t = _tokens[--last]; // ,'" nested
        return t.Has(TokenFlags.Terminal) || W(last) is "," or "—" or "--" or "-";
    }

    private void AttributeDirect(int k)
    {
        var pair = _pairs[k];
        var (paraStart, paraEnd) = ParagraphBounds(pair.Open);

        // A transcript: "PENCE: Well, look, …" — the speaker's label in capitals and a colon open the quote.
        if (pair.Open == paraStart)
        {
            int c = pair.ContentStart;
            while (c < pair.ContentEnd && c < pair.ContentStart + 3 && IsWord(c) && _tokens[c].Has(TokenFlags.AllCaps) && W(c).Length > 1) c++;
            if (c > pair.ContentStart && c + 1 < pair.ContentEnd && W(c) is ":")
            {
                AddDirect(k, c, c + 1, pair.ContentStart, c, c + 1);
                return;
            }
        }

        // After the closing mark: "Q," X said · "Q," said X · "Q," X, who …, told reporters.
        if (pair.Closed && pair.ContentEnd + 1 < paraEnd)
        {
            int j = pair.ContentEnd + 1;
            if (_tokens[j].Kind == TokenKind.QuoteMark && !InPair(j) && j + 1 < paraEnd) j++; // ,''' : a nested mark left over
            bool nextSentence = W(pair.ContentEnd - 1) is "." && IsCapitalized(j) && IsSentenceStart(j); // "…true." He said Clinton …
            if (W(j) is "," or "—" or "--") j++;
            if (!nextSentence && TryCueAfterQuote(j, Math.Min(paraEnd, j + MaxCueDistance), out var cueStart, out var cueEnd, out var spStart, out var spEnd))
            {
                AddDirect(k, cueStart, cueEnd, spStart, spEnd);
                return;
            }
        }

        // A dash and a name, no verb: "Q" ― Donald Trump.
        if (pair.Closed && pair.ContentEnd + 1 < paraEnd)
        {
            int dash = pair.ContentEnd + 1;
            if (_tokens[dash].Has(TokenFlags.Dash) && (W(dash) is not "-" || _tokens[dash].Has(TokenFlags.SpaceBefore)))
            {
                var (s, e) = PhraseAfter(dash + 1, paraEnd);
                if (s >= 0 && IsCapitalized(e - 1) && (e >= paraEnd || IsTerminal(e) || W(e) is "," or "(" || _tokens[e].Has(TokenFlags.OpenBracket)))
                {
                    AddDirect(k, dash, dash + 1, s, e);
                    return;
                }
            }
        }

        // Before the opening mark: X said: "Q" · X said, "Q" · X said (that) "Q" · according to X, "Q".
        if (pair.Open > paraStart && TryCueBeforeQuote(pair.Open, paraStart, out var cs, out var ce, out var ss, out var se))
        {
            AddDirect(k, cs, ce, ss, se);
            return;
        }

        // A name and a colon, no verb: Republican pollster Daron Shaw: "…".
        int colon = pair.Open - 1;
        if (colon > paraStart && W(colon) is ":" && IsCapitalized(colon - 1) && IsWord(colon - 1))
        {
            var (sentStart, _) = SentenceBounds(colon);
            int s0 = colon - 1;
            while (s0 > Math.Max(sentStart, colon - 6) && IsWord(s0 - 1) && IsCapitalized(s0 - 1)) s0--;
            if (!QuoteWords.IsBoundary(W(s0)) && !QuoteWords.IsCalendarWord(W(s0))) AddDirect(k, colon, colon + 1, s0, colon);
        }
    }

    private void AddDirect(int k, int cueStart, int cueEnd, int spStart, int spEnd, int contentStart = -1)
    {
        var pair = _pairs[k];
        _roles[k] = PairRole.Attributed;
        if (cueStart >= 0)
        {
            _usedCues.Add(cueStart);
            _directByCue.TryAdd(cueStart, _found.Count);
        }
        _found.Add(new Found
        {
            ContentStart = contentStart >= 0 ? contentStart : pair.ContentStart, ContentEnd = pair.ContentEnd, Kind = QuoteKind.Direct,
            CueStart = cueStart, CueEnd = cueEnd, SpeakerStart = spStart, SpeakerEnd = spEnd, Pair = k,
        });
    }

    private bool TryCueAfterQuote(int j, int limit, out int cueStart, out int cueEnd, out int spStart, out int spEnd)
    {
        cueStart = cueEnd = spStart = spEnd = -1;
        if (j >= limit) return false;
        // Cue first: "said X".
        var flags = CueAt(j, limit, out int end);
        if ((flags & CueFlags.Speech) != 0)
        {
            var (s, e) = PhraseAfter(end, limit);
            if (s < 0) return false;
            // "…," said the party could win: a clause goes on, so this "said" has its own content, not this quote.
            if (e < limit && IsWord(e) && W(e) is "could" or "would" or "will" or "can" or "may" or "might" or "must" or "should"
                    or "is" or "was" or "were" or "are" or "has" or "have" or "had" or "did" or "does")
                return false;
            (cueStart, cueEnd, spStart, spEnd) = (j, end, s, e);
            return true;
        }
        // Speaker first: "X said", "X, the spokesman, said", "he told reporters".
        for (int i = j + 1; i < limit; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.QuoteMark || W(i) is ":" or ";") return false;
            if (t.Has(TokenFlags.Terminal) && !(i + 1 < limit && W(i + 1) is ",")) return false; // "Allentown, Pa., said" goes on
            flags = CueAt(i, limit, out end);
            if ((flags & CueFlags.Speech) == 0) continue;
            var (s, e) = SubjectBefore(i, j);
            if (s < 0) return false;
            if (s != j)
            {
                // "…," veteran analyst Charlie Cook wrote: lower-case words before the name belong to the phrase.
                for (int m = j; m < s; m++)
                {
                    if (!IsWord(m) || QuoteWords.IsBoundary(W(m)) || QuoteWords.IsPreposition(W(m))) return false;
                }
                s = j;
            }
            (cueStart, cueEnd, spStart, spEnd) = (i, end, s, e);
            return true;
        }
        return false;
    }

    private bool TryCueBeforeQuote(int open, int paraStart, out int cueStart, out int cueEnd, out int spStart, out int spEnd)
    {
        cueStart = cueEnd = spStart = spEnd = -1;
        int prev = open - 1;
        int lower = Math.Max(paraStart, open - 14);
        bool lead = W(prev) is ":" or "," or "—" or "--" || Is(prev, "that");
        int i = lead ? prev - 1 : prev;
        if (lead && Is(i, "that")) i--; // said that: "…"
        for (; i >= lower; i--)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.QuoteMark || t.Has(TokenFlags.Terminal)) return false;
            int start = i;
            if (i > lower && (W(i) is "on" or "out" or "to") && IsWord(i - 1)) start = i - 1; // "went on", "according to"
            var flags = CueAt(start, open, out int end);
            if ((flags & CueFlags.Speech) == 0 && start != i) { start = i; flags = CueAt(i, open, out end); }
            if ((flags & CueFlags.Speech) == 0) continue;
            if (!lead && end != open) return false; // "said "…"" with nothing between, or a lead-in mark
            int runEnd = Is(prev, "that") ? prev : Is(prev - 1, "that") ? prev - 1 : prev; // "tweeted that, "…""
            if (lead && end < runEnd && !IsAdverbialRun(end, runEnd, flags))
            {
                // Said X, who grew up with him, "…": an inverted cue that starts the sentence.
                if (start == SentenceBounds(start).Start && PhraseAfter(end, prev) is { Start: >= 0 } inverted)
                {
                    (cueStart, cueEnd, spStart, spEnd) = (start, end, inverted.Start, inverted.End);
                    return true;
                }
                return false; // "can add a new title to his resume:"
            }
            if (_usedCues.Contains(start))
            {
                // "Q1," he said, "Q2.": the second part shares the first part's cue and speaker.
                if (!_directByCue.TryGetValue(start, out int fi)) return false;
                var f = _found[fi];
                (cueStart, cueEnd, spStart, spEnd) = (f.CueStart, f.CueEnd, f.SpeakerStart, f.SpeakerEnd);
                return true;
            }
            (cueStart, cueEnd) = (start, end);
            (spStart, spEnd) = SpeakerOfCue(start, end, open, flags);
            return true;
        }
        return false;
    }

    /// <summary>The speaker phrase of a cue that precedes its content.</summary>
    private (int Start, int End) SpeakerOfCue(int cueStart, int cueEnd, int limit, CueFlags flags)
    {
        var (sentStart, _) = SentenceBounds(cueStart);
        int lower = LowerBound(cueStart, sentStart);
        if (Is(cueStart, "according")) return PhraseAfter(cueEnd, limit);
        if ((flags & CueFlags.Participle) != 0 && cueStart - 2 > lower && W(cueStart - 1) is ",")
        {
            // "Q, Nefzi said Tuesday, adding, "…"": the speaker of the verb of saying before the comma.
            for (int c = cueStart - 2; c > lower && c >= cueStart - 8 && IsWord(c); c--)
            {
                var cf = SpeechCues.Lookup(W(c));
                if ((cf & CueFlags.Speech) == 0 || (cf & (CueFlags.Participle | CueFlags.NounLike)) != 0 || IsCapitalized(c)) continue;
                var subject = SubjectBefore(c, lower);
                if (subject.Start < 0 && c + 1 < cueStart - 1) subject = PhraseAfter(c + 1, cueStart - 1);
                if (subject.Start >= 0) return subject;
                break;
            }
        }
        if ((flags & CueFlags.Participle) != 0 || Is(cueStart - 1, "to") || Is(cueStart - 1, "and") || Is(cueStart - 1, "but"))
        {
            var subject = SentenceSubject(lower, cueStart);
            if (subject.Start >= 0) return subject;
            // "Ms. Sherry smiled and said": the subject of the verb before "and".
            if ((Is(cueStart - 1, "and") || Is(cueStart - 1, "but")) && cueStart - 2 > lower && IsWord(cueStart - 2) && !IsCapitalized(cueStart - 2))
            {
                subject = SubjectBefore(cueStart - 2, lower);
                if (subject.Start >= 0) return subject;
            }
        }
        var before = SubjectBefore(cueStart, lower);
        if (before.Start < 0 && cueStart == lower) return PhraseAfter(cueEnd, limit); // Continued Stone: "…"
        return before;
    }

    /// <summary>The first token after the last quote pair that closes before <paramref name="i"/> in its sentence.</summary>
    private int LowerBound(int i, int sentStart)
    {
        int floor = Math.Max(sentStart, i - MaxLookBack);
        for (int j = i - 1; j >= floor; j--)
        {
            // Only quotes that are attributed bound the clause: a quote that opens the sentence but has no cue of its own
            // ("“You squeezed them” to drive up the price, she said") is part of the reported clause.
            if (_tokens[j].Kind == TokenKind.QuoteMark && InPair(j) && _pairs[_pairOf[j]].ContentEnd == j && _roles[_pairOf[j]] is PairRole.Attributed or PairRole.Consumed)
                return j + 1;
        }
        return floor;
    }

    /// <summary>
    /// The subject phrase ending just before the cue at <paramref name="cue"/>, not before <paramref name="lower"/>:
    /// skips adverbs and auxiliaries ("has also said"), appositives and relative clauses
    /// ("X, who …, said"), and walks back over the noun phrase ("the 70-year-old president").
    /// </summary>
    private (int Start, int End) SubjectBefore(int cue, int lower)
    {
        int k = cue - 1;
        // Adverbs, auxiliaries, "not" and a progressive's "is": "has also said", "did not respond", "is once again questioning".
        bool progressive = IsProgressive(cue) || IsStanceAdjective(cue); // "is once again questioning", "has been critical of"
        while (k > lower && IsWord(k) && (QuoteWords.IsPreCueAdverb(W(k)) || IsNegation(W(k)) || IsMannerAdverb(k) || progressive && (IsBe(W(k)) || W(k) is "once" or "still") || IsAuxClitic(k)))
            k--;
        // "continued to defend", "went on to call", "is likely to say", "would like to see": the subject is the catenative verb's.
        if (k - 1 > lower && Is(k, "to") && IsCatenative(k - 1))
        {
            k -= Is(k - 1, "on") ? 3 : 2;
            while (k > lower && IsWord(k) && (QuoteWords.IsPreCueAdverb(W(k)) || IsNegation(W(k)) || IsMannerAdverb(k) || IsBe(W(k)) || IsAuxClitic(k))) k--;
        }
        if (k < lower) return (-1, -1);
        // A dashed appositive: "Kall -- co-editor of a book about the debates -- said": the subject is before the first dash.
        if (IsSpacedDash(k))
        {
            int d = k - 1;
            while (d > lower && d > k - 30 && !IsSpacedDash(d) && !IsTerminal(d) && _tokens[d].Kind != TokenKind.QuoteMark) d--;
            if (d > lower && IsSpacedDash(d) && IsWord(d - 1)) k = d - 1;
            else return (-1, -1);
        }
        // An appositive that ends in a quoted word: "Humphrey, who calls Trump a “sociopath,” said" (the comma inside the marks).
        if (_tokens[k].Kind == TokenKind.QuoteMark && InPair(k) && _pairs[_pairOf[k]].ContentEnd == k && k - 1 > lower && W(k - 1) is ",")
            k--;
        if (W(k) is ",")
        {
            // Appositives and relative clauses between the subject and the cue ("X, 67, a retired nurse in Allentown, Pa., said"):
            // walk back over comma-separated segments that read like appositives; the subject is the earliest name before one.
            int segEnd = k, best = -1, nearest = -1;
            for (int hop = 0; hop < 4; hop++)
            {
                int c2 = -1;
                for (int j = segEnd - 1; j > lower && j >= k - 40; j--)
                {
                    if (_tokens[j].Kind == TokenKind.QuoteMark && !InPair(j)) break;
                    if (IsTerminal(j) && !(j + 1 < _tokens.Length && W(j + 1) is ",")) break;
                    if (W(j) is "," && !InPair(j)) { c2 = j; break; }
                }
                if (c2 < 0) break;
                // "a delegate from Austin, Texas,": a state after its city continues the appositive before it.
                bool place = segEnd - (c2 + 1) <= 2 && IsWord(c2 + 1) && IsCapitalized(c2 + 1) && IsWord(c2 - 1) && IsCapitalized(c2 - 1)
                             && c2 - 2 > lower && IsWord(c2 - 2) && QuoteWords.IsPreposition(W(c2 - 2));
                if (nearest < 0 && !place) nearest = c2 - 1;
                if (!IsAppositiveLike(c2 + 1, segEnd) && !place) break;
                if (!place && IsWord(c2 - 1) && (IsCapitalized(c2 - 1) || QuoteWords.IsPronoun(W(c2 - 1)))) best = c2 - 1;
                segEnd = c2;
            }
            if (best < 0) best = nearest;
            if (best < 0) return (-1, -1);
            k = best;
        }
        if ((Is(k, "who") || Is(k, "which")) && k - 1 > lower && W(k - 1) is ",") return (k, k + 1); // "Trump, who said …": resolved later
        if (Is(k, "who") && k > lower) return (k, k + 1); // "commentators who suggested": resolved to the antecedent later
        if (_tokens[k].Has(TokenFlags.CloseBracket))
        {
            // "Sen. Ted Cruz (Tex.) has said": skip the parenthesis.
            int open = k - 1;
            while (open > lower && open > k - 24 && !_tokens[open].Has(TokenFlags.OpenBracket)) open--;
            if (open > lower && _tokens[open].Has(TokenFlags.OpenBracket)) k = open - 1;
        }
        // A time or place phrase between subject and cue: "Spicer on Thursday evening said", "Bush in a Medium post said".
        for (int p = k, n = 0; p > lower + 1 && n < 6 && (IsWord(p) || _tokens[p].Kind == TokenKind.Number); p--, n++)
        {
            if (W(p) is "on" or "in" or "at" or "during" or "last" or "earlier" or "this")
            {
                if (IsWord(p - 1) && (IsCapitalized(p - 1) || QuoteWords.IsPronoun(W(p - 1))) && !QuoteWords.IsBoundary(W(p - 1))) k = p - 1;
                break;
            }
        }
        int end = k + 1, start = end, count = 0;
        while (k >= lower && count < 10)
        {
            var t = _tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                var w = W(k);
                if (QuoteWords.IsBoundary(w) && !t.Has(TokenFlags.Clitic) || (count == 0 && QuoteWords.IsPreposition(w))) break;
                if (count > 0 && SpeechCues.Lookup(w) != CueFlags.None && !IsCapitalized(k) && !IsCompoundPart(k)) break; // but "self-described"
            }
            else if (t.Kind == TokenKind.Number || W(k) is "%" && k > lower && _tokens[k - 1].Kind == TokenKind.Number) { } // "42% say"
            else if (t.Has(TokenFlags.Dash) && count > 0 && (!t.Has(TokenFlags.SpaceBefore) || !_tokens[k + 1].Has(TokenFlags.SpaceBefore)) && !_tokens[k + 1].Has(TokenFlags.SpaceBefore)) { }
            else if (W(k) is "." && t.Kind == TokenKind.Punctuation && count > 0 && !t.Has(TokenFlags.SpaceBefore)) { }
            else break;
            start = k;
            count++;
            k--;
        }
        // The phrase starts at a determiner, a name, a number or a pronoun; a bare plural noun is a phrase too ("experts say").
        int rawStart = start;
        // "lawyers for the family said", "officials in Ohio said": a bare plural with its prepositional phrase.
        if (IsPluralNoun(rawStart) && rawStart + 1 < end && IsWord(rawStart + 1) && QuoteWords.IsPreposition(W(rawStart + 1))) return (rawStart, end);
        while (start < end && !(IsWord(start) && (QuoteWords.IsDeterminer(W(start)) || QuoteWords.IsPronoun(W(start)) || IsCapitalized(start)))
               && _tokens[start].Kind != TokenKind.Number)
            start++;
        // A preposition right after the start word breaks the phrase ("Clinton in Ohio"): keep what follows only if it has a head.
        // Only time words ("on Monday announced"): no subject here.
        bool timeOnly = true;
        for (int j = start; j < end && timeOnly; j++) timeOnly = IsWord(j) && (QuoteWords.IsCalendarWord(W(j)) || QuoteWords.IsPreposition(W(j)));
        if (timeOnly && start < end) return (-1, -1);
        if (start >= end && rawStart < end && (IsPluralNoun(end - 1) || IsWord(end - 1) && W(end - 1) is "police" or "staff" or "media"))
            start = end - 1; // "experts say", "police said"

        // "a source close to him said": an object pronoun ends the phrase checked below.
        if (start >= end && rawStart == end - 1 && W(rawStart) is "him" or "her" or "them" or "us" or "me") start = rawStart;
        if (start >= end) return (-1, -1);
        if (end - start == 1 && IsWord(start) && QuoteWords.IsDeterminer(W(start)) && !QuoteWords.IsQuantifier(W(start)) && !(W(start) is "her")) return (-1, -1);
        // "a source close to the mayor", "people familiar with the talks": the source is the noun before the phrase.
        if (start - 3 >= lower && IsWord(start - 3) && !IsCapitalized(start - 3) && W(start - 1) is "to" or "with"
            && W(start - 2) is "close" or "closest" or "familiar" or "loyal" or "allied" or "near")
        {
            int s0 = start - 3;
            if (s0 - 1 >= lower && IsWord(s0 - 1) && QuoteWords.IsDeterminer(W(s0 - 1))) s0--;
            return (s0, end);
        }
        if (end - start == 1 && W(start) is "him" or "her" or "them" or "us" or "me") return (-1, -1);
        return (start, end);
    }

    // A verb or adjective that takes an infinitive with the same subject: "continued to", "went on to", "is likely to".
    private bool IsCatenative(int i) =>
        IsWord(i) && !IsCapitalized(i) && (W(i) is "continue" or "continues" or "continued" or "need" or "needs" or "needed" or "try" or "tries" or "tried"
            or "trying" or "began" or "begin" or "begins" or "started" or "start" or "starts" or "like" or "used" or "likely" or "unlikely" or "able"
            or "unable" or "ready" or "willing" or "eager" or "reluctant" or "inclined" or "quick" or "going"
            || W(i) is "on" && i > 0 && W(i - 1) is "went" or "goes" or "go");

    private bool IsPluralNoun(int i) =>
        IsWord(i) && W(i) is { Length: > 3 } w && w[^1] == 's' && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is")
        && !QuoteWords.IsBoundary(w) && !QuoteWords.IsPreposition(w) && SpeechCues.Lookup(w) == CueFlags.None;

    // "generally praised", "cynically dismissed", "forcefully told": a lower-case -ly word right before the cue.
    private bool IsMannerAdverb(int i)
    {
        var w = W(i);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !IsCapitalized(i) && !(w is "family" or "supply" or "assembly" or "ally" or "rally" or "early" or "only");
    }

    private bool IsSpacedDash(int i) => _tokens[i].Has(TokenFlags.Dash) && _tokens[i].Has(TokenFlags.SpaceBefore);

    // A segment between commas that describes rather than names: "a spokesman for …", "who …", "67", "R-Ky.", "Pa.".
    private bool IsAppositiveLike(int from, int to)
    {
        if (from >= to) return false;
        var t = _tokens[from];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind != TokenKind.Word) return false;
        var w = W(from);
        if (QuoteWords.IsDeterminer(w) || w is "who" or "which" or "whose" or "whom" || !IsCapitalized(from)) return true;
        if ((w.Length <= 3 || t.Has(TokenFlags.Abbreviation) && w.Length <= 6) && to - from <= 4) return true; // "R-Ky.", "Pa.", "Ore."
        return false;
    }

    /// <summary>The speaker phrase right after a cue ("said X", "according to X"): a pronoun or a short noun phrase.</summary>
    private (int Start, int End) PhraseAfter(int from, int limit)
    {
        if (from >= limit) return (-1, -1);
        bool number = _tokens[from].Kind == TokenKind.Number && NameFollows(from + 1, limit); // "said 9/11 widow Terry Strada"
        if (!IsWord(from) && !number) return (-1, -1);
        var first = W(from);
        if (number) { }
        else if (QuoteWords.IsPronoun(first)) return (from, from + 1);
        else if (QuoteWords.IsPreposition(first) || QuoteWords.IsBoundary(first) && !QuoteWords.IsDeterminer(first)) return (-1, -1);
        else if (!IsCapitalized(from) && !QuoteWords.IsDeterminer(first) && !NameFollows(from, limit)) return (-1, -1);
        int k = from, count = 0;
        while (k < limit && count < 8)
        {
            var t = _tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                var w = W(k);
                if (count > 0 && (QuoteWords.IsBoundary(w) || QuoteWords.IsPreposition(w) || w is "who")) break;
                if (count > 0 && QuoteWords.IsTimeWord(w)) break;
            }
            else if (t.Kind == TokenKind.Number || t.Has(TokenFlags.Dash) && !t.Has(TokenFlags.SpaceBefore)) { }
            else break;
            k++;
            count++;
        }
        return k > from ? (from, k) : (-1, -1);
    }

    // "said former tech executive Carly Fiorina": lower-case words, then a name.
    private bool NameFollows(int from, int limit)
    {
        for (int k = from; k < Math.Min(limit, from + 5); k++)
        {
            if (!IsWord(k) && !(_tokens[k].Has(TokenFlags.Dash) && !_tokens[k].Has(TokenFlags.SpaceBefore))) return false;
            if (IsCapitalized(k)) return true;
            if (QuoteWords.IsBoundary(W(k)) || QuoteWords.IsPreposition(W(k)) || SpeechCues.Lookup(W(k)) != CueFlags.None) return false;
        }
        return false;
    }

    /// <summary>The subject at the start of a clause ("Trump went on to say", "…, saying"): a pronoun or a noun phrase before the first verb-like word.</summary>
    private (int Start, int End) SentenceSubject(int from, int limit)
    {
        int k = from;
        // Skip an introductory phrase: "In a wide-ranging interview last year, Lazar said … and added".
        if (k < limit && IsWord(k) && (QuoteWords.IsPreposition(W(k)) || QuoteWords.IsBoundary(W(k))))
        {
            for (int j = k + 1; j < Math.Min(limit, k + 16); j++)
            {
                if (W(j) is ",") { k = j + 1; break; }
                if (_tokens[j].Kind == TokenKind.QuoteMark) break;
            }
        }
        // Skip a dateline: "ORLANDO, Fla. (Reuters) - President Barack Obama …".
        for (int j = k; j < Math.Min(limit, k + 12); j++)
        {
            if (_tokens[j].Has(TokenFlags.Dash) && _tokens[j].Has(TokenFlags.SpaceBefore) && j > k) { k = j + 1; break; }
        }
        // Skip openers: "But", "And", "On Tuesday,", "Usually".
        while (k < limit && IsWord(k) && (QuoteWords.IsBoundary(W(k)) && !QuoteWords.IsPronoun(W(k)) || W(k).EndsWith("ly") && W(k).Length > 4)) k++;
        if (k >= limit || !IsWord(k)) return (-1, -1);
        if (QuoteWords.IsPronoun(W(k))) return (k, k + 1);
        int start = k;
        if (!IsCapitalized(k) && !QuoteWords.IsDeterminer(W(k))) return (-1, -1);
        while (k < limit && (IsWord(k) || _tokens[k].Kind == TokenKind.Number || IsCompoundDash(k)) && !QuoteWords.IsBoundary(W(k)) && !QuoteWords.IsPreposition(W(k))
               && (k == start || IsCapitalized(k) || !IsVerbLike(k) || IsCompoundPart(k)))
            k++;
        return k > start ? (start, k) : (-1, -1);
    }

    // A hyphen inside a word ("front-runner", "self-described"): no space on either side.
    private bool IsCompoundDash(int k) =>
        _tokens[k].Has(TokenFlags.Dash) && !_tokens[k].Has(TokenFlags.SpaceBefore) && k + 1 < _tokens.Length && !_tokens[k + 1].Has(TokenFlags.SpaceBefore);

    // The word after such a hyphen ("described" in "self-described").
    private bool IsCompoundPart(int k) => k > 0 && !_tokens[k].Has(TokenFlags.SpaceBefore) && IsCompoundDash(k - 1);

    // Lower-case words that end a subject phrase read forwards: past tenses, -s verbs after a name, cues.
    private bool IsVerbLike(int k)
    {
        var w = W(k);
        return SpeechCues.Lookup(w) != CueFlags.None || w.EndsWith("ed") || QuoteWords.IsPreCueAdverb(w) || w is "went" or "made" or "spoke" or "took" or "gave";
    }

    /// <summary>Speech-position quotes that no cue claimed: a paragraph that is only a quote continues the previous speaker.</summary>
    private void AddUnattributedSpeech()
    {
        // The first attributed direct quote of each paragraph, for "Q1," he said. "Q2." (one attribution).
        var firstDirect = new Dictionary<int, int>();
        for (int f = 0; f < _found.Count; f++)
        {
            if (_found[f].Pair >= 0 && _found[f].Kind == QuoteKind.Direct) firstDirect.TryAdd(_pairs[_found[f].Pair].Paragraph, f);
        }
        for (int k = 0; k < _pairs.Count; k++)
        {
            if (_roles[k] != PairRole.Speech) continue;
            var pair = _pairs[k];
            var (paraStart, paraEnd) = (_paragraphs[pair.Paragraph].FirstTokenIndex, _paragraphs[pair.Paragraph].TokenEnd);
            int o = pair.Open;
            bool startsSentence = o == paraStart || _tokens[o - 1].Kind == TokenKind.QuoteMark || IsTerminal(o - 1) || W(o - 1) is ":";
            int after = pair.Closed ? pair.ContentEnd + 1 : paraEnd;
            bool endsSentence = after >= paraEnd || _tokens[after].Kind == TokenKind.QuoteMark || IsTerminal(after)
                                 || after + 1 < paraEnd && _tokens[after].Has(TokenFlags.CloseBracket);
            bool chained = pair.Chain != k || !pair.Closed;
            if (!(chained || startsSentence && endsSentence && EndsLikeSpeech(pair)) || pair.Single) continue;
            if (WordCount(pair.ContentStart, pair.ContentEnd) < 3 && !chained) continue;

            // Same paragraph, an attributed quote before it: "Q1," he said. "Q2."  — one attribution.
            int inherit = firstDirect.TryGetValue(pair.Paragraph, out int fd) && _found[fd].ContentStart < pair.Open ? fd : -1;
            _roles[k] = PairRole.Attributed;
            if (inherit >= 0)
            {
                var src = _found[inherit];
                _found.Add(new Found
                {
                    ContentStart = pair.ContentStart, ContentEnd = pair.ContentEnd, Kind = QuoteKind.Direct,
                    CueStart = src.CueStart, CueEnd = src.CueEnd, SpeakerStart = src.SpeakerStart, SpeakerEnd = src.SpeakerEnd,
                    Pair = k,
                });
            }
            else
            {
                _found.Add(new Found
                {
                    ContentStart = pair.ContentStart, ContentEnd = pair.ContentEnd, Kind = QuoteKind.Direct,
                    CueStart = -1, CueEnd = -1, SpeakerStart = -1, SpeakerEnd = -1, Pair = k, ContinuesPrevious = true,
                });
            }
        }
    }
}
