using System.Collections.Immutable;
using System.Globalization;

namespace NewsNlp;

/// <summary>
/// Finds temporal expressions over tokens, one sentence at a time, and resolves relative ones
/// against the publication date with the tense of their clause (<see cref="TenseFinder"/>).
/// A scanner: at each token a fixed set of patterns looks a bounded number of tokens ahead, so a
/// document is read in linear time.
/// </summary>
internal static partial class TemporalScanner
{
    private enum Unit : byte { Second, Minute, Hour, Day, Week, Month, Year }

    private readonly record struct UnitWord(Unit Unit, decimal Multiplier, bool Plural);

    private static readonly Lexicon<int> s_months = new(BuildMonths());
    private static readonly Lexicon<DayOfWeek> s_weekdays = new(BuildWeekdays(plural: false));
    private static readonly Lexicon<DayOfWeek> s_weekdayPlurals = new(BuildWeekdays(plural: true));
    private static readonly Lexicon<DayOfWeek> s_weekdayAbbreviations = new(new Dictionary<string, DayOfWeek>
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    });
    private static readonly Lexicon<UnitWord> s_units = new(BuildUnits());
    private static readonly Lexicon<string> s_partsOfDay = new(new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    });
    /// <summary>Seasons, with their TIMEX3 codes (meteorological: spring is March to May, winter December to February).</summary>
    private static readonly Lexicon<string> s_seasons = new(new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    });
    private static readonly Lexicon<string> s_partsOfDayPlural = new(new Dictionary<string, string>
    {
        ["mornings"] = "MO", ["afternoons"] = "AF", ["evenings"] = "EV", ["nights"] = "NI",
    });

    /// <summary>Fixed-date holidays (month, day); Easter is computed.</summary>
    private static readonly Lexicon<(int Month, int Day)> s_holidays = new(new Dictionary<string, (int, int)>
    {
        ["christmas"] = (12, 25), ["christmas day"] = (12, 25), ["christmas eve"] = (12, 24), ["boxing day"] = (12, 26),
        ["new year's day"] = (1, 1), ["new year’s day"] = (1, 1), ["new year day"] = (1, 1), ["new year"] = (1, 1), ["new years day"] = (1, 1),
        ["new year's eve"] = (12, 31), ["new year’s eve"] = (12, 31), ["independence day"] = (7, 4), ["halloween"] = (10, 31),
        ["valentine's day"] = (2, 14), ["valentine’s day"] = (2, 14), ["international workers' day"] = (5, 1), ["international workers’ day"] = (5, 1),
        ["may day"] = (5, 1), ["international women's day"] = (3, 8), ["international women’s day"] = (3, 8), ["bastille day"] = (7, 14),
        ["easter"] = (0, 0), ["easter sunday"] = (0, 0), ["juneteenth"] = (6, 19),
        ["st. patrick's day"] = (3, 17), ["st. patrick’s day"] = (3, 17), ["st patrick's day"] = (3, 17), ["st patrick’s day"] = (3, 17),
        ["saint patrick's day"] = (3, 17), ["saint patrick’s day"] = (3, 17),
        ["veterans day"] = (11, 11), ["veterans' day"] = (11, 11), ["armistice day"] = (11, 11), ["remembrance day"] = (11, 11),
        ["fourth of july"] = (7, 4), ["inauguration day"] = (1, 20), ["good friday"] = (0, -2), ["easter monday"] = (0, 1),
        // Movable days (see HolidayDate): 100 + 10 × the week (5: the last) + the weekday; 200: Election Day.
        ["thanksgiving"] = (11, 144), ["thanksgiving day"] = (11, 144), ["labor day"] = (9, 111), ["memorial day"] = (5, 151),
        ["martin luther king day"] = (1, 131), ["martin luther king jr. day"] = (1, 131), ["martin luther king, jr. day"] = (1, 131), ["mlk day"] = (1, 131),
        ["presidents day"] = (2, 131), ["presidents' day"] = (2, 131), ["presidents’ day"] = (2, 131),
        ["mother's day"] = (5, 120), ["mother’s day"] = (5, 120), ["mothers day"] = (5, 120),
        ["father's day"] = (6, 130), ["father’s day"] = (6, 130), ["fathers day"] = (6, 130), ["election day"] = (11, 200),
    });

    /// <summary>The words a holiday phrase can start with, directions included ("next Christmas").</summary>
    private static readonly Lexicon<bool> s_holidayStarts = new(s_holidays.Keys.Select(Units.FirstToken)
        .Concat(["next", "coming", "last", "previous", "this"]).Select(w => new KeyValuePair<string, bool>(w, true)));

    private static readonly Lexicon<string> s_setWords = new(new Dictionary<string, string>
    {
        ["annually"] = "P1Y", ["yearly"] = "P1Y", ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W",
        ["monthly"] = "P1M", ["hourly"] = "PT1H", ["everyday"] = "P1D", ["quarterly"] = "P3M", ["fortnightly"] = "P2W", ["biweekly"] = "P2W",
    });
    private static readonly Lexicon<bool> s_yearContext = new(((string[])["in", "since", "by", "until", "till", "from", "of", "during",
        "before", "after", "early", "late", "mid", "between", "through", "throughout", "and", "or", "to", "around", "circa", "year", "fiscal", "summer",
        "winter", "spring", "autumn", "fall", "than", "into", "for", "the", "election", "elections", "season"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));
    private static readonly Lexicon<bool> s_zones = new(((string[])["GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "PST", "PDT", "PT", "CST", "CDT", "MSK", "IST", "JST", "local"])
        .Select(w => new KeyValuePair<string, bool>(w, true)), ignoreCase: false);

    private static IEnumerable<KeyValuePair<string, int>> BuildMonths()
    {
        string[] names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int k = 0; k < 12; k++)
        {
            yield return new(names[k], k + 1);
            if (k != 4) yield return new(names[k][..3], k + 1);
        }
        yield return new("sept", 9);
    }

    private static IEnumerable<KeyValuePair<string, DayOfWeek>> BuildWeekdays(bool plural)
    {
        string[] names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (int k = 0; k < 7; k++) yield return new(plural ? names[k] + "s" : names[k], (DayOfWeek)k);
    }

    private static IEnumerable<KeyValuePair<string, UnitWord>> BuildUnits()
    {
        (string[] Words, Unit Unit, decimal Multiplier)[] table =
        [
            (["second", "sec"], Unit.Second, 1), (["minute", "min"], Unit.Minute, 1), (["hour", "hr"], Unit.Hour, 1),
            (["day", "night"], Unit.Day, 1), (["week", "wk"], Unit.Week, 1), (["fortnight"], Unit.Day, 14), (["month"], Unit.Month, 1),
            (["year", "yr"], Unit.Year, 1), (["decade"], Unit.Year, 10),
        ];
        foreach (var (words, unit, multiplier) in table)
        {
            foreach (var w in words)
            {
                yield return new(w, new(unit, multiplier, false));
                yield return new(w + "s", new(unit, multiplier, true));
            }
        }
        yield return new("century", new(Unit.Year, 100, false));
        yield return new("centuries", new(Unit.Year, 100, true));
        yield return new("h", new(Unit.Hour, 1, true));
        yield return new("mins", new(Unit.Minute, 1, true));
    }

    /// <summary>
    /// Words that can start a temporal expression: one frozen lookup per word token lets the scanner
    /// skip the rest (true: starts one; false: only when the next token is a number or a starter).
    /// </summary>
    private static readonly Lexicon<bool> s_starters = new(BuildStarters());

    private static IEnumerable<KeyValuePair<string, bool>> BuildStarters()
    {
        foreach (var w in (string[])["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sundays", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "yesterday", "tomorrow", "tonight", "now", "right", "last", "next", "past", "coming", "previous", "early", "late", "mid", "earlier", "later",
            "every", "each", "once", "twice", "all", "full", "whole", "another", "entire", "few", "several", "couple", "half", "aged", "noon", "midnight", "midday",
            "annually", "yearly", "daily", "nightly", "weekly", "monthly", "hourly", "quarterly", "fortnightly", "biweekly", "everyday", "weekends",
            "mornings", "afternoons", "evenings", "nights", "end", "christmas", "easter", "halloween", "independence", "new", "valentine's", "valentine’s",
            "international", "boxing", "bastille", "juneteenth", "st", "saint", "veterans", "armistice", "remembrance", "minus", "noonish",
            "quarter", "spring", "summer", "fall", "autumn", "winter", "thanksgiving", "labor", "memorial", "martin", "mlk", "presidents", "election",
            "mother", "mothers", "father", "fathers", "good", "inauguration", "valentine", "recently", "lately", "currently", "nowadays", "recent", "start", "beginning", "middle", "age"])
            yield return new(w, true);
        foreach (var w in NumberScanner.NumberWords)
            yield return new(w, true);
        foreach (var w in (string[])["the", "a", "an", "at", "this", "some", "for", "in"])
            yield return new(w, false);
    }

    /// <summary>What may follow "the", "a", "in", "at", "this", "some", "for" in a temporal expression.</summary>
    private static readonly Lexicon<bool> s_afterLeadWords = new(BuildStarters().Where(e => e.Value).Select(e => e.Key)
        .Concat(BuildUnits().Select(e => e.Key))
        .Concat(["morning", "afternoon", "evening", "night", "overnight", "day", "present", "weekend", "moment"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>
    /// The words a pattern may read right after a plain whole number: am/pm, a time unit, a month,
    /// "of", "next"/"last"/"this" (a day of the month), "past"/"to" and minutes, "in" (the morning),
    /// "ish", "o'clock", "weekend(s)", and the scale words a number is read over ("3 dozen").
    /// </summary>
    private static readonly Lexicon<bool> s_afterPlainNumber = new(((string[])["am", "pm", "a.m.", "p.m.", "a", "p", "a.", "p.", "in", "ish",
        "oclock", "o'clock", "o’clock", "of", "next", "last", "this", "past", "to", "minutes", "minute", "min", "mins", "weekend", "weekends",
        "bn", "bln", "mn", "mln", "mil", "tn", "tln", "trn", "k", "M", "M."])
        .Concat(s_months.Keys).Concat(s_units.Keys).Concat(NumberScanner.NumberWords)
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    private static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;

    /// <summary>Finds every temporal expression of a document.</summary>
    public static ImmutableArray<Temporal> Scan(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, DateOnly? published, CancellationToken cancellationToken)
    {
        if (tokens.IsEmpty) return [];
        var builder = ImmutableArray.CreateBuilder<Temporal>();
        var span = tokens.AsSpan();
        var marks = AnchorMarks.For(text, tokens);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = new Reader(text, span, sentence.FirstTokenIndex, sentence.TokenEnd, published);
            int next = sentence.FirstTokenIndex; // the first token not tried yet
            int lastEnd = 0;
            for (int j = next; j < sentence.TokenEnd; j++)
            {
                // An expression starts at an anchor (a number or a starter) or at most two tokens before
                // one ("the 27th", "at the present"): other tokens are skipped by a vectorised search.
                int skip = marks[j..sentence.TokenEnd].IndexOfAny(AnchorMarks.Temporal, AnchorMarks.Both);
                if (skip < 0) break;
                j += skip;
                for (int c = Math.Max(next, j - 2); c <= j; c = next)
                {
                    next = c + 1;
                    // before the anchor only a lead word can start ("the 27th", "a few days", "at the present")
                    if (c < j && !MayBeLead(text, span[c])) continue;
                    if (!reader.MayStart(c, out var cue) || !reader.TryMatch(c, cue, out var m) || m.End <= m.First) continue;
                    m = reader.WithPartOfDay(reader.Combine(m));
                    // "more than two hours", "around 1pm": the modifier belongs to the span (TimeML's mod)
                    int first = m.First;
                    string? modifier = m.Type is TemporalType.Duration or TemporalType.Time
                        ? Modifiers.Before(text, span, Math.Max(sentence.FirstTokenIndex, lastEnd), m.First, out first, ofTime: true) : null;
                    int start = span[first].Start, end = span[m.End - 1].End;
                    builder.Add(new Temporal(TextSpan.FromBounds(start, end), text.Substring(start, end - start), m.Type, m.Value) { Modifier = modifier });
                    lastEnd = m.End;
                    next = Math.Max(m.End, c + 1);
                }
                j = Math.Max(j, next - 1);
            }
        }
        return builder.DrainToImmutable();
    }

    private readonly record struct Match(int First, int End, TemporalType Type, string? Value);

    private ref partial struct Reader
    {
        /// <summary>How deep "2 days after 3 weeks after ..." may nest: input must not be able to recurse without bound.</summary>
        private const int MaxAnchorDepth = 2;

        private int _depth;

        private readonly string _text;

        private readonly ReadOnlySpan<Token> _tokens;

        private readonly int _sentenceStart;

        private readonly int _limit;

        private readonly DateOnly? _published;

        public Reader(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int limit, DateOnly? published)
        {
            _text = text;
            _tokens = tokens;
            _sentenceStart = sentenceStart;
            _limit = limit;
            _published = published;
            _scanAt = -1;
        }

        // The last number read (patterns tried at one token read the same number up to four times).
        private int _scanAt;
        private bool _scanFound;
        private NumberMatch _scan;

        /// <summary><see cref="NumberScanner.TryScan"/> at <paramref name="k"/> in this sentence, remembered for the next call.</summary>
        private bool ScanNumber(int k, out NumberMatch n)
        {
            if (k != _scanAt)
            {
                _scanFound = NumberScanner.TryScan(_text, _tokens, k, _limit, false, out _scan);
                _scanAt = k;
            }
            n = _scan;
            return _scanFound;
        }

        private ReadOnlySpan<char> W(int k) => (uint)k < (uint)_limit && k >= _sentenceStart ? TokenText.Of(_text, _tokens[k]) : default;

        private bool IsWord(int k, string word) => (uint)k < (uint)_limit && k >= _sentenceStart && _tokens[k].Kind == TokenKind.Word && TokenText.Is(_text, _tokens[k], word);

        private bool IsDashGlued(int k) => (uint)k < (uint)_limit && _tokens[k].Has(TokenFlags.Dash) && _tokens[k].Length == 1;

        // The tense last found in this sentence: a long list ("Italy in November, ... Tennessee in March,
        // and the FFFF in April") keeps the tense of its start when its end is past the search window.
        private Tense? _sentenceTense;

        private Tense TenseOf(int first, int end)
        {
            if (TenseFinder.TryFind(_text, _tokens, _sentenceStart, _limit, first, end, out var tense)) return (_sentenceTense = tense).Value;
            return _sentenceTense ?? Tense.Past;
        }

        /// <summary>The patterns at token <paramref name="i"/> (a nested read: the word's cues looked up here).</summary>
        public bool TryMatch(int i, out Match m) => TryMatch(i, CueAt(_text, _tokens, i, _limit), out m);

        /// <summary>
        /// The patterns at token <paramref name="i"/>, whose word has the cues <paramref name="cue"/>
        /// (the look-up of <see cref="MayStart"/>, of the word without its final period).
        /// </summary>
        public bool TryMatch(int i, Cue cue, out Match m)
        {
            m = default;
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return TryNumberLed(i, out m);
            if (t.Kind != TokenKind.Word) return false;
            var w = W(i);
            // The cues tell which patterns can start with this word: each test on `cue` below is a
            // necessary condition of the patterns it guards (a word ending in a period skips none:
            // some patterns read it with its period).
            if (w.Length > 0 && w[^1] == '.') cue = (Cue)ulong.MaxValue;

            if ((cue & Cue.Free) != 0 && TryRelativeWord(i, w, out m)) return true;
            if (TryGluedMonthDay(i, w, out m)) return true;
            if (i + 1 < _limit && TokenText.Glued(_tokens[i + 1]) && (IsDashGlued(i + 1) || W(i + 1) is "/") && TryDashedDate(i, out m)) return true;
            if (IsWord(i, "the") && IsWord(i + 1, "day") && (IsWord(i + 2, "after") && IsWord(i + 3, "tomorrow") || IsWord(i + 2, "before") && IsWord(i + 3, "yesterday")))
            {
                m = new(i, i + 4, TemporalType.Date, _published is DateOnly pd && AddDays(pd, IsWord(i + 2, "after") ? 2 : -2) is DateOnly dd ? Ymd(dd) : null);
                return true;
            }
            if (IsWord(i, "the") && TryTheDay(i, out m)) return true;
            bool atTheMoment = (cue & Cue.At) != 0 && AtTheMoment(i);
            if ((cue & (Cue.Now | Cue.Right | Cue.At)) != 0 && (IsWord(i, "now") || IsWord(i, "right") && IsWord(i + 1, "now") || IsWord(i, "at") && IsWord(i + 1, "present")
                || IsWord(i, "at") && IsWord(i + 1, "the") && IsWord(i + 2, "present") && IsWord(i + 3, "time") || atTheMoment))
            {
                int nowEnd = IsWord(i, "now") ? i + 1 : atTheMoment ? i + 3 : IsWord(i + 1, "the") ? i + 4 : i + 2;
                // "a now-sold investment", "the now-defunct firm": "now" inside a compound adjective
                if (nowEnd < _limit && IsDashGlued(nowEnd) && TokenText.Glued(_tokens[nowEnd]) && nowEnd + 1 < _limit && TokenText.Glued(_tokens[nowEnd + 1])
                    && _tokens[nowEnd + 1].Kind == TokenKind.Word) return false;
                m = new(i, nowEnd, TemporalType.Date, "PRESENT_REF");
                return true;
            }
            if ((cue & (Cue.Period | Cue.The | Cue.Direction)) != 0 && TryModifiedPeriod(i, out m)) return true;
            if ((cue & (Cue.Season | Cue.The)) != 0 && (TrySeason(i, out m) || TryTheWeekend(i, out m))) return true;
            if ((cue & Cue.Period) != 0 && (TryEndOfPeriod(i, out m) || TryEarlierInThePeriod(i, out m))) return true;
            if ((cue & Cue.Tail) == 0 && !(w.Length == 1 && NumberScanner.IsVulgarFraction(w[0]))) return false;
            // "mid-2024", "early 2025", "late 1990s"
            if ((IsWord(i, "early") || IsWord(i, "mid") || IsWord(i, "late")) && i + 1 < _limit)
            {
                int y = IsDashGlued(i + 1) ? i + 2 : i + 1;
                if (YearAt(y) is int year) { m = new(i, y + 1, TemporalType.Date, Year(year)); return true; }
                if (y < _limit && _tokens[y].Kind == TokenKind.Number && TryNumberLed(y, out var decade) && decade.Value is { } dv && dv.EndsWith('X'))
                {
                    m = decade with { First = i };
                    return true;
                }
            }
            if (TryMonthLed(i, i, out m)) return true;
            if (TryWeekday(i, i, null, out m)) return true;
            if (TrySet(i, w, out m)) return true;
            if (w.Equals("aged", StringComparison.OrdinalIgnoreCase) && i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Number
                && NumberScanner.TryParsePlain(W(i + 1), out var age) && age > 0 && age < 130)
            {
                m = new(i, i + 2, TemporalType.Age, "P" + Num(age) + "Y");
                return true;
            }
            // "at age 80", "at the age of 40": an age, like "aged 70" (the number after "age" or "age of")
            if (w.Equals("age", StringComparison.OrdinalIgnoreCase) && (IsWord(i - 1, "at") || IsWord(i - 1, "the") && IsWord(i + 1, "of")))
            {
                int n = IsWord(i + 1, "of") ? i + 2 : i + 1;
                if (n < _limit && _tokens[n].Kind == TokenKind.Number && NumberScanner.TryParsePlain(W(n), out var atAge) && atAge > 0 && atAge < 130 && atAge == decimal.Truncate(atAge))
                {
                    m = new(i, n + 1, TemporalType.Age, "P" + Num(atAge) + "Y");
                    return true;
                }
            }
            if (w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midday", StringComparison.OrdinalIgnoreCase) || w.Equals("noonish", StringComparison.OrdinalIgnoreCase))
            {
                m = new(i, i + 1, TemporalType.Time, "T12:00");
                return true;
            }
            if (w.Equals("midnight", StringComparison.OrdinalIgnoreCase))
            {
                m = new(i, i + 1, TemporalType.Time, "T00:00");
                return true;
            }
            // "half an hour", "half a day"
            if (w.Equals("half", StringComparison.OrdinalIgnoreCase) && (IsWord(i + 1, "an") || IsWord(i + 1, "a")) && TryUnit(i + 2, out var hu) && !hu.Plural)
            {
                Span<decimal> half = stackalloc decimal[7];
                half[(int)hu.Unit] = 0.5m * hu.Multiplier;
                m = new(i, i + 3, TemporalType.Duration, Duration(half));
                return true;
            }
            if (TryVagueOrWholeDuration(i, w, out m)) return true;
            if ((cue & Cue.Number) != 0 && TryQuarter(i, out m)) return true;
            if (s_holidayStarts.Contains(TrimPeriod(w)) && TryHoliday(i, out m)) return true; // "St. Patrick's Day"
            if (s_partsOfDayPlural.TryGet(w, out var everyPartOfDay))
            {
                m = new(i, i + 1, TemporalType.Set, "T" + everyPartOfDay);
                return true;
            }
            if ((NumberScanner.IsNumberWord(w) || IsWord(i, "quarter") || IsWord(i, "a")) && TryPastTo(i, out m)) return true;
            // "a year ago", "for a week", "an hour and a half"
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && TryUnit(i + 1, out var au) && !au.Plural)
                return TryDurationTail(i, i + 2, 1m, au, articleOnly: true, out m);
            // Number words: "three-year", "two weeks", "seventy-year-old"
            if (NumberScanner.SmallCardinal(w) >= 0 || NumberScanner.IsNumberWord(w) || w.Length == 1 && NumberScanner.IsVulgarFraction(w[0]))
            {
                // "at five-thirty", "at seven twenty-seven"
                if (IsWord(i - 1, "at") && TryTimeAt(i, true, null, out m) && m.End > i + 1) return true;
                if (TryNthWeekday(i, out m)) return true;
                if (ScanNumber(i, out var n) && n.Value is decimal v && n.Kind is NumberKind.Cardinal or NumberKind.Fraction)
                {
                    if (TryAge(i, n.End, v, out m)) return true;
                    if (n.Kind == NumberKind.Cardinal && v == decimal.Truncate(v) && v > 0 && TryDurationNumberAt(i, n.End, v, out m)) return true;
                    if (TryUnitAfter(n.End, out var u, out int unitEnd)) return TryDurationTail(i, unitEnd, v, u, articleOnly: false, out m);
                }
                if (ScanNumber(i, out var o) && o.Value is decimal day && (o.Kind == NumberKind.Ordinal || o.Kind == NumberKind.Cardinal && o.End < _limit && _tokens[o.End].Has(TokenFlags.Capitalized) && TryMonth(o.End, out _, afterDay: true) && !IsWord(o.End, "may")))
                    return TryDayOfMonth(i, o.End, day, out m);
            }
            return false;
        }

        /// <summary>Whether a list separator at <paramref name="k"/> is followed by a date that names a day ("12 of Nov", "June 3").</summary>
        private bool ListedBeforeDate(int k)
        {
            if (!(W(k) is "," || IsWord(k, "or") || IsWord(k, "and")) || k + 1 >= _limit || _depth >= MaxAnchorDepth || W(k + 1).Contains('/')) return false;
            _depth++;
            bool dated = TryMatch(k + 1, out var next);
            _depth--;
            return dated && next.First == k + 1 && next.Type == TemporalType.Date && DayPart(next.Value) is not null;
        }

        /// <summary>
        /// A cheap test before the patterns below, for the most common miss: a plain number ("300
        /// people", "2,000 votes", "1.5 percent", "12,"). Digits, commas and at most one point, not 4 or
        /// 8 characters (a year, "20161016"), no comma before it (an age: "Lukashenko, 70,"): then
        /// every pattern needs after it a word that <see cref="s_afterPlainNumber"/> holds, a dash,
        /// "/", "." ("9.am") or a number.
        /// A necessary condition of each pattern, so it changes the time taken, never the result.
        /// </summary>
        private bool PlainNumberCannotStart(int i, ReadOnlySpan<char> s)
        {
            if (s.Length is 4 or 8 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]) || W(i - 1) is ",") return false;
            int points = 0;
            foreach (char ch in s)
            {
                if (ch == '.') points++;
                else if (ch != ',' && !char.IsAsciiDigit(ch)) return false;
            }
            if (points > 1) return false; // "23.04.2022"
            int k = i + 1;
            if (k >= _limit) return true;
            var next = _tokens[k];
            var w = W(k);
            if (next.Has(TokenFlags.Dash) || next.Kind == TokenKind.Number || w is "/" or ".") return false;
            return next.Kind != TokenKind.Word || !s_afterPlainNumber.Contains(w) && !s_afterPlainNumber.Contains(TrimPeriod(w));
        }

        /// <summary>
        /// Whether a two-part slash number may be a fraction as news writes them: a proper fraction over
        /// 2, 3, 4, 5, 8, 10, 16, 32, 64 or 100 ("3/4", "9/10", "5/16"), or "24/7". Any other that reads
        /// as a month and a day ("9/11", "4/22", "7/7") is a date even without "on" before it.
        /// </summary>
        private static bool MayBeCommonFraction(ReadOnlySpan<char> s)
        {
            int slash = s.IndexOf('/');
            if (slash is < 1 or > 2 || s.Length - slash - 1 is < 1 or > 3
                || !int.TryParse(s[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int a)
                || !int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int b)) return true;
            if (a == 24 && b == 7) return true; // "24/7": round the clock
            return a < b && b is 2 or 3 or 4 or 5 or 8 or 10 or 16 or 32 or 64 or 100;
        }

        /// <summary>
        /// "at the moment", "at the minute" (British): now, unless it names another moment: one said
        /// after it ("at the moment of impact", "at the moment when ...") or one in the past ("at the
        /// moment Sanders announced his bid", "nobody realized it at the moment": a past verb near it).
        /// </summary>
        private bool AtTheMoment(int i) => IsWord(i, "at") && IsWord(i + 1, "the") && (IsWord(i + 2, "moment") || IsWord(i + 2, "minute"))
            && !(IsWord(i + 3, "of") || IsWord(i + 3, "when") || IsWord(i + 3, "that") || IsWord(i + 3, "before") || IsWord(i + 3, "after"))
            && !TenseFinder.PastNear(_text, _tokens, _sentenceStart, _limit, i, i + 3, window: 4);

        /// <summary>The end of "'s" glued at <paramref name="k"/> (one clitic token, or a quote mark and "s"), or null.</summary>
        private int? DecadeApostropheEnd(int k)
        {
            if (k >= _limit || !TokenText.Glued(_tokens[k])) return null;
            if (W(k) is "'s" or "’s") return k + 1;
            return W(k) is "'" or "’" && k + 1 < _limit && TokenText.Glued(_tokens[k + 1]) && W(k + 1) is "s" ? k + 2 : null;
        }

        private bool TryNumberLed(int i, out Match m)
        {
            m = default;
            var s = W(i);
            if (PlainNumberCannotStart(i, s)) return false;
            if (!NumberScanner.TryParseDigits(s, out var value, out var kind))
            {
                return TryDottedDate(i, s, out m);
            }
            // "20161016": eight digits that make a date
            if (kind == NumberKind.Cardinal && s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9') && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal)))
            {
                int y8 = int.Parse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture), m8 = int.Parse(s[4..6], NumberStyles.None, CultureInfo.InvariantCulture), d8 = int.Parse(s[6..], NumberStyles.None, CultureInfo.InvariantCulture);
                if (m8 is >= 1 and <= 12 && d8 >= 1 && d8 <= DateTime.DaysInMonth(y8, m8))
                {
                    m = new(i, i + 1, TemporalType.Date, Ymd(y8, m8, d8));
                    return true;
                }
            }
            // "the 1930's", "the 1990’s": a decade with an apostrophe, which the tokenizer splits off
            // from digits as a quote mark and "s" (or as the clitic "'s")
            if (kind == NumberKind.Cardinal && s.Length == 4 && DecadeApostropheEnd(i + 1) is int decadeEnd && TryDecade(i, s, value, out m))
            {
                m = m with { End = decadeEnd };
                return true;
            }
            switch (kind)
            {
                case NumberKind.SlashDate:
                    return TrySlashDate(i, s, out m);
                case NumberKind.Clock:
                    return TryClock(i, s, out m);
                case NumberKind.Decade:
                    return TryDecade(i, s, value, out m);
                case NumberKind.Ordinal:
                    if (TryDayOfMonth(i, i + 1, value, out m)) return true;
                    // "the 19th of every month"
                    if (value is >= 1 and <= 31 && IsWord(i + 1, "of") && (IsWord(i + 2, "every") || IsWord(i + 2, "each")) && IsWord(i + 3, "month"))
                    {
                        m = new(i, i + 4, TemporalType.Set, "XXXX-XX-" + Two((int)value));
                        return true;
                    }
                    // "on 29th": a day of the current month
                    if ((IsWord(i - 1, "on") || IsWord(i - 1, "by") || IsWord(i - 1, "until")) && value is >= 1 and <= 31
                        && !(i + 1 < _limit && _tokens[i + 1].Kind is TokenKind.Word or TokenKind.Number))
                    {
                        m = new(i, i + 1, TemporalType.Date, DayOfMonthValue((int)value, i, i + 1));
                        return true;
                    }
                    return false;
                case NumberKind.Fraction:
                    // "08/12,2015": month/day, then the year after a comma
                    if (i + 2 < _limit && W(i + 1) is "," && TokenText.Glued(_tokens[i + 1]) && YearAt(i + 2) is int sy && TrySlashDate(i, s, out var md) && md.Value is { } mv && mv.Length == 10)
                    {
                        m = new(i, i + 3, TemporalType.Date, Year(sy) + mv[4..]);
                        return true;
                    }
                    bool listed = (W(i - 1) is "," || IsWord(i - 1, "or") || IsWord(i - 1, "and")) && i - 2 >= _sentenceStart && W(i - 2).Contains('/')
                        || ListedBeforeDate(i + 1); // "11/20, 12 of Nov"
                    if ((IsWord(i - 1, "on") || IsWord(i - 1, "by") || IsWord(i - 1, "since") || IsWord(i - 1, "until") || IsWord(i - 1, "before") || IsWord(i - 1, "after") || IsWord(i - 1, "next") || listed)
                        && TrySlashDate(i, s, out m)) return true;
                    // Without a date word it is most often an event's name ("9/11", "7/7"), whose year the
                    // text does not give: the month and day only, never a year guessed from the publication date.
                    if (!MayBeCommonFraction(s) && TrySlashDate(i, s, out m))
                    {
                        if (m.Value is { Length: 10 } resolved) m = m with { Value = string.Concat("XXXX", resolved.AsSpan(4)) };
                        return true;
                    }
                    return false;
            }
            if (value != decimal.Truncate(value) && value > 0 && value < 13 && TryAmPm(i + 1, out int ampmEnd, out bool pm))
            {
                // "3.30pm"
                int hour = (int)value, minute = (int)Math.Round((value - hour) * 100);
                if (minute < 60)
                {
                    m = new(i, ZoneEnd(ampmEnd), TemporalType.Time, "T" + Two(Hour12(hour, pm)) + ":" + Two(minute));
                    return true;
                }
            }
            if (value != decimal.Truncate(value) || value < 0) return TryDurationNumber(i, value, out m);

            if (TryDashedDate(i, out m)) return true;

            // ISO date "2025-03-05"
            if (s.Length == 4 && IsDashGlued(i + 1) && i + 4 < _limit && TokenText.Glued(_tokens[i + 2]) && IsDashGlued(i + 3) && TokenText.Glued(_tokens[i + 4])
                && W(i + 2).Length == 2 && W(i + 4).Length == 2 && int.TryParse(W(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int isoMonth)
                && int.TryParse(W(i + 4), NumberStyles.None, CultureInfo.InvariantCulture, out int isoDay) && YearAt(i) is int isoYear)
            {
                m = new(i, i + 5, TemporalType.Date, isoMonth is >= 1 and <= 12 && isoDay >= 1 && isoDay <= DateTime.DaysInMonth(isoYear, isoMonth) ? Ymd(isoYear, isoMonth, isoDay) : null);
                return true;
            }

            // "3pm", "11 a.m."
            if (value >= 1 && value <= 12 && TryAmPm(i + 1, out int amEnd, out bool isPm))
            {
                m = new(i, ZoneEnd(amEnd), TemporalType.Time, "T" + Two(Hour12((int)value, isPm)) + ":00");
                return true;
            }
            if (value >= 1 && value < 60 && TryPastTo(i, out m)) return true;
            // "5 in the morning"
            if (value >= 1 && value <= 12 && value == decimal.Truncate(value) && IsWord(i + 1, "in") && IsWord(i + 2, "the") && i + 3 < _limit
                && s_partsOfDay.TryGet(W(i + 3), out var inThe))
            {
                m = new(i, i + 4, TemporalType.Time, Shift12("T" + Two((int)value) + ":00", inThe));
                return true;
            }
            // "11ish"
            if (value >= 1 && value <= 12 && value == decimal.Truncate(value) && IsWord(i + 1, "ish") && TokenText.Glued(_tokens[i + 1]))
            {
                m = new(i, i + 2, TemporalType.Time, "T" + Two((int)value) + ":00");
                return true;
            }
            // "9 o'clock"
            if (value >= 0 && value <= 24 && (IsWord(i + 1, "oclock") || IsWord(i + 1, "o'clock") || IsWord(i + 1, "o’clock")))
            {
                m = new(i, i + 2, TemporalType.Time, "T" + Two((int)value % 24) + ":00");
                return true;
            }
            // "27 February", "27 Feb 2025"
            if (value >= 1 && value <= 31 && !s.Contains(',') && TryDayOfMonth(i, i + 1, value, out m)) return true;
            // Ages and durations
            if (TryAge(i, i + 1, value, out m)) return true;
            if (TryAppositiveAge(i, value, out m)) return true;
            if (TryDurationNumber(i, value, out m)) return true;
            // "2016 10 16": year, month and day written apart
            if (YearAt(i) is int ys && i + 2 < _limit && _tokens[i + 1].Kind == TokenKind.Number && _tokens[i + 2].Kind == TokenKind.Number
                && W(i + 1).Length <= 2 && W(i + 2).Length <= 2 && !(i + 3 < _limit && _tokens[i + 3].Kind is TokenKind.Number or TokenKind.Word && TokenText.Glued(_tokens[i + 3]))
                && int.TryParse(W(i + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int ms) && int.TryParse(W(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out int ds)
                && ms is >= 1 and <= 12 && ds >= 1 && ds <= DateTime.DaysInMonth(ys, ms))
            {
                m = new(i, i + 3, TemporalType.Date, Ymd(ys, ms, ds));
                return true;
            }
            // Years
            if (YearAt(i) is int year && IsYearContext(i))
            {
                m = new(i, i + 1, TemporalType.Date, Year(year));
                return true;
            }
            return false;
        }
    }

    private static string Duration(ReadOnlySpan<decimal> parts)
    {
        Span<decimal> p = stackalloc decimal[7];
        parts.CopyTo(p);
        // Fractions of an hour or minute read better one unit down: PT0.5H -> PT30M.
        for (int k = (int)Unit.Hour; k >= (int)Unit.Minute; k--)
        {
            if (p[k] != decimal.Truncate(p[k]))
            {
                p[k - 1] += (p[k] - decimal.Truncate(p[k])) * 60;
                p[k] = decimal.Truncate(p[k]);
            }
        }
        var sb = new System.Text.StringBuilder("P");
        if (p[(int)Unit.Year] != 0) sb.Append(Num(p[(int)Unit.Year])).Append('Y');
        if (p[(int)Unit.Month] != 0) sb.Append(Num(p[(int)Unit.Month])).Append('M');
        if (p[(int)Unit.Week] != 0) sb.Append(Num(p[(int)Unit.Week])).Append('W');
        if (p[(int)Unit.Day] != 0) sb.Append(Num(p[(int)Unit.Day])).Append('D');
        if (p[(int)Unit.Hour] != 0 || p[(int)Unit.Minute] != 0 || p[(int)Unit.Second] != 0)
        {
            sb.Append('T');
            if (p[(int)Unit.Hour] != 0) sb.Append(Num(p[(int)Unit.Hour])).Append('H');
            if (p[(int)Unit.Minute] != 0) sb.Append(Num(p[(int)Unit.Minute])).Append('M');
            if (p[(int)Unit.Second] != 0) sb.Append(Num(p[(int)Unit.Second])).Append('S');
        }
        return sb.Length == 1 ? "P0D" : sb.ToString();
    }

    // Whole numbers (most counts) skip the decimal division that drops trailing zeros ("2.0" -> "2").
    private static string Num(decimal value) => value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue
        ? ((int)value).ToString(CultureInfo.InvariantCulture)
        : (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    // Dates are the most common values: written straight into the string (one allocation), as the
    // "D4"/"D2" formats would write them; other years (negative, five digits) take the formats.
    private static string Ym(int year, int month) =>
        (uint)year <= 9999 && (uint)month <= 99
            ? string.Create(7, (year, month), static (span, v) => { Digits(span[..4], v.year); span[4] = '-'; Digits(span[5..], v.month); })
            : Year(year) + "-" + Two(month);

    private static string Ymd(int year, int month, int day) =>
        (uint)year <= 9999 && (uint)month <= 99 && (uint)day <= 99
            ? string.Create(10, (year, month, day), static (span, v) => { Digits(span[..4], v.year); span[4] = '-'; Digits(span[5..7], v.month); span[7] = '-'; Digits(span[8..], v.day); })
            : Ym(year, month) + "-" + Two(day);

    /// <summary>Writes <paramref name="value"/> with leading zeros into all of <paramref name="span"/>.</summary>
    private static void Digits(Span<char> span, int value)
    {
        for (int k = span.Length - 1; k >= 0; k--, value /= 10) span[k] = (char)('0' + value % 10);
    }

    private static string Ymd(DateOnly date) => Ymd(date.Year, date.Month, date.Day);

    private static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + Two(ISOWeek.GetWeekOfYear(dt));
    }

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static DateOnly? AddDays(DateOnly date, int days)
    {
        long target = (long)date.DayNumber + days;
        return target >= DateOnly.MinValue.DayNumber && target <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)target) : null;
    }

    private static DateOnly? AddMonths(DateOnly date, int months)
    {
        long total = (long)date.Year * 12 + date.Month - 1 + months;
        if (total < 12 || total > 9999L * 12 + 11) return null;
        return date.AddMonths(months);
    }
}
