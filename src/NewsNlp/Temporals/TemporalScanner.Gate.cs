namespace NewsNlp;

internal static partial class TemporalScanner
{
    /// <summary>What a word can do at the start of a temporal expression, or just after one (one look-up gives all).</summary>
    [Flags]
    private enum Cue : ulong
    {
        None = 0,
        /// <summary>Starts an expression on its own (the starters).</summary>
        Starter = 1 << 0,
        /// <summary>"the", "a", "an", "at", "this", "some", "for", "in": a start only before <see cref="AfterLead"/>.</summary>
        Lead = 1 << 1,
        /// <summary>What may follow a lead word.</summary>
        AfterLead = 1 << 2,
        /// <summary>"this", "last", "previous", "past", "next", "coming".</summary>
        Direction = 1 << 3,
        /// <summary>What a direction word applies to: a weekday, month, part of day, weekend, time unit, number word, holiday.</summary>
        AfterDirection = 1 << 4,
        The = 1 << 5,
        At = 1 << 6,
        Right = 1 << 7,
        /// <summary>"a", "an".</summary>
        Article = 1 << 8,
        /// <summary>"few", "couple", "quarter": "a few days", "a quarter past".</summary>
        AfterArticle = 1 << 9,
        /// <summary>"few", "several", "couple", "all", "full", "whole", "another", "entire": before a time unit.</summary>
        Vague = 1 << 10,
        Some = 1 << 11,
        /// <summary>The first word of a holiday of several words ("New Year's Day").</summary>
        HolidayFirst = 1 << 12,
        /// <summary>The second word of such a holiday.</summary>
        HolidaySecond = 1 << 13,
        /// <summary>A number word ("two", "third", "half").</summary>
        Number = 1 << 14,
        /// <summary>A time unit ("day", "years", "h").</summary>
        Unit = 1 << 15,
        /// <summary>"in", "for": no expression starts with them.</summary>
        Never = 1 << 16,
        /// <summary>"every", "each".</summary>
        Every = 1 << 17,
        /// <summary>What "every" applies to: "weekend", a part of day, weekday, "other", a small number word, a time unit.</summary>
        AfterEvery = 1 << 18,
        /// <summary>"once", "twice".</summary>
        Once = 1 << 19,
        /// <summary>"a", "an", "per", "every" (after "once").</summary>
        AfterOnce = 1 << 20,
        /// <summary>"early", "late", "mid", "earlier", "later", "end": before a year, a month or a direction.</summary>
        Period = 1 << 21,
        /// <summary>What follows a period word: "of", a month, a direction.</summary>
        AfterPeriod = 1 << 22,
        /// <summary>"on", "for", "by", "since", "until": "on the 27th".</summary>
        BeforeTheDay = 1 << 23,
        /// <summary>"day", "this", "last", "previous", "past", "next", "coming": "the day after tomorrow", "the past week".</summary>
        AfterThe = 1 << 24,
        /// <summary>What may end a number that starts an expression: a time unit, "weekend(s)", a month, weekday, "next"/"last"/"this", "past", "to".</summary>
        AfterNumber = 1 << 25,
        /// <summary>Words a spelled number is read over ("and", "a", "an", "point", "of", "quarter", the number words).</summary>
        InNumber = 1 << 26,
        /// <summary>"present", "the" after "at".</summary>
        AfterAt = 1 << 27,
        /// <summary>"now" after "right".</summary>
        Now = 1 << 28,
        /// <summary>"for" before "some".</summary>
        For = 1 << 29,
        /// <summary>A starter that needs nothing beside it: a month, a weekday, "today", "noon", "Christmas", ...</summary>
        Free = 1u << 30,
        /// <summary>A word one of the patterns tried after the modified periods may start with (see <see cref="Reader.TryMatch(int, Cue, out Match)"/>).</summary>
        Tail = 1u << 31,
        /// <summary>"spring", "summer", "fall", "autumn", "winter".</summary>
        Season = 1ul << 32,
    }

    /// <summary>Starters whose patterns need a neighbour (see <see cref="Reader.MayStart"/>).</summary>
    private const Cue Conditional = Cue.Number | Cue.HolidayFirst | Cue.Direction | Cue.Right | Cue.Period | Cue.Every | Cue.Once | Cue.Vague | Cue.Season;

    private static readonly Lexicon<Cue> s_cues = new(BuildCues());

    private static IEnumerable<KeyValuePair<string, Cue>> BuildCues()
    {
        var cues = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, Cue cue)
        {
            foreach (var w in words) cues[w] = cues.GetValueOrDefault(w) | cue;
        }
        foreach (var (w, alone) in BuildStarters()) Add([w], alone ? Cue.Starter : Cue.Lead);
        Add(s_afterLeadWords.Keys, Cue.AfterLead);
        string[] directions = ["this", "last", "previous", "past", "next", "coming"];
        Add(directions, Cue.Direction | Cue.AfterThe | Cue.AfterPeriod);
        var months = s_months.Keys.ToArray();
        var weekdays = s_weekdays.Keys.Concat(s_weekdayPlurals.Keys).Concat(s_weekdayAbbreviations.Keys).ToArray();
        var units = s_units.Keys.ToArray();
        var numbers = NumberScanner.NumberWords.ToArray();
        var holidayFirsts = s_holidayStarts.Keys.ToArray();
        Add(weekdays, Cue.AfterDirection | Cue.AfterEvery | Cue.AfterNumber);
        Add(months, Cue.AfterDirection | Cue.AfterPeriod | Cue.AfterNumber);
        Add(s_partsOfDay.Keys, Cue.AfterDirection | Cue.AfterEvery);
        Add(s_seasons.Keys, Cue.Season | Cue.AfterDirection | Cue.AfterThe);
        Add(["weekend"], Cue.AfterDirection | Cue.AfterEvery | Cue.AfterNumber | Cue.AfterThe);
        Add(["weekends"], Cue.AfterNumber);
        Add(units, Cue.AfterDirection | Cue.Unit | Cue.AfterEvery | Cue.AfterNumber);
        Add(numbers, Cue.AfterDirection | Cue.Number | Cue.AfterEvery | Cue.InNumber);
        Add(holidayFirsts, Cue.AfterDirection);
        Add(["past", "coming"], Cue.AfterDirection);
        Add(["next", "last", "this", "past", "to"], Cue.AfterNumber);
        Add(["and", "a", "an", "point", "of", "quarter"], Cue.InNumber);
        Add(["the"], Cue.The);
        Add(["at"], Cue.At);
        Add(["right"], Cue.Right);
        Add(["now"], Cue.Now);
        Add(["present", "the"], Cue.AfterAt);
        Add(["a", "an"], Cue.Article);
        Add(["few", "couple", "quarter"], Cue.AfterArticle);
        Add(["few", "several", "couple", "all", "full", "whole", "another", "entire", "recent"], Cue.Vague);
        Add(["some"], Cue.Some);
        Add(["for"], Cue.For);
        Add(["in", "for"], Cue.Never);
        Add(["every", "each"], Cue.Every);
        Add(["other"], Cue.AfterEvery);
        Add(["once", "twice"], Cue.Once);
        Add(["a", "an", "per", "every"], Cue.AfterOnce);
        Add(["early", "late", "mid", "earlier", "later", "end", "start", "beginning", "middle"], Cue.Period);
        Add(["of"], Cue.AfterPeriod);
        Add(["on", "for", "by", "since", "until"], Cue.BeforeTheDay);
        Add(["day"], Cue.AfterThe);
        // Holidays of several words: the first word is a start only before the second ("New Year", not "New York").
        foreach (var holiday in s_holidays.Keys)
        {
            int space = holiday.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            Add([Units.FirstToken(holiday)], Cue.HolidayFirst);
            Add([Units.FirstToken(holiday[(space + 1)..])], Cue.HolidaySecond);
        }
        // The first words of the patterns after TryModifiedPeriod in TryMatch, from the lists they read.
        Add(months.Concat(weekdays).Concat(numbers).Concat(holidayFirsts).Concat(s_holidayStarts.Keys).Concat(s_setWords.Keys).Concat(s_partsOfDayPlural.Keys), Cue.Tail);
        Add(["early", "mid", "late", "end", "weekends", "once", "twice", "every", "each", "aged", "noon", "midday", "noonish", "midnight", "half",
            "a", "an", "few", "several", "some", "couple", "all", "full", "whole", "another", "entire", "quarter", "recent", "age"], Cue.Tail);
        foreach (var (w, cue) in cues.ToArray())
            if ((cue & Cue.Starter) != 0 && (cue & Conditional) == 0) cues[w] = cue | Cue.Free;
        foreach (var (w, cue) in cues.ToArray())
            if ((cue & Cue.Starter) != 0 && (months.Contains(w, StringComparer.OrdinalIgnoreCase) || weekdays.Contains(w, StringComparer.OrdinalIgnoreCase)
                || s_holidays.TryGet(w, out _))) cues[w] = cue | Cue.Free;
        return cues;
    }

    /// <summary>
    /// The starters and what may follow a lead word: an expression may start at one of these words
    /// or within two tokens before it (see <see cref="AnchorMarks"/>; numbers, "½", "Dec31" are marked there).
    /// </summary>
    public static IEnumerable<string> AnchorWords => BuildCues().Where(e => (e.Value & (Cue.Starter | Cue.AfterLead)) != 0).Select(e => e.Key);

    /// <summary>
    /// Whether a token that is no anchor may still start an expression: only the lead words that can
    /// ("the", "a", "an", "at", "this", "some"), checked without a look-up; non-ASCII is left to <see cref="Reader.MayStart"/>.
    /// </summary>
    private static bool MayBeLead(string text, in Token token)
    {
        if (token.Kind != TokenKind.Word) return false;
        var w = TrimPeriod(TokenText.Of(text, token));
        if (!System.Text.Ascii.IsValid(w)) return true;
        static bool Is(ReadOnlySpan<char> w, string lower)
        {
            for (int k = 0; k < lower.Length; k++) if ((w[k] | 0x20) != lower[k]) return false;
            return true;
        }
        return w.Length switch
        {
            1 => Is(w, "a"),
            2 => Is(w, "an") || Is(w, "at"),
            3 => Is(w, "the"),
            4 => Is(w, "this") || Is(w, "some"),
            _ => false,
        };
    }

    /// <summary>The cues of the word at <paramref name="k"/> (its final period dropped); None for other tokens.</summary>
    private static Cue CueAt(string text, ReadOnlySpan<Token> tokens, int k, int limit)
    {
        if ((uint)k >= (uint)limit || tokens[k].Kind != TokenKind.Word) return Cue.None;
        return s_cues.TryGet(TrimPeriod(TokenText.Of(text, tokens[k])), out var cue) ? cue : Cue.None;
    }

    private ref partial struct Reader
    {
        /// <summary>
        /// A cheap test before <see cref="TryMatch(int, Cue, out Match)"/>: numbers, and words that can start an expression
        /// where they stand. One look-up per word; the few words that need a neighbour ("the", "a",
        /// "last", number words) look at it. Every test here is a necessary condition of some pattern
        /// of <see cref="TryMatch(int, Cue, out Match)"/>, so the gate changes the time taken, never the result.
        /// </summary>
        public bool MayStart(int i, out Cue cue)
        {
            cue = Cue.None;
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind != TokenKind.Word) return false;
            var w = TrimPeriod(TokenText.Of(_text, t));
            if (!s_cues.TryGet(w, out cue) || (cue & (Cue.Starter | Cue.Lead)) == 0)
                return w.Length == 1 && NumberScanner.IsVulgarFraction(w[0]) || w.Length > 3 && char.IsAsciiDigit(w[^1]); // "½", "Dec31"
            if ((cue & Cue.Free) != 0) return true;
            if ((cue & Cue.Never) != 0) return false;
            var next = CueAt(_text, _tokens, i + 1, _limit);
            bool nextIsNumber = i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Number;
            if ((cue & Cue.Lead) != 0)
            {
                // the old gate: a lead word only before a possible start, or "at the present"
                bool leads = nextIsNumber || (next & Cue.AfterLead) != 0 || IsWord(i, "at") && IsWord(i + 1, "the") && (IsWord(i + 2, "present") || IsWord(i + 2, "moment") || IsWord(i + 2, "minute"));
                if (!leads) return false;
            }
            // Then what the patterns that can start with this word need next to it.
            if ((cue & Cue.Number) != 0 && (NumberMayStart(i) || IsWord(i + 1, "quarter") && IsWord(i + 2, "of"))) return true;
            // "New Year's Day", "Mother's Day", "Presidents' Day": the possessive is a token of its own
            if ((cue & Cue.HolidayFirst) != 0 && i + 1 < _limit && (HolidaySecondAt(i + 1) || IsGluedPossessive(i + 1) && i + 2 < _limit && HolidaySecondAt(i + 2))) return true;
            if ((cue & Cue.Direction) != 0 && (nextIsNumber || (next & Cue.AfterDirection) != 0)) return true;
            if ((cue & Cue.The) != 0 && ((next & Cue.AfterThe) != 0 || (CueAt(_text, _tokens, i - 1, _limit) & Cue.BeforeTheDay) != 0 && i - 1 >= _sentenceStart)) return true;
            if ((cue & Cue.At) != 0 && (next & Cue.AfterAt) != 0) return true;
            if ((cue & Cue.Right) != 0 && (next & Cue.Now) != 0) return true;
            if ((cue & Cue.Article) != 0 && (next & (Cue.AfterArticle | Cue.Unit)) != 0) return true;
            if ((cue & Cue.Vague) != 0 && ((next & (Cue.Unit | Cue.AfterPeriod)) != 0 || IsDashGlued(i + 1))) return true;
            if ((cue & Cue.Some) != 0 && i - 1 >= _sentenceStart && (CueAt(_text, _tokens, i - 1, _limit) & Cue.For) != 0) return true;
            if ((cue & Cue.Every) != 0 && (nextIsNumber || (next & Cue.AfterEvery) != 0)) return true;
            if ((cue & Cue.Once) != 0 && (next & Cue.AfterOnce) != 0) return true;
            if ((cue & Cue.Period) != 0 && (nextIsNumber || (next & Cue.AfterPeriod) != 0 || IsDashGlued(i + 1) || IsWord(i + 1, "in") && IsWord(i + 2, "the"))) return true;
            // "summer 2012", "the fall of 2007" (with "the", the season is the word after it)
            if ((cue & Cue.Season) != 0 && (nextIsNumber || IsWord(i + 1, "of") && i + 2 < _limit && _tokens[i + 2].Kind == TokenKind.Number)) return true;
            return false;
        }

        /// <summary>
        /// A number word starts an expression only after "at" or when what follows the spelled number
        /// (read over number words, "and", "a", "of", dashes) is a unit, month, weekday, "past", ...
        /// </summary>
        private bool NumberMayStart(int i)
        {
            if (i - 1 >= _sentenceStart && IsWord(i - 1, "at")) return true;
            // bounded: past 24 tokens of number words, let the patterns decide
            for (int k = i + 1, stop = Math.Min(_limit, i + 24); k < stop; k++)
            {
                var t = _tokens[k];
                if (t.Has(TokenFlags.Dash)) continue;
                if (t.Kind != TokenKind.Word) return false;
                var cue = CueAt(_text, _tokens, k, _limit);
                if ((cue & Cue.AfterNumber) != 0) return true;
                if ((cue & Cue.InNumber) == 0) return false;
            }
            return true;
        }

        private bool IsGluedPossessive(int k) => TokenText.Glued(_tokens[k]) && W(k) is "'s" or "’s" or "'" or "’";

        /// <summary>Whether the token starts with the second word of a holiday ("Year" of "New Year's Day").</summary>
        private bool HolidaySecondAt(int k)
        {
            var s = W(k);
            int n = 0;
            while (n < s.Length && (char.IsLetterOrDigit(s[n]) || char.GetUnicodeCategory(s[n]) == System.Globalization.UnicodeCategory.OtherNumber)) n++;
            return s_cues.TryGet(n == 0 ? s[..Math.Min(1, s.Length)] : s[..n], out var cue) && (cue & Cue.HolidaySecond) != 0;
        }
    }
}
