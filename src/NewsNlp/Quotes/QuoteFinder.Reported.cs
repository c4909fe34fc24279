namespace NewsNlp.Quotes;

// Reported speech: "X said (that) Q", "Q, X said", "according to X, Q", with quoted fragments making it mixed.
internal sealed partial class QuoteFinder
{
    private const int MinReportedTokens = 3;

    private void FindReported()
    {
        bool stances = _options.IncludeStances;
        foreach (var sentence in _sentences)
        {
            int from = sentence.FirstTokenIndex, to = sentence.TokenEnd;
            int clauseEnd = -1;
            // Verbs of saying first; belief and stance cues (and sourceless "is expected", "seemed", "reportedly") are
            // noted and tried afterwards, so "X has offered to host talks, he said" is attributed to "said".
            _later.Clear();
            for (int i = from; i < to; i++)
            {
                if (InPair(i) || !IsWord(i) || _usedCues.Contains(i)) continue;
                var flags = CueAt(i, to, out int cueEnd);
                if (flags == CueFlags.None)
                {
                    if (stances && IsEpistemicWord(W(i))) _later.Add(i);
                    continue;
                }
                if ((flags & CueFlags.Cognition) != 0)
                {
                    if (stances) _later.Add(i);
                    continue;
                }
                if (_usedCues.Contains(cueEnd - 1)) continue;
                if (clauseEnd < 0) clauseEnd = ClauseEnd(from, to);
                if (TryReported(i, cueEnd, flags, from, to, clauseEnd)) i = cueEnd - 1;
            }
            if (!stances) continue;
            int done = -1;
            if (!InPair(from) && IsWord(from) && !_usedCues.Contains(from))
            {
                int inContent = TryInSource(from, to);
                if (inContent >= 0) done = inContent - 1; // "In a survey released Monday, …": no cue inside the source phrase
                else TryColonLead(from, to);
            }
            foreach (int i in _later)
            {
                if (i <= done || _usedCues.Contains(i)) continue;
                var flags = CueAt(i, to, out int cueEnd);
                if (flags == CueFlags.None)
                {
                    TryEpistemic(i, from, to);
                    continue;
                }
                if (_usedCues.Contains(cueEnd - 1)) continue;
                if (clauseEnd < 0) clauseEnd = ClauseEnd(from, to);
                if (TryReported(i, cueEnd, flags, from, to, clauseEnd)) done = cueEnd - 1;
            }
        }
    }

    // Only days, times and their prepositions: "Sunday", "on Thursday", "last week", "earlier this month".
    private bool IsOnlyTime(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (!IsWord(j) || !(QuoteWords.IsCalendarWord(W(j)) || QuoteWords.IsTimeWord(W(j)) || W(j) is "on" or "in" or "week" or "month" or "year"
                                 or "weekend" or "earlier" or "late" or "early")) return false;
        }
        return to > from;
    }

    // "with <noun phrase> <participle>": where the phrase starts (up to eight words or numbers after "with"), or -1.
    private int WithSubject(int cue, int lower)
    {
        for (int j = cue - 1; j > lower && j >= cue - 9; j--)
        {
            if (Is(j, "with")) return j + 1 < cue ? j + 1 : -1;
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number || InPair(j)) return -1;
            var w = W(j);
            if (QuoteWords.IsBoundary(w) && !(w is "most") || QuoteWords.IsPreposition(w) && !(w is "of" or "in") || SpeechCues.Lookup(w) != CueFlags.None && j < cue - 1) return -1;
        }
        return -1;
    }

    // Words after "appeared" that make it an impression, not an appearance: "appeared ready", "appeared closer to".
    private static bool IsImpressionWord(ReadOnlySpan<char> w) =>
        w is "ready" or "closer" or "likely" or "unlikely" or "poised" or "set" or "determined" or "eager" or "willing" or "unwilling" or "open"
            or "headed" or "confident" or "reluctant" or "resigned" or "uncomfortable" or "uneasy" or "weak" or "strong" or "frustrated" or "angry"
            or "nervous" or "unaware" or "aware" or "unable" or "intent" or "somewhat" or "increasingly" or "more" or "less" or "most" or "very" or "visibly";

    private static bool IsEpistemicWord(ReadOnlySpan<char> w) =>
        w is "asked" or "expected" or "seems" or "seemed" or "appears" or "appeared" or "seem" or "appear" or "reportedly" or "allegedly" or "purportedly" or "supposedly";

    private bool TryReported(int cue, int cueEnd, CueFlags flags, int sentStart, int sentEnd, int clauseEnd)
    {
        int lower = LowerBound(cue, sentStart);

        if (Is(cue, "according"))
        {
            var (s, e) = PhraseAfter(cueEnd, sentEnd);
            if (s < 0) (s, e) = SourceAfter(cueEnd, sentEnd); // "according to exit polls", "according to officials familiar with …"
            if (s < 0) return false;
            int after = e;
            while (after < sentEnd && !(W(after) is ",") && !IsTerminal(after) && after < e + 8) after++;
            if (after < sentEnd && W(after) is "," && (cue == lower || Is(cue - 1, "but") || Is(cue - 1, "and") || cue - 1 == lower && _tokens[cue - 1].Has(TokenFlags.OpenBracket)))
            {
                // According to X, Q.
                return AddReported(after + 1, ContentEnd(after + 1, clauseEnd), cue, cueEnd, s, e);
            }
            if (cue - 1 > lower && IsCommaInClosingMark(cue - 1, lower) && !(after < clauseEnd && W(after) is ","))
                return AddReported(lower, cue, cue, cueEnd, s, e); // Q "…," according to X.
            if (cue - 1 > lower && W(cue - 1) is ",")
            {
                // Q, according to X.  ·  Q1, according to X, Q2 (the longer part; the whole clause when both are short).
                int beforeLength = cue - 1 - lower;
                if (after < clauseEnd && W(after) is ",")
                {
                    int afterEnd = ContentEnd(after + 1, clauseEnd);
                    int afterLength = afterEnd - (after + 1);
                    if (afterLength >= MinReportedTokens && (IsOnlyPhrase(lower, cue - 1) || afterLength > beforeLength && beforeLength >= MinReportedTokens))
                        return AddReported(after + 1, afterEnd, cue, cueEnd, s, e); // "In addition, according to X, Q"
                    if (beforeLength < MinReportedTokens && afterLength > 0)
                        return AddReported(lower, afterEnd, cue, cueEnd, s, e); // "Fundraising, according to the campaign, has surged"
                }
                return AddReported(lower, cue - 1, cue, cueEnd, s, e);
            }
            return false;
        }

        if ((flags & CueFlags.Possessive) != 0)
        {
            // "Trump's attacks on the press", "his claim that …": the possessor is the source, what follows the preposition the content.
            int pos = IsPossessive(cue - 1) ? cue - 1 : cue - 2;
            var owner = _tokens[pos].Has(TokenFlags.Clitic) ? SubjectBefore(pos, lower) : (pos, pos + 1);
            if (owner.Item1 < 0) return false;
            return AddReported(cueEnd, ContentEnd(cueEnd, clauseEnd), cue, cueEnd, owner.Item1, owner.Item2, 1);
        }
        bool participle = (flags & CueFlags.Participle) != 0;
        (int Start, int End) speaker;
        bool stance = (flags & CueFlags.Stance) != 0;
        // "… told reporters after hinting that …": a participle after "after"/"before" hangs on the clause like one after a comma.
        bool temporal = Is(cue - 1, "after") || Is(cue - 1, "before");
        // "with 30 percent of voters saying …", "with recent polls showing …": the phrase after "with" is the source.
        int with = participle && cue > lower && !IsCommaBefore(cue) ? WithSubject(cue, lower) : -1;
        if (with >= 0)
        {
            int start = ReportedClauseStart(cueEnd, sentEnd, flags);
            if (start < 0 && stance && cueEnd < clauseEnd && IsWord(cueEnd)) start = cueEnd;
            if (start < 0) return false;
            return AddReported(start, ContentEnd(start, clauseEnd), cue, cueEnd, with, cue, stance ? 1 : MinReportedTokens);
        }
        if (participle && stance && cue > lower && !(IsCommaBefore(cue) || Is(cue - 1, "and") || Is(cue - 1, "while") || Is(cue - 1, "by") || temporal))
        {
            // A participle on a noun: "super PACs supporting Rubio", "placards backing Sanders".
            speaker = SubjectBefore(cue, lower);
            if (speaker.Start < 0 || speaker.End != cue || !IsAgentHead(speaker.End - 1)) return false;
            participle = false;
        }
        else if (participle)
        {
            // "Noting that the plant had closed, Ruiz said …": an opening participle clause, the main clause's subject its source.
            // "After arguing that the deal was weak, the senator …", "In rejecting the claim, the court …", "By backing the plan, X …"
            // open the same way.
            bool opening = cue == sentStart && cue == lower
                           || (temporal || Is(cue - 1, "in") || Is(cue - 1, "by")) && cue - 1 == sentStart && cue - 1 == lower;
            if (opening && W(cue).EndsWith("ing", StringComparison.Ordinal))
                return TryOpeningParticiple(cue, cueEnd, flags, sentEnd, clauseEnd);
            if (!(cue > lower && (IsCommaBefore(cue) || Is(cue - 1, "and") || Is(cue - 1, "while") || Is(cue - 1, "by") || temporal))) return false;
            speaker = W(cue - 1) is "," ? SpeakerOfAttributionBefore(cue - 1, sentStart) : (-1, -1);
            if (speaker.Start < 0) speaker = SentenceSubject(lower, cue);
        }
        else
        {
            speaker = SubjectBefore(cue, lower);
            if ((flags & CueFlags.NounLike) != 0 && speaker.Start >= 0)
            {
                int head = speaker.End - 1;
                var hw = W(head);
                // "The woman disputes the idea", "The ad mentions Dan Moore": a noun-like form is a verb when an object follows.
                bool objectFollows = cueEnd < sentEnd && IsWord(cueEnd) && (QuoteWords.IsDeterminer(W(cueEnd)) && !(W(cueEnd) is "no") || Is(cueEnd, "that") || IsCapitalized(cueEnd))
                                     && QuoteWords.IsDeterminer(W(speaker.Start));
                if (!(IsCapitalized(head) || QuoteWords.IsPronoun(hw) || hw is "who" || hw.EndsWith("s") && !hw.EndsWith("ss") && !hw.EndsWith("us") && !hw.EndsWith("is")
                      || (flags & CueFlags.Cognition) != 0 && IsAgentHead(head) || objectFollows))
                    speaker = (-1, -1);
            }
            // "Ruiz paused, then said …", "… and then said …": "then" coordinates like "and".
            bool then = Is(cue - 1, "then") && cue - 2 > lower && (W(cue - 2) is "," || Is(cue - 2, "and"));
            // "… and has said", "… and also hinted", "… and recently unveiled": auxiliaries and adverbs after "and".
            int conj = cue - 1;
            while (conj > lower && conj > cue - 4 && IsWord(conj) && (QuoteWords.IsPreCueAdverb(W(conj)) || IsMannerAdverb(conj) || IsNegation(W(conj)))) conj--;
            bool coordinated = Is(conj, "and") || Is(conj, "but");
            if (speaker.Start < 0 && (coordinated || then))
                speaker = SentenceSubject(lower, conj);
            if (speaker.Start < 0 && coordinated)
                speaker = SpeakerOfCoordinated(conj, sentStart);
            if (speaker.Start < 0 && (flags & CueFlags.Stance) == 0) speaker = LongSubject(lower, cue);
            // "went on Twitter to applaud …", "stood at a rally to say …": an infinitive of purpose has the clause's subject, when only
            // a short predicate without commas lies between (and "to" follows no object: "urged voters to …" is the other verb's).
            if (speaker.Start < 0 && Is(cue - 1, "to") && cue - 2 > lower && IsWord(cue - 2) && !IsCapitalized(cue - 2) && !QuoteWords.IsObjectWord(W(cue - 2)))
            {
                var subject = SentenceSubject(lower, cue - 1);
                bool plain = subject.Start >= 0 && subject.Start == FirstContentToken(lower) && cue - subject.End <= 8 && IsVerbLike(subject.End);
                for (int j = subject.End; plain && j < cue - 1; j++)
                    plain = IsWord(j) && !QuoteWords.IsBoundary(W(j)) && SpeechCues.Lookup(W(j)) == CueFlags.None; // "declined to say" is the other cue's
                if (plain) speaker = subject;
            }
            if ((flags & CueFlags.Stance) != 0 && speaker.Start >= 0 && !IsAgentHead(HeadOf(speaker.Start, speaker.End))) return false;
            // "a group called Veterans First": naming, not a stance.
            if ((flags & CueFlags.Stance) != 0 && speaker.Start >= 0 && W(cue) is "called" or "calls" && Is(speaker.Start, "a") | Is(speaker.Start, "an")
                && speaker.End == cue && cueEnd < sentEnd && IsCapitalized(cueEnd))
                return false;
        }

        bool speech = (flags & CueFlags.Speech) != 0 && !participle;
        // Belief and evidence verbs also follow their content: "Q, records show." · "Q1, his aides believe, Q2."
        bool belief = (flags & CueFlags.Cognition) != 0 && !participle && ((flags & CueFlags.Stance) == 0 || W(cue) is "show")
                      && speaker.Start >= 0 && IsAgentHead(HeadOf(speaker.Start, speaker.End));
        // Q, said X — unless X, an appositive, said …: then the subject starts the clause.
        // A comma inside a closing mark ("…approach,'' said Mr. Burman") is never an appositive's.
        if (speech && cue > lower && IsCommaBefore(cue) && (IsCommaInClosingMark(cue - 1, 0) || !(speaker.Start >= 0 && speaker.Start <= FirstContentToken(lower))))
        {
            var (s, e) = PhraseAfter(cueEnd, sentEnd);
            if (s >= 0 && IsInvertedTail(e, clauseEnd)) return AddReported(lower, W(cue - 1) is "," ? cue - 1 : cue, cue, cueEnd, s, e);
        }
        int commaBefore = CommaBefore(speaker.Start, lower);
        // As X noted, Q.
        if (speech && speaker.Start > lower && Is(speaker.Start - 1, "as") && cueEnd < clauseEnd && W(cueEnd) is ",")
        {
            int end = ContentEnd(cueEnd + 1, clauseEnd);
            if (end - (cueEnd + 1) >= MinReportedTokens) return AddReported(cueEnd + 1, end, cue, cueEnd, speaker.Start, speaker.End);
        }
        // Q1, X said, Q2: the clause after the parenthetical.
        if ((speech || belief) && commaBefore >= 0)
        {
            int k = cueEnd;
            while (k < clauseEnd && IsWord(k) && QuoteWords.IsTimeWord(W(k))) k++;
            // "Q1, he said, and Q2" · "Q1, they said, as they left": what follows is not the reported clause; Q1 is (below).
            bool conjunction = k + 1 < clauseEnd && IsWord(k + 1) && W(k + 1) is "and" or "but" or "as" or "while" or "when" or "because"
                               or "after" or "before" or "although" or "though" or "since" or "so" or "then" or "where"
                               || k + 1 < clauseEnd && IsWord(k + 1) && (SpeechCues.Lookup(W(k + 1)) & CueFlags.Participle) != 0 // ", she said, referencing …"
                               || k + 1 < clauseEnd && IsWord(k + 1) && !IsCapitalized(k + 1) && W(k + 1).EndsWith("ing", StringComparison.Ordinal); // ", he said, wiping …"
            if (k < clauseEnd && W(k) is "," && !(conjunction && commaBefore - lower >= MinReportedTokens))
            {
                int end = ContentEnd(k + 1, clauseEnd);
                if (end - (k + 1) >= MinReportedTokens) return AddReported(k + 1, end, cue, cueEnd, speaker.Start, speaker.End);
                // "This campaign, he says, is different": both parts short, the whole clause over the interruption.
                if (end > k + 1 && commaBefore - lower < MinReportedTokens) return AddReported(lower, end, cue, cueEnd, speaker.Start, speaker.End);
            }
        }

        // When asked whether …, Asked about …, : the question, no speaker ("Asked if it was legal, most voters said no").
        // With stances, an adverb or a short phrase may come first: "Asked on Fox News who …", "Asked specifically what …".
        int question = cueEnd < clauseEnd && IsWord(cueEnd) && (IsQuestionWord(W(cueEnd)) || W(cueEnd) is "which" or "who") ? cueEnd
            : _options.IncludeStances ? QuestionAfter(cueEnd, clauseEnd) : -1;
        if (speaker.Start < 0 && IsAskForm(cue) && (cue == lower || Is(cue - 1, "when") || Is(cue - 1, "if") || Is(cue - 1, "after") || Is(cue - 1, "as"))
            && question >= 0)
        {
            int end = ContentEnd(question, clauseEnd);
            for (int j = question + 1; j < end; j++)
            {
                if (W(j) is "," && !InPair(j)) { end = j; break; }
            }
            return AddReported(question, end, cue, cueEnd, -1, -1, 2);
        }

        // X said (that) Q.
        int contentStart = IsReportingVerb(cue) ? ReportedClauseStart(cueEnd, sentEnd, flags) : -1;
        // "said, writing for …" is no clause, but "said seeing so many officers was a relief" is one.
        if (contentStart >= 0 && (SpeechCues.Lookup(W(contentStart)) & CueFlags.Participle) != 0
            && !(contentStart + 1 < sentEnd && IsWord(contentStart + 1) && !IsCapitalized(contentStart + 1) && !QuoteWords.IsPreposition(W(contentStart + 1))
                 && contentStart > cueEnd - 1 && !(W(contentStart - 1) is ",")))
            contentStart = -1;
        if (contentStart >= 0 && (speaker.Start >= 0 || participle))
        {
            int end = ContentEnd(contentStart, clauseEnd, _options.IncludeStances ? cue : -1);
            if (speaker.End - speaker.Start == 1 && W(speaker.Start) is "who" or "which" && speaker.Start > 0 && W(speaker.Start - 1) is ",")
                end = RelativeClauseEnd(contentStart, end); // "Ruiz, who said that Q, issued a statement": Q ends at the main verb
            int min = stance ? 1 : MinReportedTokens; // "Christie endorsed Trump."
            // "a poll released Sunday", "a memo released by the agency": a participle on a noun with only a time or an agent after it.
            if (stance && (Is(contentStart, "by") || IsOnlyTime(contentStart, end))) return false;
            if (end - contentStart >= min) return AddReported(contentStart, end, cue, cueEnd, speaker.Start, speaker.End, min);
        }
        if ((flags & CueFlags.Speech) == 0 && !belief || participle) return false;

        // Q, X said — not when Q is only an opening phrase ("In her New Year speech, Merkel, who …, warned").
        int tail = cueEnd;
        if ((flags & CueFlags.TakesObject) != 0 && tail < clauseEnd && IsWord(tail))
        {
            // "…, he told the court in his filing."
            if (QuoteWords.IsObjectWord(W(tail)) && !QuoteWords.IsDeterminer(W(tail))) tail++;
            else if (QuoteWords.IsDeterminer(W(tail)) || IsCapitalized(tail))
            {
                int t0 = tail;
                tail++;
                while (tail < clauseEnd && tail < t0 + 4 && IsWord(tail) && !QuoteWords.IsPreposition(W(tail)) && !QuoteWords.IsBoundary(W(tail))) tail++;
            }
        }
        if (commaBefore > lower && IsAdverbialTail(tail, clauseEnd) && !IsOnlyPhrase(lower, commaBefore))
            return AddReported(lower, commaBefore, cue, cueEnd, speaker.Start, speaker.End);
        // With stances, a verb of saying with a noun phrase for content: "Trump is promising lower taxes", "Fox told a different
        // tale", "The nominee complained about his mic".
        if (_options.IncludeStances && speaker.Start >= 0 && commaBefore < 0 && IsAgentHead(HeadOf(speaker.Start, speaker.End))
            && cueEnd < clauseEnd && IsWord(cueEnd) && !IsCapitalized(cueEnd)
            && (QuoteWords.IsDeterminer(W(cueEnd)) && !(W(cueEnd) is "this" or "that" or "no") || W(cueEnd) is "about" or "of" or "against" or "his" or "her" or "their"))
        {
            int end = ContentEnd(cueEnd, clauseEnd);
            if (end - cueEnd >= 2) return AddReported(cueEnd, end, cue, cueEnd, speaker.Start, speaker.End, 2);
        }
        return false;
    }

    /// <summary>
    /// Sourceless expectations and impressions: "X is expected to …", "X seemed to …", "it appears that …". The content is the
    /// clause from its subject to its end; the cue is "is expected" or the verb; there is no speaker.
    /// </summary>
    private bool TryEpistemic(int i, int sentStart, int sentEnd)
    {
        var w = W(i);
        int cueStart = i;
        bool adverb = w is "reportedly" or "allegedly" or "purportedly" or "supposedly";
        if (adverb)
        {
            if (i == sentStart) return false;
        }
        else if (w is "expected")
        {
            // "is expected", "is widely expected", "is not expected", "isn't expected", "might be expected".
            int b = i - 1;
            while (b > sentStart && i - b <= 2 && IsWord(b) && (IsMannerAdverb(b) || IsNegation(W(b)) || W(b) is "also" or "still" or "generally")) b--;
            if (!(b >= sentStart && IsWord(b) && (W(b) is "is" or "are" or "was" or "were" || W(b) is "be" && b > sentStart && IsWord(b - 1) && W(b - 1) is "might" or "may" or "could" or "would" or "will"))) return false;
            cueStart = W(b) is "be" ? b - 1 : b;
        }
        else if (w is "asked")
        {
            // "The senator was asked whether …": the question, nobody's in particular.
            if (!(i > sentStart && IsWord(i - 1) && W(i - 1) is "is" or "was" or "were" or "are" or "been")) return false;
            int q = i + 1 < sentEnd && IsWord(i + 1) && (IsQuestionWord(W(i + 1)) || W(i + 1) is "which" or "who") && !(W(i + 1) is "about") ? i + 1 : QuestionAfter(i + 1, sentEnd);
            if (q < 0 && i + 2 < sentEnd && Is(i + 1, "about") && IsWord(i + 2)) q = i + 2; // "was asked about the loan": the topic
            if (q < 0) return false;
            int qEnd = ContentEnd(q, ClauseEnd(sentStart, sentEnd));
            return qEnd - q >= (q == i + 2 ? 2 : 3) && AddReported(q, qEnd, i - 1, i + 1, -1, -1, 2);
        }
        else if (!(w is "seems" or "seemed" or "appears" or "appeared" or "seem" or "appear")) return false;
        // "seemed to …", "appears that …", and an impression: "seemed unperturbed", "appeared ready to …" (but "appeared on CNN" is a
        // physical appearance).
        if (!adverb && !(i + 1 < sentEnd && IsWord(i + 1) && (W(i + 1) is "to" or "that" or "like"
                                                            || W(i) is "seems" or "seemed" && !QuoteWords.IsPreposition(W(i + 1)) && !QuoteWords.IsBoundary(W(i + 1))
                                                            || IsImpressionWord(W(i + 1)))))
            return false;
        // The clause start: after the last comma, semicolon or dash before the cue, or the sentence's first content token.
        int start = FirstContentToken(sentStart);
        for (int j = cueStart - 1; j > start && j >= cueStart - 30; j--)
        {
            if (W(j) is "," or ";" || _tokens[j].Has(TokenFlags.Dash) && _tokens[j].Has(TokenFlags.SpaceBefore) || InPair(j) && _roles[_pairOf[j]] == PairRole.Attributed)
            {
                start = j + 1;
                break;
            }
        }
        if (start >= cueStart) start = cueStart; // "It seems that …" after a comma: the clause is the verb's
        int end = ContentEnd(i + 1, ClauseEnd(sentStart, sentEnd));
        if (end - start < 4) return false;
        return AddReported(start, end, cueStart, i + 1, -1, -1);
    }

    /// <summary>"In a Quinnipiac poll released Monday, 50 percent chose …": a poll, survey or study as the source of the clause after the comma.</summary>
    private int TryInSource(int sentStart, int sentEnd)
    {
        if (!Is(sentStart, "In")) return -1;
        bool evidence = false;
        int comma = -1;
        for (int j = sentStart + 1; j < Math.Min(sentEnd, sentStart + 16); j++)
        {
            if (W(j) is ",") { comma = j; break; }
            if (InPair(j) || IsTerminal(j)) return -1;
            if (IsWord(j) && W(j) is "poll" or "polls" or "survey" or "surveys" or "study" or "report" or "analysis" or "polling" or "data") evidence = true;
        }
        if (!evidence || comma < 0) return -1;
        int end = ContentEnd(comma + 1, ClauseEnd(sentStart, sentEnd));
        return AddReported(comma + 1, end, sentStart, sentStart + 1, sentStart + 1, comma) ? comma + 1 : -1;
    }

    /// <summary>"Ryan: Trump must reject the group." A headline-style name and colon before an unquoted claim.</summary>
    private bool TryColonLead(int sentStart, int sentEnd)
    {
        int colon = -1;
        for (int j = sentStart; j < Math.Min(sentEnd, sentStart + 6); j++)
        {
            if (W(j) is ":") { colon = j; break; }
            if (!IsWord(j) || !(IsCapitalized(j) || _tokens[j].Has(TokenFlags.Clitic))) return false;
        }
        if (colon <= sentStart || !IsCapitalized(colon - 1) || colon + 1 >= sentEnd || _tokens[colon + 1].Kind == TokenKind.QuoteMark) return false;
        if (IsOnlyCapitalizedTitle(sentStart, colon) || _tokens[colon - 1].Has(TokenFlags.AllCaps) && colon - sentStart == 1) return false; // "UPDATE:", "Q:"
        if (!SpeakerEntityEndsAt(_tokens[colon - 1].End)) return false; // "Disclaimer:" is a label, "Ryan:" a person
        int end = ContentEnd(colon + 1, ClauseEnd(sentStart, sentEnd));
        return AddReported(colon + 1, end, colon, colon + 1, sentStart, colon);
    }

    // A person or organisation mention that ends at char <paramref name="end"/>.
    private bool SpeakerEntityEndsAt(int end)
    {
        var ents = _entities;
        int lo = 0, hi = ents.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (ents[mid].Span.Start < end) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found >= 0 && ents[found].Span.End == end && ents[found].Type is EntityType.Person or EntityType.Org;
    }

    // "Editor's note", "Update", "Note", "Photo": labels, not speakers.
    private bool IsOnlyCapitalizedTitle(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (IsWord(j) && W(j) is "Note" or "Update" or "UPDATE" or "Photo" or "Watch" or "Video" or "Related" or "Read" or "More" or "Editor" or "Question" or "Answer" or "Q" or "A"
                or "Correction" or "Disclosure" or "Source" or "Sources" or "Credit" or "Also" or "Listen" or "Subscribe")
                return true;
        }
        return false;
    }

    private bool IsAskForm(int i) => W(i) is "asked" or "Asked" or "asking" or "Asking";

    /// <summary>The source after "according to" when it is not a name or a determiner phrase: lower-case words up to a comma or the clause end.</summary>
    private (int Start, int End) SourceAfter(int from, int limit)
    {
        if (from >= limit || !IsWord(from) || QuoteWords.IsBoundary(W(from)) || QuoteWords.IsPreposition(W(from))) return (-1, -1);
        int k = from;
        while (k < limit && k < from + 12 && !(W(k) is "," or ";" or ":") && !IsTerminal(k) && _tokens[k].Kind != TokenKind.QuoteMark) k++;
        return k > from ? (from, k) : (-1, -1);
    }

    // The head word of a subject phrase: the word before its first preposition ("A memorable ad in 2008", "Others in the party").
    // A share before "of" or "in" is not the head: "60 percent of voters", "4 in 10 voters in each state", "half of them".
    private int HeadOf(int start, int end)
    {
        for (int j = start + 1; j < end; j++)
        {
            if (IsWord(j) && QuoteWords.IsPreposition(W(j)) && !(IsShare(j - 1) && W(j) is "of" or "in")) return j - 1;
        }
        return end - 1;
    }

    private bool IsShare(int i) => _tokens[i].Kind == TokenKind.Number
        || IsWord(i) && W(i) is "percent" or "half" or "third" or "thirds" or "quarter" or "quarters" or "majority" or "plurality" or "share" or "fraction"
            or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "most" or "many" or "some" or "all"
            or "Half" or "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Most" or "Many" or "Some" or "All"
            or "both" or "Both" or "each" or "Each" or "none" or "None" or "neither" or "Neither";

    // The head of a subject that can hold a stance: a name, a pronoun, "who", a plural ("critics"), a title or an organisation word.
    private bool IsAgentHead(int head)
    {
        if (!IsWord(head)) return false;
        var w = W(head);
        if (IsCapitalized(head) || QuoteWords.IsPronoun(w) || w is "who" or "I" || QuoteWords.IsTitle(w) || QuoteWords.IsOrgWord(w)) return true;
        // "Acme Foods, which opposed the bill": a non-restrictive "which" after a name stands for it.
        if (w is "which" && head >= 2 && W(head - 1) is "," && IsWord(head - 2) && (IsCapitalized(head - 2) || QuoteWords.IsOrgWord(W(head - 2)))) return true;
        if (w is "analysis" or "data" or "research" or "polling" or "footage" or "email" or "memo" or "letter" or "ad" or "video" or "review"
            or "audit" or "investigation" or "filing" or "majority" or "plurality" or "most" or "many" or "some" or "public" or "electorate") return true;
        // Singular nouns for people and outlets: "the lawmaker wants …", "a diplomat praises …", "the newspaper calls it …".
        if (w is "lawmaker" or "diplomat" or "official" or "activist" or "voter" or "supporter" or "critic" or "donor" or "expert" or "source"
            or "ally" or "rival" or "opponent" or "challenger" or "incumbent" or "writer" or "member" or "delegate" or "legislator" or "politician"
            or "congressman" or "congresswoman" or "newspaper" or "paper" or "magazine" or "outlet" or "website" or "tabloid"
            or "observer" or "commentator" or "scholar" or "historian" or "researcher" or "scientist" or "prosecutor"
            or "reporter" or "correspondent" or "pundit" or "protester" or "resident" or "veteran" or "official"
            || w.EndsWith("maker", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) && w.Length > 5) return true;
        return w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is");
    }

    // Verbs of saying that take a direct quote but rarely a reported clause ("continued her momentum", "posted a comment").
    private bool IsReportingVerb(int cue)
    {
        var w = W(cue);
        return !(w.StartsWith("continu", StringComparison.OrdinalIgnoreCase) || w.StartsWith("post", StringComparison.OrdinalIgnoreCase)
                 || w.StartsWith("read", StringComparison.OrdinalIgnoreCase) || w.StartsWith("chant", StringComparison.OrdinalIgnoreCase));
    }

    // The first token of a clause, past openers and an introductory phrase: "Earlier this week, Hillary Clinton, …".
    private int FirstContentToken(int from)
    {
        int k = from;
        for (int j = k; j < Math.Min(_tokens.Length, k + 10); j++)
        {
            if (W(j) is "," && j > k && (QuoteWords.IsPreposition(W(k)) || QuoteWords.IsBoundary(W(k)) || QuoteWords.IsTimeWord(W(k))
                                      || W(k).EndsWith("ly") || W(k).Equals("Earlier", StringComparison.Ordinal)))
                return j + 1;
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number) break;
        }
        while (k < _tokens.Length && IsWord(k) && QuoteWords.IsBoundary(W(k)) && !QuoteWords.IsPronoun(W(k))) k++;
        return k;
    }

    // After an inverted cue and its speaker ("…, said Dan Gerstein"): the clause ends, an appositive or a time phrase follows.
    private bool IsInvertedTail(int from, int clauseEnd)
    {
        if (from >= clauseEnd) return true;
        var w = W(from);
        if (w is "," || IsTerminal(from) || QuoteWords.IsTimeWord(w) || w is "in" or "on" or "at" or "during" or "after" or "before" or "while" or "when" or "as") return true;
        // "…, said a former spokesman for the board, Omar Lind" · "…, said a handful of aides who …": the speaker's own
        // "of"/"for" phrase or relative clause, when no verb comes before the next comma.
        if (w is "who") return true;
        if (!(w is "of" or "for" or "with" or "from")) return false;
        for (int j = from + 1; j < Math.Min(clauseEnd, from + 10); j++)
        {
            if (W(j) is "," || IsTerminal(j) || W(j) is "who") return true;
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number || !IsCapitalized(j) && IsVerbLike(j)) return false;
        }
        return from + 10 >= clauseEnd;
    }

    // A prepositional or time phrase without a comma of its own: "In a press release earlier this month".
    private bool IsOnlyPhrase(int from, int to)
    {
        if (!IsWord(from)) return false;
        var first = W(from);
        // "About 270 people were resettled": an approximate number starts a clause, not a phrase.
        if (first is "About" or "Around" or "Nearly" or "Roughly" or "Almost" or "Over" or "Under" or "Some" && from + 1 < to && _tokens[from + 1].Kind == TokenKind.Number) return false;
        bool opener = QuoteWords.IsPreposition(first) || first is "Even" or "even" or "Earlier" or "Later" or "Yesterday" or "Today"
                      || IsCapitalized(from) && QuoteWords.IsCalendarWord(first) && !(first is "This" or "Last" or "Next");
        if (!opener) return false;
        for (int i = from; i < to; i++)
        {
            if (W(i) is ",") return false;
        }
        return true;
    }

    // The comma just before a subject, allowing a few lower-case words between ("…, federal officials said").
    private int CommaBefore(int subjectStart, int lower)
    {
        if (subjectStart <= lower) return -1;
        for (int k = subjectStart - 1, n = 0; k >= lower && n <= 3; k--, n++)
        {
            if (W(k) is ",") return k;
            // He was "charming and wonderful," Roffman said: the comma (or ? !) inside a closing mark.
            if (IsCommaInClosingMark(k, lower)) return k + 1;
            if (!IsWord(k) || IsCapitalized(k) || QuoteWords.IsBoundary(W(k)) || QuoteWords.IsPreposition(W(k))) return -1;
        }
        return -1;
    }

    private bool IsCommaInClosingMark(int c, int lower) =>
        _tokens[c].Kind == TokenKind.QuoteMark && InPair(c) && _pairs[_pairOf[c]].ContentEnd == c && c - 1 > lower
        && (W(c - 1) is "," || IsTerminal(c - 1) && W(c - 1) is "?" or "!");

    // ", said X" or ",\" said X": a comma right before the cue, or inside the closing mark before it.
    private bool IsCommaBefore(int cue) => W(cue - 1) is "," || IsCommaInClosingMark(cue - 1, 0);

    /// <summary>
    /// A subject the backward walk cannot read, for a verb of saying: "Experts on North Korea and nuclear policy said". The
    /// sentence's subject, when only words (no punctuation, quotes, verbs or clause words) lie between it and the cue.
    /// </summary>
    private (int Start, int End) LongSubject(int lower, int cue)
    {
        var subject = SentenceSubject(lower, cue);
        if (subject.Start < 0 || subject.Start != FirstContentToken(lower) || cue - subject.End > 8) return (-1, -1);
        for (int j = subject.End; j < cue; j++)
        {
            if (IsCompoundDash(j) || IsCompoundPart(j)) continue; // "front-runner"
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number) return (-1, -1);
            var w = W(j);
            // "Progressive groups that have endorsed him say": a short relative clause may sit between.
            if (w is "that" or "who" && j == subject.End) continue;
            if (QuoteWords.IsBoundary(w) && !(w is "and" or "to" || IsRelativeAux(j, subject.End)) || IsVerbLike(j) && !IsRelativeAux(j, subject.End) || QuoteWords.IsPronoun(w)) return (-1, -1);
        }
        return subject;
    }

    // Inside a relative clause right after the subject ("groups that have endorsed him"): its auxiliaries and verbs.
    private bool IsRelativeAux(int j, int subjectEnd) => subjectEnd < j && W(subjectEnd) is "that" or "who" && !(W(j) is "and" or "but");

    // A subject and a cue right after a comma: ", Lewandowski said …" starts another attribution.
    // With anyCue, also a verb of belief or stance and a number in the subject (", while 95 members favored …").
    private bool CueFollows(int from, int limit, bool anyCue = false)
    {
        for (int m = from; m < Math.Min(limit, from + 8); m++)
        {
            if (!IsWord(m)) { if (_tokens[m].Kind == TokenKind.Number) continue; return false; } // "one in four", "4 in 10"
            if (W(m) is "than" && m > from && W(m - 1) is "more" or "less" or "fewer") continue; // "more than half"
            var flags = SpeechCues.Lookup(W(m));
            if (m > from && (flags & CueFlags.Speech) != 0 && (flags & CueFlags.Participle) == 0) return true;
            if (anyCue && m > from && flags != CueFlags.None && (flags & CueFlags.Participle) == 0 && !IsCapitalized(m)
                && ((flags & CueFlags.NounLike) == 0 || IsCapitalized(m - 1) || QuoteWords.IsPronoun(W(m - 1)))) return true; // "Okafor prefers"
            if (QuoteWords.IsBoundary(W(m)) && !QuoteWords.IsPreCueAdverb(W(m))) return false;
        }
        return false;
    }

    /// <summary>Where the reported clause after a cue starts, or -1: skips "that", times ("Tuesday"), objects ("told reporters") and short lead-in phrases.</summary>
    private int ReportedClauseStart(int k, int sentEnd, CueFlags flags)
    {
        if (k >= sentEnd) return -1;
        if ((flags & CueFlags.PhraseContent) != 0)
            return IsWord(k) || _tokens[k].Kind is TokenKind.Number or TokenKind.Currency || _tokens[k].Kind == TokenKind.QuoteMark && InPair(k) ? k : -1;
        // "that" within a few adverbial words: "said on Tuesday that", "told CNN in an interview that".
        for (int j = k; j < Math.Min(sentEnd, k + 13); j++)
        {
            if (Is(j, "that"))
            {
                // "warned of a battle ahead that could split …": "that" after a noun and before a modal or auxiliary is a
                // relative pronoun, not the start of the reported clause.
                if (j > k && j + 1 < sentEnd && IsWord(j - 1) && !IsCapitalized(j - 1) && !QuoteWords.IsTimeWord(W(j - 1)) && !QuoteWords.IsObjectWord(W(j - 1))
                    && W(j + 1) is "could" or "would" or "will" or "can" or "may" or "might" or "should" or "must" or "has" or "have" or "had")
                    break;
                // "say that, in addition to Scott, he …": the comma after "that" opens the clause, it is not content.
                int c = j + 1 < sentEnd && W(j + 1) is "," ? j + 2 : j + 1;
                if (j == k || IsAdverbialRun(k, j, flags)) return c < sentEnd ? c : -1;
                break;
            }
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number && !(W(j) is "," or "'s")) break;
        }
        while (k < sentEnd && IsWord(k) && QuoteWords.IsTimeWord(W(k)) && !(Is(k, "last") || Is(k, "this") || Is(k, "next"))) k++;
        // "promised to cut taxes", "agreed to pay": an infinitive right after the cue is its content.
        // (In a title-case headline the verb is capitalised: "Ruiz Vows To Cut Taxes".)
        if (k + 1 < sentEnd && Is(k, "to") && IsWord(k + 1) && (!IsCapitalized(k + 1) || IsCapitalized(k) && IsTitleCaseCue(k - 1)) && !QuoteWords.IsDeterminer(W(k + 1))
            && !QuoteWords.IsObjectWord(W(k + 1)) && !QuoteWords.IsPronoun(W(k + 1)) && !QuoteWords.IsBoundary(W(k + 1)))
            return k;
        // "vowed to "tear up" the deal": the quoted verb is a fragment of the infinitive.
        if (k + 2 < sentEnd && Is(k, "to") && _tokens[k + 1].Kind == TokenKind.QuoteMark && InPair(k + 1) && _pairs[_pairOf[k + 1]].Open == k + 1
            && _roles[_pairOf[k + 1]] != PairRole.Attributed && IsWord(k + 2) && !IsCapitalized(k + 2) && !QuoteWords.IsDeterminer(W(k + 2)))
            return k;
        if ((flags & CueFlags.TakesObject) != 0)
        {
            // "asked whether …", "warned about …": no object, the question or topic is the content.
            if (k < sentEnd && IsWord(k) && IsQuestionWord(W(k))) return k;
            if (k + 1 < sentEnd && W(k) is "of" or "about" or "against" && IsWord(k + 1)) return k + 1; // "warned of a battle ahead …"
            int objectStart = k;
            // The person told: a pronoun, "reporters", a name, or "the …" up to a pronoun or name that starts the clause.
            if (k < sentEnd && IsWord(k) && QuoteWords.IsObjectWord(W(k)) && !QuoteWords.IsDeterminer(W(k))) k++;
            else if (k < sentEnd && IsCapitalized(k)) { while (k < sentEnd && IsWord(k) && IsCapitalized(k)) k++; }
            else if (k + 1 < sentEnd && IsWord(k) && QuoteWords.IsDeterminer(W(k)) && IsCapitalized(k + 1))
            {
                // "told the National Post he …", "told the AP her group …"
                k++;
                while (k < sentEnd && IsWord(k) && IsCapitalized(k)) k++;
            }
            else if (IsWord(k) && QuoteWords.IsDeterminer(W(k)) && PronounWithin(k + 1, Math.Min(sentEnd, k + 5)) is var pr && pr > 0)
                k = pr; // "told the forum he was …"
            else if (IsPluralObject(k, sentEnd) is var po && po > 0)
                k = po; // "warned state officials to …"
            else if (IsWord(k) && QuoteWords.IsDeterminer(W(k)) && ObjectThen(k + 1, sentEnd) is var ot && ot > 0)
                k = ot; // "asked the students if …", "asked a federal judge to …"
            else return -1;
            // "accused him of sexism", "urged voters to stay home", "asked Holder whether …": the object belongs to the content.
            if (k < sentEnd && k > objectStart && IsWord(k) && (W(k) is "of" or "to" or "for" || IsQuestionWord(W(k)))) return objectStart;
        }
        if (k >= sentEnd) return -1;
        var t = _tokens[k];
        if (t.Kind == TokenKind.QuoteMark) return InPair(k) && _roles[_pairOf[k]] != PairRole.Attributed ? k : -1;
        if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number && t.Kind != TokenKind.Currency) return -1;
        var w = W(k);
        // "predicted about one-third of the vote will …", "said over 200 people …": an approximate number opens the clause.
        if (w is "about" or "around" or "over" or "under" && k + 1 < sentEnd && (_tokens[k + 1].Kind == TokenKind.Number || IsShare(k + 1))
            && k + 2 < sentEnd && !IsTerminal(k + 2) && !(W(k + 2) is "," or "percent")) return k;
        if (w is "at" && k + 2 < sentEnd && W(k + 1) is "least" or "most" && (_tokens[k + 2].Kind == TokenKind.Number || IsShare(k + 2))) return k; // "at least six planes"
        if (QuoteWords.IsPreposition(w) && ClauseAfterTime(k, sentEnd) is var ct && ct > 0) return ct; // "reported on Wednesday the …"
        if (QuoteWords.IsPreposition(w) && !SubjectFollows(k + 1, sentEnd)) return -1; // "said in an interview." but "said in politics it takes time"
        if (w is "so" or "nothing" or "something" or "anything" or "yes" or "goodbye" or "hello" or "thanks" or "sorry") return -1;
        // "said no." · "said no to": an answer, not a clause; but "said no decision had been made" is one.
        if (w is "no" && (k + 1 >= sentEnd || !IsWord(k + 1) || W(k + 1) is "to" or "one" or "more" or "longer" or "comment")) return -1;
        if ((flags & CueFlags.Speech) != 0 && w is "it" or "this" or "that" or "those" or "these" or "what" && IsTerminal(Math.Min(k + 1, sentEnd - 1))) return -1;
        return k;
    }

    // Up to three lower-case words ending in a plural and followed by "to" or "that": "state officials to", "local voters that". The end, or -1.
    private int IsPluralObject(int from, int sentEnd)
    {
        for (int j = from; j < Math.Min(sentEnd - 1, from + 3); j++)
        {
            if (!IsWord(j) || IsCapitalized(j) || QuoteWords.IsBoundary(W(j)) || QuoteWords.IsPreposition(W(j))) return -1;
            if (IsPluralNoun(j) && (Is(j + 1, "to") || Is(j + 1, "that"))) return j + 1;
        }
        return -1;
    }

    // After a determiner, up to four lower-case words and then "to", "if" or "whether": where that word is, or -1.
    private int ObjectThen(int from, int sentEnd)
    {
        for (int j = from; j < Math.Min(sentEnd - 1, from + 5); j++)
        {
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number) return -1;
            if (j > from && (W(j) is "to" or "if" or "whether" || W(j) is "of" && _options.IncludeStances)) return j; // stances: "accused the council of …"
            if (IsCapitalized(j) || QuoteWords.IsBoundary(W(j)) || QuoteWords.IsPreposition(W(j)) || SpeechCues.Lookup(W(j)) != CueFlags.None) return -1;
        }
        return -1;
    }

    // The first subject pronoun among a few lower-case words ("the forum he"), or -1.
    private int PronounWithin(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (!IsWord(j) || IsCapitalized(j) && !Is(j, "I")) return -1;
            if (j > from && W(j) is "he" or "she" or "they" or "we" or "I") return j;
            if (QuoteWords.IsBoundary(W(j)) || QuoteWords.IsPreposition(W(j))) return -1;
        }
        return -1;
    }

    // A question word after an -ly adverb or a short phrase without punctuation or verbs ("on Monday whether"), or -1.
    private int QuestionAfter(int from, int clauseEnd)
    {
        if (from >= clauseEnd || !IsWord(from) || !(QuoteWords.IsPreposition(W(from)) || W(from).EndsWith("ly", StringComparison.Ordinal))) return -1;
        for (int j = from + 1; j < Math.Min(clauseEnd, from + 7); j++)
        {
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number || InPair(j)) return -1;
            if (W(j) is "whether" or "if" or "why" or "how" or "what" or "which" or "who" or "whom") return j;
            if (SpeechCues.Lookup(W(j)) != CueFlags.None || QuoteWords.IsBoundary(W(j)) && !(W(j) is "to")) return -1;
        }
        return -1;
    }

    private static bool IsQuestionWord(ReadOnlySpan<char> w) => w is "whether" or "if" or "how" or "why" or "what" or "about";

    // A phrase ending in a day or time of day, then a determiner or a name that opens the clause: "on Wednesday the Secret Service had",
    // "in a radio interview Monday the plan …". Where the clause starts, or -1.
    private int ClauseAfterTime(int from, int sentEnd)
    {
        for (int j = from + 1; j < Math.Min(sentEnd - 2, from + 7); j++)
        {
            if (!IsWord(j) || QuoteWords.IsBoundary(W(j)) || SpeechCues.Lookup(W(j)) != CueFlags.None) return -1;
            if (IsCapitalized(j) && QuoteWords.IsCalendarWord(W(j)) && !(W(j) is "This" or "Last" or "Next") || W(j) is "night" or "morning" or "afternoon" or "evening")
            {
                int c = j + 1;
                if (W(c) is "night" or "morning" or "afternoon" or "evening") c++;
                if (c + 1 < sentEnd && IsWord(c) && IsWord(c + 1) && (W(c) is "the" or "a" or "an" || IsCapitalized(c) && !QuoteWords.IsCalendarWord(W(c))))
                    return c;
                return -1;
            }
        }
        return -1;
    }

    // A short phrase, then a subject pronoun and a word: "in politics it takes time".
    private bool SubjectFollows(int from, int sentEnd)
    {
        for (int j = from; j < Math.Min(sentEnd - 1, from + 5); j++)
        {
            if (!IsWord(j)) return false;
            if (W(j) is "he" or "she" or "it" or "they" or "we" or "I" && IsWord(j + 1)) return true;
        }
        return false;
    }

    // "on Tuesday", "in a statement", "in an interview with CNN", "reporters": words without verbs or punctuation.
    private bool IsAdverbialRun(int from, int to, CueFlags flags)
    {
        // An object may be longer than a phrase of time or place: "told one of his aides on a regular basis that".
        if (to - from > ((flags & CueFlags.TakesObject) != 0 ? 12 : 10)) return false;
        if (from < to && W(from) is "," && to - from > 2 && W(to - 1) is ",") from++; // "cautioned, as did the campaign, that"
        if (from >= to) return true;
        var first = W(from);
        if (!(QuoteWords.IsPreposition(first) || QuoteWords.IsTimeWord(first) || (flags & CueFlags.TakesObject) != 0 || IsCapitalized(from)
              || first is "twice" || IsMannerAdverb(from))) return false; // "said, twice, that"
        for (int j = from; j < to; j++)
        {
            // Commas only inside a place name ("at a stop in Toledo, Ohio, that"); a relative word starts a clause of its own.
            if (!IsWord(j) && _tokens[j].Kind != TokenKind.Number && !(W(j) is "'s" || W(j) is "," && j > from || IsCompoundDash(j))) return false; // "in an op-ed"
            if (IsWord(j) && W(j) is "who" or "which" or "whom" or "whose" or "when" or "where" or "because" or "if") return false;
            // "pledged to work with both parties, Sanders insisted that …": the "that" belongs to another subject's verb.
            if (j > from && IsWord(j) && !IsCapitalized(j) && SpeechCues.Lookup(W(j)) is var f
                && (f & CueFlags.Speech) != 0 && (f & (CueFlags.NounLike | CueFlags.Participle)) == 0) return false;
        }
        return true;
    }

    // After a cue at the end of a clause: only time and place adverbials ("he said in an interview published Wednesday.").
    private bool IsAdverbialTail(int from, int clauseEnd)
    {
        if (from >= clauseEnd) return true;
        var first = W(from);
        if (!(QuoteWords.IsPreposition(first) || QuoteWords.IsTimeWord(first) || first is "," or ";" or "late" or "early" || IsTerminal(from))) return false;
        for (int i = from; i < Math.Min(clauseEnd, from + 12); i++)
        {
            // "wrote to investors, telling them …" (but "said in a June report" is a noun)
            // ("Q, Ruiz said Tuesday, adding …": a participle after a comma has an attribution of its own, see ParticipleAfterInverted.)
            if (IsWord(i) && (SpeechCues.Lookup(W(i)) & CueFlags.Speech) != 0
                && !(i > from && IsWord(i - 1) && (QuoteWords.IsDeterminer(W(i - 1)) || IsCapitalized(i - 1)))
                && !(i > from && W(i - 1) is "," && (SpeechCues.Lookup(W(i)) & CueFlags.Participle) != 0 && !Is(i, "according")))
                return false;
        }
        return true;
    }

    /// <summary>The end of the sentence's last clause: before the final punctuation and closing marks.</summary>
    private int ClauseEnd(int sentStart, int sentEnd)
    {
        int e = sentEnd;
        bool openBracket = HasOpenBracket(sentStart + 1, sentEnd - 1); // a bracket opening the sentence closes with it
        while (e > sentStart && (IsTerminal(e - 1) || _tokens[e - 1].Has(TokenFlags.CloseBracket) && !openBracket
                                 || _tokens[e - 1].Kind == TokenKind.QuoteMark && !InPair(e - 1)))
            e--;
        return e;
    }

    private bool HasOpenBracket(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (_tokens[i].Has(TokenFlags.OpenBracket)) return true;
        }
        return false;
    }

    /// <summary>Where a reported clause starting at <paramref name="from"/> ends: the clause end, or earlier at a new clause of the sentence.</summary>
    private int ContentEnd(int from, int clauseEnd, int cue = -1)
    {
        clauseEnd = Math.Min(clauseEnd, from + MaxReportedTokens);
        for (int i = from + 1; i < clauseEnd; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.QuoteMark && InPair(i) && _roles[_pairOf[i]] == PairRole.Attributed && _pairs[_pairOf[i]].Open == i)
                return TrimEnd(from, i);
            var w = W(i);
            if (w is ":" or ";") return TrimEnd(from, i);
            if (t.Has(TokenFlags.Dash) && t.Has(TokenFlags.SpaceBefore) && i - from >= MinReportedTokens) return TrimEnd(from, i);
            if (w is "," && i + 2 < clauseEnd && !InPair(i + 1))
            {
                // ", and he …": a new clause with its own subject; ", Lewandowski said …": another attribution.
                var next = W(i + 1);
                if (next is "and" or "but" or "while" or "although" or "though" or "whereas"
                    && (QuoteWords.IsPronoun(W(i + 2)) || IsCapitalized(i + 2) && IsWord(i + 2) || CueFollows(i + 2, clauseEnd, _options.IncludeStances)))
                    return TrimEnd(from, i); // ", and rights groups warned …" too

                if (CueFollows(i + 1, clauseEnd)) return TrimEnd(from, i);
            }
            // "While Ramos said that …, he appears …": after a subordinate opener, ", he …" starts the main clause.
            if (w is "," && i + 2 < clauseEnd && IsWord(i + 1) && IsWord(i + 2) && (QuoteWords.IsPronoun(W(i + 1)) && !(W(i + 1) is "it" or "you"))
                && W(SentenceBounds(from).Start) is "While" or "Although" or "Though" or "Because" or "If" or "When" or "As" or "After" or "Before" or "Since" or "Whereas")
                return TrimEnd(from, i);
            if (w is "," && i + 1 < clauseEnd)
            {
                // ", according to X", ", he said", ", saying …"
                var next = i + 1;
                if (Is(next, "according") || (SpeechCues.Lookup(W(next)) & CueFlags.Participle) != 0 && !InPair(next)) return TrimEnd(from, i);
                if (next + 1 < clauseEnd && QuoteWords.IsPronoun(W(next)) && SpeechCues.Lookup(W(next + 1)) != CueFlags.None) return TrimEnd(from, i);
            }
            // "… “been friends for some time,” he claimed …": the same after a comma inside a closing mark.
            if (IsCommaInClosingMark(i, from) && i + 2 < clauseEnd && QuoteWords.IsPronoun(W(i + 1)) && SpeechCues.Lookup(W(i + 2)) != CueFlags.None)
                return i + 1;
            // "… hostile to them and one in four said …": "and" before a new subject with its own verb of saying.
            if (w is "and" or "but" && i + 2 < clauseEnd && i - from >= MinReportedTokens && !InPair(i + 1)
                && (_tokens[i + 1].Kind == TokenKind.Number || IsShare(i + 1) && !(W(i + 1) is "all" or "some")) && CueFollows(i + 1, clauseEnd))
                return TrimEnd(from, i);
            // "… supported it and Cruz opposed the measure": a name with its own cue after "and".
            if (w is "and" or "but" && i + 2 < clauseEnd && !InPair(i + 1) && IsWord(i + 1)
                && (IsCapitalized(i + 1) && CueFollows(i + 1, clauseEnd, _options.IncludeStances)
                    || W(i + 1) is "he" or "she" or "they" or "we" && IsWord(i + 2) && SpeechCues.Lookup(W(i + 2)) is var pf && pf != CueFlags.None && (pf & CueFlags.Participle) == 0))
                return TrimEnd(from, i);
            // "… links while Sanders suggests …", "… because she sees him as …", "… after the candidate suggested …": a contrast, reason
            // or time clause with its own subject and cue ends the clause (no comma needed).
            if (w is "while" or "whereas" or "because" or "since" or "after" or "before" or "when" or "although" or "though" && i + 2 < clauseEnd && !InPair(i + 1) && i - from >= MinReportedTokens
                && (QuoteWords.IsPronoun(W(i + 1)) && (SpeechCues.Lookup(W(i + 2)) & CueFlags.Participle) == 0 && SpeechCues.Lookup(W(i + 2)) != CueFlags.None
                    || CueFollows(i + 1, clauseEnd, _options.IncludeStances)))
                return TrimEnd(from, i);
            if ((w is "and" or "but") && i + 1 < clauseEnd && IsWord(i + 1)
                && (W(i + 1) is "before" or "after" or "when" or "while" or "until" or "because" or "then"
                    || (SpeechCues.Lookup(W(i + 1)) & CueFlags.Speech) != 0 && (SpeechCues.Lookup(W(i + 1)) & CueFlags.Participle) == 0
                    || i + 2 < clauseEnd && QuoteWords.IsPreCueAdverb(W(i + 1)) && (SpeechCues.Lookup(W(i + 2)) & CueFlags.Speech) != 0))
                return TrimEnd(from, i); // "… and before …", "… but said …", "… and also told …"
            // "He says he respects her and calls her …": a stance verb in the cue's own tense after "and" is a second
            // verb of the cue's subject, with an attribution of its own ("… says the plan helps and supports jobs" does not agree).
            if (cue >= 0 && (w is "and" or "but") && i + 1 < clauseEnd && IsWord(i + 1)
                && (SpeechCues.Lookup(W(i + 1)) & CueFlags.Stance) != 0 && SameTense(W(cue), W(i + 1)) && !InPair(i + 1))
                return TrimEnd(from, i);
        }
        return TrimEnd(from, clauseEnd);
    }

    // Both past ("said … and called") or both third person present ("says … and calls").
    private static bool SameTense(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        static bool Past(ReadOnlySpan<char> w) => w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || w is "said" or "told" or "wrote" or "thought" or "knew" or "found" or "saw" or "felt" or "sought" or "swore" or "understood";
        static bool Present(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's';
        return Past(a) && Past(b) || Present(a) && Present(b);
    }

    // Inside "X, who said Q, <verb> …": Q ends at the comma before the main clause's verb (a lower-case verb-like word).
    private int RelativeClauseEnd(int from, int end)
    {
        for (int i = from + 1; i + 1 < end; i++)
        {
            if (W(i) is "," && !InPair(i) && IsWord(i + 1) && !IsCapitalized(i + 1) && IsVerbLike(i + 1) && !QuoteWords.IsPreCueAdverb(W(i + 1)))
                return TrimEnd(from, i);
            // … "a disgrace," signed it …: the comma inside the closing mark.
            if (IsCommaInClosingMark(i, from) && IsWord(i + 1) && !IsCapitalized(i + 1) && IsVerbLike(i + 1) && !QuoteWords.IsPreCueAdverb(W(i + 1)))
                return i + 1;
        }
        return end;
    }

    private int TrimEnd(int from, int end)
    {
        while (end > from && (W(end - 1) is "," or ";" or ":" or "—" or "--" || _tokens[end - 1].Has(TokenFlags.Dash) && _tokens[end - 1].Has(TokenFlags.SpaceBefore)))
            end--;
        return end;
    }

    private bool TryOpeningParticiple(int cue, int cueEnd, CueFlags flags, int sentEnd, int clauseEnd)
    {
        int start = ReportedClauseStart(cueEnd, sentEnd, flags);
        if (start < 0 && (flags & CueFlags.Stance) != 0 && cueEnd < clauseEnd && IsWord(cueEnd)) start = cueEnd; // "Criticizing the plan, …"
        if (start < 0) return false;
        for (int j = start + 1; j + 1 < Math.Min(clauseEnd, start + 60); j++)
        {
            if (InPair(j) && !IsCommaInClosingMark(j, start)) continue;
            if (!(W(j) is ",") && !IsCommaInClosingMark(j, start)) continue;
            var (s, e) = MainSubjectAt(j + 1, clauseEnd);
            if (s < 0) continue;
            int end = W(j) is "," ? j : j + 1;
            return AddReported(start, end, cue, cueEnd, s, e, 2);
        }
        return false;
    }

    // A main clause's subject at from: a pronoun, a run of capitalised words or "the" and up to five lower-case words, then a
    // lower-case verb ("Ruiz said", "the former mayor warned"). (-1, -1) otherwise.
    private (int Start, int End) MainSubjectAt(int from, int clauseEnd)
    {
        if (from >= clauseEnd || !IsWord(from)) return (-1, -1);
        int k = from;
        if (QuoteWords.IsPronoun(W(from)) && W(from) is "he" or "she" or "they" or "we" or "I") k++;
        else if (W(from) is "the" or "The")
        {
            k++;
            while (k < clauseEnd && k < from + 6 && IsWord(k) && !IsCapitalized(k) && !IsVerbLike(k) && !QuoteWords.IsBoundary(W(k)) && !QuoteWords.IsPreposition(W(k))) k++;
            while (k < clauseEnd && k < from + 8 && IsWord(k) && IsCapitalized(k)) k++;
        }
        else if (IsCapitalized(from) && !QuoteWords.IsBoundary(W(from)))
        {
            while (k < clauseEnd && k < from + 6 && (IsWord(k) && IsCapitalized(k) || _tokens[k].Kind == TokenKind.Punctuation && W(k) is ".")) k++;
        }
        if (k == from || k >= clauseEnd || !IsWord(k) || IsCapitalized(k) || !(IsVerbLike(k) || W(k) is "put" or "did" or "has" or "had" or "was" or "is" or "will" or "would")) return (-1, -1);
        return (from, k);
    }

    // "X said that Q1 "…" and insisted that Q2": the attribution just before "and" (its content ends there, a comma or a
    // closing mark between) has the subject of the second cue. Looks at the last few attributions only.
    private (int Start, int End) SpeakerOfCoordinated(int and, int sentStart)
    {
        for (int k = _found.Count - 1; k >= 0 && k >= _found.Count - 8; k--)
        {
            var f = _found[k];
            if (f.CueStart < sentStart || f.CueStart >= and || f.SpeakerStart < 0 || f.SpeakerStart > f.CueStart) continue;
            int gap = f.ContentEnd;
            while (gap < and && (W(gap) is "," || _tokens[gap].Kind == TokenKind.QuoteMark)) gap++;
            if (gap == and) return (f.SpeakerStart, f.SpeakerEnd);
        }
        return (-1, -1);
    }

    // "Q, Ruiz said on Tuesday, adding …": the attribution whose cue (or inverted speaker) ends a few time or place words before
    // the comma at <paramref name="comma"/> lends its speaker to the participle. Looks at the last few attributions only.
    private (int Start, int End) SpeakerOfAttributionBefore(int comma, int sentStart)
    {
        for (int k = _found.Count - 1; k >= 0 && k >= _found.Count - 4; k--)
        {
            var f = _found[k];
            if (f.CueStart < sentStart || f.CueEnd > comma || f.SpeakerStart < 0 || f.ContentEnd > comma) continue;
            int j = Math.Max(f.CueEnd, f.SpeakerEnd);
            if (comma - j > 8) continue;
            while (j < comma && IsWord(j) && (QuoteWords.IsTimeWord(W(j)) || QuoteWords.IsPreposition(W(j)) || IsCapitalized(j) || QuoteWords.IsDeterminer(W(j)))) j++;
            if (j == comma) return (f.SpeakerStart, f.SpeakerEnd);
        }
        return (-1, -1);
    }

    private bool AddReported(int start, int end, int cue, int cueEnd, int spStart, int spEnd, int minTokens = MinReportedTokens)
    {
        if (end - start < minTokens) return false;
        for (int i = start; i < end; i++)
        {
            if (!_usedCues.Contains(i)) continue;
            // "calling it "disqualifying" and asserting that …": a coordinated cue that has its attribution already ends this one.
            // So does one after a comma, also inside a closing mark ("called China "reckless," accusing it of …").
            if (i - 1 > start && (W(i - 1) is "and" or "but" or "," or "before" or "after" or "while" || IsCommaInClosingMark(i - 1, start))
                && (SpeechCues.Lookup(W(i)) & CueFlags.Participle) != 0)
            {
                end = IsCommaInClosingMark(i - 1, start) ? i : TrimEnd(start, i - 1); // "… her hero before explaining …"
                if (end - start < minTokens) return false;
                break;
            }
            // "joked that Q, but went on to say, "…"": the cue of a direct quote in a coordinated predicate ends the clause at
            // "and"/"but" (a few words back at most).
            if (_directByCue.ContainsKey(i))
            {
                int c = i - 1;
                while (c > start && c >= i - 6 && !(Is(c, "and") || Is(c, "but")) && IsWord(c)) c--;
                if (c > start && (Is(c, "and") || Is(c, "but")) && TrimEnd(start, c) - start >= minTokens)
                {
                    end = TrimEnd(start, c);
                    break;
                }
            }
            return false; // holds another attribution ("he told advisers, according to X")
        }
        int quoted = 0, fragments = 0;
        int onlyPair = -1;
        for (int i = start; i < end; i++)
        {
            if (!InPair(i)) continue;
            int p = _pairOf[i];
            if (_roles[p] == PairRole.Attributed) return false; // overlaps a direct quote
            if (p != onlyPair) { fragments++; onlyPair = p; }
            quoted++;
        }
        var kind = fragments == 0 ? QuoteKind.Indirect : QuoteKind.Mixed;
        int contentStart = start, contentEnd = end;
        if (fragments == 1 && _pairs[onlyPair].Open == start && _pairs[onlyPair].Closed && _pairs[onlyPair].ContentEnd == end - 1)
        {
            // All of the content is inside the marks: said that "…".
            kind = QuoteKind.Direct;
            contentStart = _pairs[onlyPair].ContentStart;
            contentEnd = _pairs[onlyPair].ContentEnd;
        }
        for (int i = start; i < end; i++)
        {
            if (InPair(i)) _roles[_pairOf[i]] = PairRole.Consumed;
        }
        _usedCues.Add(cue);
        _found.Add(new Found
        {
            ContentStart = contentStart, ContentEnd = contentEnd, Kind = kind, CueStart = cue, CueEnd = cueEnd,
            SpeakerStart = spStart, SpeakerEnd = spEnd, Pair = kind == QuoteKind.Direct ? onlyPair : -1,
        });
        return true;
    }
}
