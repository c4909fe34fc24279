using System.Collections.Immutable;
using System.Globalization;

namespace NewsNlp;

/// <summary>
/// Finds temporal expressions over tokens, one sentence at a time, and resolves relative ones
/// against the publication date with the tense of their clause (<see cref="TenseFinder"/>).
/// A scanner: at each token a fixed set of patterns looks a bounded number of tokens ahead, so a
/// document is read in linear time.
/// </summary>
internal static class TemporalScanner
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
        ["easter"] = (0, 0), ["easter sunday"] = (0, 0),
    });

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
            (["day"], Unit.Day, 1), (["week", "wk"], Unit.Week, 1), (["fortnight"], Unit.Day, 14), (["month"], Unit.Month, 1),
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
            "international", "boxing", "bastille", "minus", "noonish"])
            yield return new(w, true);
        foreach (var w in NumberScanner.NumberWords)
            yield return new(w, true);
        foreach (var w in (string[])["the", "a", "an", "at", "this", "some", "for", "in"])
            yield return new(w, false);
    }

    /// <summary>What may follow "the", "a", "in", "at", "this", "some", "for" in a temporal expression.</summary>
    private static readonly Lexicon<bool> s_afterLeadWords = new(BuildStarters().Where(e => e.Value).Select(e => e.Key)
        .Concat(BuildUnits().Select(e => e.Key))
        .Concat(["morning", "afternoon", "evening", "night", "overnight", "day", "present", "weekend"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    private static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;

    /// <summary>Finds every temporal expression of a document.</summary>
    public static ImmutableArray<Temporal> Scan(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, DateOnly? published, CancellationToken cancellationToken)
    {
        if (tokens.IsEmpty) return [];
        var builder = ImmutableArray.CreateBuilder<Temporal>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = new Reader(text, tokens.AsSpan(), sentence.FirstTokenIndex, sentence.TokenEnd, published);
            int i = sentence.FirstTokenIndex;
            while (i < sentence.TokenEnd)
            {
                if (reader.MayStart(i) && reader.TryMatch(i, out var m) && m.End > m.First)
                {
                    m = reader.Combine(m);
                    int start = tokens[m.First].Start, end = tokens[m.End - 1].End;
                    builder.Add(new Temporal(TextSpan.FromBounds(start, end), text.Substring(start, end - start), m.Type, m.Value));
                    i = m.End;
                }
                else
                {
                    i++;
                }
            }
        }
        return builder.DrainToImmutable();
    }

    private readonly record struct Match(int First, int End, TemporalType Type, string? Value);

    private ref struct Reader
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
        }

        private ReadOnlySpan<char> W(int k) => (uint)k < (uint)_limit && k >= _sentenceStart ? TokenText.Of(_text, _tokens[k]) : default;

        private bool IsWord(int k, string word) => (uint)k < (uint)_limit && k >= _sentenceStart && _tokens[k].Kind == TokenKind.Word && TokenText.Is(_text, _tokens[k], word);

        private bool IsDashGlued(int k) => (uint)k < (uint)_limit && _tokens[k].Has(TokenFlags.Dash) && _tokens[k].Length == 1;

        private Tense TenseOf(int first, int end) => TenseFinder.Find(_text, _tokens, _sentenceStart, _limit, first, end);

        private bool TryMonth(int k, out int month, bool afterDay = false)
        {
            month = 0;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            var w = W(k);
            if (!s_months.TryGet(TrimPeriod(w), out month)) return false;
            // "may" and "march" are verbs in lower case: a lower-case month needs a day or year beside it.
            if (!_tokens[k].Has(TokenFlags.Capitalized) && !afterDay)
            {
                bool numberAfter = k + 1 < _limit && (_tokens[k + 1].Kind == TokenKind.Number || NumberScanner.IsNumberWord(W(k + 1)) && !IsWord(k + 1, "one")
                    || IsWord(k + 1, "the") && k + 2 < _limit && NumberScanner.IsNumberWord(W(k + 2)));
                bool numberBefore = k > _sentenceStart && _tokens[k - 1].Kind == TokenKind.Number;
                if (!numberAfter && !numberBefore) return false;
                if (month == 5 && !numberAfter) return false;
            }
            return true;
        }

        /// <summary>A cheap test before <see cref="TryMatch"/>: numbers, number words and the starter words.</summary>
        public bool MayStart(int i)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind != TokenKind.Word) return false;
            var w = TrimPeriod(W(i));
            if (s_starters.TryGet(w, out bool alone))
                return alone || NextStarts(i + 1) || IsWord(i, "at") && IsWord(i + 1, "the") && IsWord(i + 2, "present");
            return w.Length == 1 && NumberScanner.IsVulgarFraction(w[0]) || w.Length > 3 && char.IsAsciiDigit(w[^1]); // "½", "Dec31"
        }

        private bool NextStarts(int k)
        {
            if (k >= _limit) return false;
            var t = _tokens[k];
            if (t.Kind == TokenKind.Number) return true;
            if (t.Kind != TokenKind.Word) return false;
            return s_afterLeadWords.Contains(TrimPeriod(W(k)));
        }

        public bool TryMatch(int i, out Match m)
        {
            m = default;
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return TryNumberLed(i, out m);
            if (t.Kind != TokenKind.Word) return false;
            var w = W(i);

            if (TryRelativeWord(i, w, out m)) return true;
            if (TryGluedMonthDay(i, w, out m)) return true;
            if (i + 1 < _limit && TokenText.Glued(_tokens[i + 1]) && (IsDashGlued(i + 1) || W(i + 1) is "/") && TryDashedDate(i, out m)) return true;
            if (IsWord(i, "the") && IsWord(i + 1, "day") && (IsWord(i + 2, "after") && IsWord(i + 3, "tomorrow") || IsWord(i + 2, "before") && IsWord(i + 3, "yesterday")))
            {
                m = new(i, i + 4, TemporalType.Date, _published is DateOnly pd && AddDays(pd, IsWord(i + 2, "after") ? 2 : -2) is DateOnly dd ? Ymd(dd) : null);
                return true;
            }
            if (IsWord(i, "the") && TryTheDay(i, out m)) return true;
            if (IsWord(i, "now") || IsWord(i, "right") && IsWord(i + 1, "now") || IsWord(i, "at") && IsWord(i + 1, "present")
                || IsWord(i, "at") && IsWord(i + 1, "the") && IsWord(i + 2, "present") && IsWord(i + 3, "time"))
            {
                int nowEnd = IsWord(i, "now") ? i + 1 : IsWord(i + 1, "the") ? i + 4 : i + 2;
                m = new(i, nowEnd, TemporalType.Date, "PRESENT_REF");
                return true;
            }
            if (TryModifiedPeriod(i, out m)) return true;
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
            if (TryHoliday(i, out m)) return true;
            if (s_partsOfDayPlural.TryGet(w, out var everyPartOfDay))
            {
                m = new(i, i + 1, TemporalType.Set, "T" + everyPartOfDay);
                return true;
            }
            if (TryPastTo(i, out m)) return true;
            // "a year ago", "for a week", "an hour and a half"
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && TryUnit(i + 1, out var au) && !au.Plural)
                return TryDurationTail(i, i + 2, 1m, au, articleOnly: true, out m);
            // Number words: "three-year", "two weeks", "seventy-year-old"
            if (NumberScanner.SmallCardinal(w) >= 0 || NumberScanner.IsNumberWord(w) || w.Length == 1 && NumberScanner.IsVulgarFraction(w[0]))
            {
                // "at five-thirty", "at seven twenty-seven"
                if (IsWord(i - 1, "at") && TryTimeAt(i, true, null, out m) && m.End > i + 1) return true;
                if (TryNthWeekday(i, out m)) return true;
                if (NumberScanner.TryScan(_text, _tokens, i, _limit, false, out var n) && n.Value is decimal v && n.Kind is NumberKind.Cardinal or NumberKind.Fraction)
                {
                    if (TryAge(i, n.End, v, out m)) return true;
                    if (TryUnitAfter(n.End, out var u, out int unitEnd)) return TryDurationTail(i, unitEnd, v, u, articleOnly: false, out m);
                }
                if (NumberScanner.TryScan(_text, _tokens, i, _limit, false, out var o) && o.Value is decimal day && (o.Kind == NumberKind.Ordinal || o.Kind == NumberKind.Cardinal && o.End < _limit && _tokens[o.End].Has(TokenFlags.Capitalized) && TryMonth(o.End, out _, afterDay: true) && !IsWord(o.End, "may")))
                    return TryDayOfMonth(i, o.End, day, out m);
            }
            return false;
        }

        /// <summary>
        /// Dates written with dashes or slashes between separate tokens: "2018-7-6", "9-18-15", "Sep-23-2020",
        /// "2020/Sep/23", "Jan-1". Month/day order as <see cref="TrySlashDate"/>. Not inside longer chains (phone numbers).
        /// </summary>
        private bool TryDashedDate(int i, out Match m)
        {
            m = default;
            Span<int> at = stackalloc int[3];
            int n = 0, k = i;
            while (k < _limit && n < 3)
            {
                var t = _tokens[k];
                var w = W(k);
                bool number = t.Kind == TokenKind.Number && w.Length <= 4 && !w.ContainsAny(",.:/") && char.IsAsciiDigit(w[0]);
                bool month = t.Kind == TokenKind.Word && s_months.Contains(TrimPeriod(w));
                if (!number && !month) break;
                if (n > 0 && !TokenText.Glued(t)) break;
                at[n++] = k++;
                if (n < 3 && k + 1 < _limit && TokenText.Glued(_tokens[k]) && TokenText.Glued(_tokens[k + 1]) && (IsDashGlued(k) || W(k) is "/")) k++;
                else break;
            }
            if (n < 2) return false;
            int end = at[n - 1] + 1;
            if (end < _limit && TokenText.Glued(_tokens[end]) && (_tokens[end].Has(TokenFlags.Dash) || W(end) is "/") && end + 1 < _limit && _tokens[end + 1].Kind == TokenKind.Number) return false;
            if (i - 2 >= _sentenceStart && TokenText.Glued(_tokens[i]) && (_tokens[i - 1].Has(TokenFlags.Dash) || W(i - 1) is "/") && _tokens[i - 2].Kind == TokenKind.Number) return false;

            int monthWord = -1, yearPart = -1, numbers = 0;
            Span<int> values = stackalloc int[3];
            for (int j = 0; j < n; j++)
            {
                var w = W(at[j]);
                if (_tokens[at[j]].Kind == TokenKind.Word)
                {
                    if (monthWord >= 0) return false;
                    monthWord = j;
                    s_months.TryGet(TrimPeriod(w), out values[j]);
                }
                else
                {
                    values[j] = int.Parse(w, NumberStyles.None, CultureInfo.InvariantCulture);
                    if (w.Length == 4) { if (yearPart >= 0) return false; yearPart = j; }
                    else numbers++;
                }
            }
            int? year = yearPart >= 0 ? values[yearPart] : null;
            int monthValue, dayValue;
            if (monthWord >= 0)
            {
                if (numbers != 1) return false;
                monthValue = values[monthWord];
                int dayIndex = -1;
                for (int j = 0; j < n; j++) if (j != monthWord && j != yearPart) dayIndex = j;
                dayValue = values[dayIndex];
            }
            else
            {
                Span<int> rest = stackalloc int[3];
                int r = 0;
                for (int j = 0; j < n; j++) if (j != yearPart) rest[r++] = values[j];
                if (year is null)
                {
                    if (n != 3 || W(at[2]).Length != 2) return false;
                    year = TwoDigitYear(values[2]);
                    r = 2;
                }
                if (r != 2) return false;
                monthValue = rest[0];
                dayValue = rest[1];
                if (yearPart != 0 && monthValue > 12 && dayValue <= 12) (monthValue, dayValue) = (dayValue, monthValue);
            }
            if (monthValue is < 1 or > 12 || dayValue is < 1 or > 31) return false;
            m = new(i, end, TemporalType.Date, DateValue(i, end, year, monthValue, dayValue));
            return true;
        }

        /// <summary>"18" → 2018, "40" → 1940: the century that puts the year no more than ten years after the publication year.</summary>
        private int TwoDigitYear(int yy)
        {
            int pivot = (_published?.Year ?? 2026) + 10;
            return 2000 + yy <= pivot ? 2000 + yy : 1900 + yy;
        }

        /// <summary>"on the 27th", "for the 27", "on the second": a day of the current month (tense decides which month).</summary>
        private bool TryTheDay(int i, out Match m)
        {
            m = default;
            var before = W(i - 1);
            if (!(before.Equals("on", StringComparison.OrdinalIgnoreCase) || before.Equals("for", StringComparison.OrdinalIgnoreCase)
                  || before.Equals("by", StringComparison.OrdinalIgnoreCase) || before.Equals("since", StringComparison.OrdinalIgnoreCase)
                  || before.Equals("until", StringComparison.OrdinalIgnoreCase))) return false;
            int day, end;
            if (DayAt(i + 1) is int d) { day = d; end = i + 2; }
            else if (TryDayWords(i + 1, out int dw, out int dwEnd) && _tokens[i + 1].Kind == TokenKind.Word && NumberScanner.SmallCardinal(W(i + 1)) < 0) { day = dw; end = dwEnd; }
            else return false;
            // "for the second time": a noun after the ordinal makes it no date
            if (end < _limit && _tokens[end].Kind == TokenKind.Word) return false;
            if (IsWord(end, "of")) return false;
            m = new(i + 1, end, TemporalType.Date, DayOfMonthValue(day, i, end));
            return true;
        }

        /// <summary>
        /// Joins a date and a time of day written together into one TIME ("Friday at 3pm",
        /// "tomorrow 8:00am", "February 22nd 3:30", "12:30 December 27th", "tonight at 1am").
        /// </summary>
        public Match Combine(Match m)
        {
            if (m.Type is TemporalType.Date or TemporalType.Set && DayPart(m.Value) is string day)
            {
                int k = m.End;
                if (W(k) is "," || IsWord(k, "at") || IsWord(k, "around") || IsWord(k, "about")) k++;
                else if (W(k) is "@") k++;
                if (TryTimeAt(k, k > m.End, PartOfDay(m.Value), out var time))
                    return new(m.First, time.End, m.Type == TemporalType.Set ? TemporalType.Set : TemporalType.Time, day + time.Value);
            }
            else if (m.Type == TemporalType.Time && m.Value is { } clock && clock.StartsWith('T'))
            {
                int k = m.End;
                if (IsWord(k, "on")) k++;
                if (k < _limit && TryMatch(k, out var date) && date.Type == TemporalType.Date && DayPart(date.Value) is string d2 && date.Value!.Length <= d2.Length + 3)
                    return new(m.First, date.End, TemporalType.Time, d2 + Shift12(clock, PartOfDay(date.Value)));
            }
            return m;
        }

        /// <summary>The day part of a day-level value ("2025-03-05", "XXXX-WXX-5", "XXXX-02-27"), dropping a part of day.</summary>
        private static string? DayPart(string? value)
        {
            if (value is null) return null;
            if (value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[8]) && (value.Length == 10 || value[10] == 'T' && value.Length == 13)) return value[..10];
            if (value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value.Length is 10 or 13) return value[..10];
            return null;
        }

        private static string? PartOfDay(string? value) => value is { Length: 13 } && value[10] == 'T' ? value[11..] : null;

        private static string Shift12(string clock, string? partOfDay)
        {
            // "tonight at 8", "Friday evening 7:30": an hour before noon in the evening is after noon
            if (partOfDay is not ("NI" or "EV" or "AF") || clock.Length < 3 || !int.TryParse(clock.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int hour)) return clock;
            if (hour is >= 1 and < 12 && !(partOfDay == "NI" && hour < 5)) return "T" + Two(hour + 12) + clock[3..];
            return clock;
        }

        /// <summary>"second Sunday", "the first Friday of next month", "the last Monday in May": the nth weekday of a month.</summary>
        private bool TryNthWeekday(int i, out Match m)
        {
            m = default;
            int n;
            if (IsWord(i, "last")) n = -1;
            else if (NumberScanner.TryScan(_text, _tokens, i, _limit, false, out var o) && o.Kind == NumberKind.Ordinal && o.Value is decimal v && v is >= 1 and <= 5 && o.End == i + 1) n = (int)v;
            else return false;
            int k = i + 1;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word || !s_weekdays.TryGet(W(k), out var day)) return false;
            int end = k + 1;
            int? year = null, month = null;
            int shift = 0;
            if (IsWord(end, "of") || IsWord(end, "in"))
            {
                int q = end + 1;
                if ((IsWord(q, "next") || IsWord(q, "last") || IsWord(q, "this")) && IsWord(q + 1, "month")) { shift = IsWord(q, "next") ? 1 : IsWord(q, "last") ? -1 : 0; end = q + 2; }
                else if (TryMonth(q, out int named, afterDay: true)) { month = named; end = q + 1; if (YearAt(end) is int y) { year = y; end++; } }
            }
            if (_published is not DateOnly p)
            {
                m = new(i, end, TemporalType.Date, null);
                return true;
            }
            DateOnly? firstOfMonth = month is int mm ? new DateOnly(year ?? p.Year, mm, 1) : AddMonths(new DateOnly(p.Year, p.Month, 1), shift);
            if (firstOfMonth is not DateOnly f) return false;
            int days = DateTime.DaysInMonth(f.Year, f.Month);
            DateOnly target;
            if (n > 0)
            {
                int offset = ((int)day - (int)f.DayOfWeek + 7) % 7 + 7 * (n - 1);
                if (offset >= days) return false;
                target = f.AddDays(offset);
            }
            else
            {
                var lastDay = new DateOnly(f.Year, f.Month, days);
                target = lastDay.AddDays(-(((int)lastDay.DayOfWeek - (int)day + 7) % 7));
            }
            m = new(i, end, TemporalType.Date, Ymd(target));
            return true;
        }

        /// <summary>"ten past 9", "20 min past eight in the evening", "a quarter to five", "half past six".</summary>
        private bool TryPastTo(int i, out Match m)
        {
            m = default;
            int k = i;
            int minutes;
            bool unitWritten = false;
            if (IsWord(k, "half")) { minutes = 30; k++; }
            else if (IsWord(k, "quarter") || IsWord(k, "a") && IsWord(k + 1, "quarter")) { minutes = 15; k += IsWord(k, "a") ? 2 : 1; }
            else if (NumberScanner.TryScan(_text, _tokens, k, _limit, false, out var n) && n.Value is decimal v && v is >= 1 and <= 59 && v == decimal.Truncate(v) && n.Kind == NumberKind.Cardinal)
            {
                minutes = (int)v;
                k = n.End;
                if (IsWord(k, "minutes") || IsWord(k, "minute") || IsWord(k, "min") || IsWord(k, "mins")) { k++; unitWritten = true; }
            }
            else return false;
            bool past = IsWord(k, "past");
            // "from 5 to 7" is a range, not 6:55: "to" needs "minutes" or "quarter" before it
            if (!past && !(IsWord(k, "to") && (unitWritten || minutes == 15 && IsWord(k - 1, "quarter")))) return false;
            k++;
            if (!HourAt(k, out int hour)) return false;
            int end = k + 1;
            string? partOfDay = null;
            if (IsWord(end, "in") && IsWord(end + 1, "the") && end + 2 < _limit && s_partsOfDay.TryGet(W(end + 2), out var p)) { partOfDay = p; end += 3; }
            int total = (hour * 60 + (past ? minutes : -minutes) + 24 * 60) % (24 * 60);
            m = new(i, end, TemporalType.Time, Shift12("T" + Two(total / 60) + ":" + Two(total % 60), partOfDay));
            return true;
        }

        /// <summary>The minutes of a spoken time after its hour: "-thirty", " twenty-seven", " fifteen".</summary>
        private bool SpokenMinutes(int k, out int minutes, out int end)
        {
            minutes = 0;
            end = k;
            if (IsDashGlued(k)) k++;
            if (k >= _limit || _tokens[k].Kind != TokenKind.Word) return false;
            if (!NumberScanner.TryScan(_text, _tokens, k, _limit, false, out var n) || n.Value is not decimal v || v is < 10 or > 59 || v != decimal.Truncate(v) || n.Kind != NumberKind.Cardinal) return false;
            minutes = (int)v;
            end = n.End;
            return true;
        }

        /// <summary>An hour 1-12 in digits or words.</summary>
        private bool HourAt(int k, out int hour)
        {
            hour = 0;
            if ((uint)k >= (uint)_limit) return false;
            if (_tokens[k].Kind == TokenKind.Word) hour = NumberScanner.SmallCardinal(W(k));
            else if (_tokens[k].Kind == TokenKind.Number && int.TryParse(W(k), NumberStyles.None, CultureInfo.InvariantCulture, out int h)) hour = h;
            return hour is >= 1 and <= 12;
        }

        /// <summary>A time of day at <paramref name="k"/>: "3pm", "14:30", "six pm", "noon", and after "at" a bare "8" or "2.30".</summary>
        private bool TryTimeAt(int k, bool afterAt, string? partOfDay, out Match m)
        {
            m = default;
            if ((uint)k >= (uint)_limit) return false;
            if (TryPastTo(k, out m)) { m = m with { Value = Shift12(m.Value!, partOfDay) }; return true; }
            var t = _tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                if (IsWord(k, "noon") || IsWord(k, "midday")) { m = new(k, k + 1, TemporalType.Time, "T12:00"); return true; }
                if (IsWord(k, "midnight")) { m = new(k, k + 1, TemporalType.Time, "T00:00"); return true; }
                int h = NumberScanner.SmallCardinal(W(k));
                if (h is >= 1 and <= 12 && TryAmPm(k + 1, out int e, out bool wpm)) { m = new(k, ZoneEnd(e), TemporalType.Time, "T" + Two(Hour12(h, wpm)) + ":00"); return true; }
                if (afterAt && h is >= 1 and <= 12 && SpokenMinutes(k + 1, out int spoken, out int spokenEnd))
                {
                    m = new(k, spokenEnd, TemporalType.Time, Shift12("T" + Two(h) + ":" + Two(spoken), partOfDay));
                    return true;
                }
                return false;
            }
            if (t.Kind != TokenKind.Number) return false;
            var s = W(k);
            if (!NumberScanner.TryParseDigits(s, out var value, out var kind)) return false;
            if (kind == NumberKind.Clock)
            {
                if (!TryClock(k, s, out m)) return false;
                if (afterAt && m.End == k + 1 && k + 1 < _limit && TokenText.Glued(_tokens[k + 1]) && W(k + 1) is "a" or "p" && m.Value is { Length: 6 } hm
                    && int.TryParse(hm.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int h12) && h12 is >= 1 and <= 12)
                {
                    m = new(k, k + 2, TemporalType.Time, "T" + Two(Hour12(h12, W(k + 1) is "p")) + hm[3..]);
                    return true;
                }
                m = m with { Value = Shift12(m.Value!, partOfDay) };
                return true;
            }
            if (kind != NumberKind.Cardinal || value < 0 || value >= 24) return false;
            int hour = (int)value;
            int minute = value == hour ? 0 : (int)Math.Round((value - hour) * 100);
            if (minute >= 60 || value != hour && s.Length - s.IndexOf('.') != 3) return false;
            bool glued = afterAt && k + 1 < _limit && TokenText.Glued(_tokens[k + 1]) && W(k + 1) is "a" or "p" or "A" or "P"
                && !(k + 2 < _limit && TokenText.Glued(_tokens[k + 2]) && _tokens[k + 2].Kind == TokenKind.Word);
            if (glued && hour is >= 1 and <= 12)
            {
                // "at 9a", "at 9p": a shorthand after "at" only ("5p" alone is five pence)
                m = new(k, k + 2, TemporalType.Time, "T" + Two(Hour12(hour, W(k + 1) is "p" or "P")) + ":" + Two(minute));
                return true;
            }
            if (TryAmPm(k + 1, out int end, out bool pm))
            {
                if (hour is < 1 or > 12) return false;
                m = new(k, ZoneEnd(end), TemporalType.Time, "T" + Two(Hour12(hour, pm)) + ":" + Two(minute));
                return true;
            }
            if (IsWord(k + 1, "oclock") || IsWord(k + 1, "o'clock") || IsWord(k + 1, "o’clock")) { end = k + 2; }
            else if (afterAt && (value != hour || !(k + 1 < _limit && (_tokens[k + 1].Kind is TokenKind.Symbol or TokenKind.Currency or TokenKind.Number
                     || _tokens[k + 1].Kind == TokenKind.Word && !s_zones.Contains(W(k + 1)) && !s_partsOfDay.Contains(W(k + 1)) && !s_months.Contains(TrimPeriod(W(k + 1)))
                        && !IsWord(k + 1, "today") && !IsWord(k + 1, "tomorrow") && !IsWord(k + 1, "yesterday") && !IsWord(k + 1, "tonight") && !IsWord(k + 1, "on"))))) { end = k + 1; }
            else return false;
            m = new(k, ZoneEnd(end), TemporalType.Time, Shift12("T" + Two(hour) + ":" + Two(minute), partOfDay));
            return true;
        }

        /// <summary>
        /// "a few days", "several weeks" (TIMEX3 "PXD": the amount is not invented), "a couple of days" (P2D),
        /// "all month", "full week", "full-day", "another month" (one unit).
        /// </summary>
        private bool TryVagueOrWholeDuration(int i, ReadOnlySpan<char> w, out Match m)
        {
            m = default;
            int k = i;
            decimal? amount = null;
            if (IsWord(k, "a") && (IsWord(k + 1, "few") || IsWord(k + 1, "couple"))) k++;
            if (IsWord(k, "few") || IsWord(k, "several") || IsWord(k, "some") && IsWord(k - 1, "for")) { k++; }
            else if (IsWord(k, "couple")) { amount = 2; k++; if (IsWord(k, "of")) k++; }
            else if (IsWord(k, "all") || IsWord(k, "full") || IsWord(k, "whole") || IsWord(k, "another") || IsWord(k, "entire"))
            {
                amount = 1;
                k++;
                if (IsDashGlued(k)) k++;
                if (!TryUnit(k, out var single) || single.Plural || IsWord(k - 1, "all") && IsWord(k + 1, "long") == false && single.Unit < Unit.Day) return false;
            }
            else return false;
            if (k == i || !TryUnit(k, out var unit)) return false;
            if (amount is null && !unit.Plural || amount == 2 && !unit.Plural) return false;
            Span<decimal> parts = stackalloc decimal[7];
            parts[(int)unit.Unit] = (amount ?? 1) * unit.Multiplier;
            string value = Duration(parts);
            if (amount is null)
            {
                // "PXD": the unit letter kept, the amount unknown
                value = value.Replace("1", "X", StringComparison.Ordinal);
                if (unit.Multiplier != 1) value = unit.Unit == Unit.Day ? "PXW" : "PXY";
            }
            if (IsWord(k + 1, "ago"))
            {
                m = new(i, k + 2, TemporalType.Date, amount is decimal a && _published is DateOnly p ? Shift(p, parts, -1) : null);
                return true;
            }
            m = new(i, k + 1, TemporalType.Duration, value);
            return true;
        }

        /// <summary>"Christmas", "New Year's Day", "Independence Day", "Easter", with "next"/"last"/"this" or a year.</summary>
        private bool TryHoliday(int i, out Match m)
        {
            m = default;
            int k = i, direction = int.MinValue;
            if (IsWord(k, "next") || IsWord(k, "coming")) { direction = 1; k++; }
            else if (IsWord(k, "last") || IsWord(k, "previous")) { direction = -1; k++; }
            else if (IsWord(k, "this")) { direction = 0; k++; }
            Span<char> buffer = stackalloc char[40];
            for (int n = 4; n >= 1; n--)
            {
                if (k + n > _limit) continue;
                int length = 0;
                bool fits = true;
                for (int j = k; j < k + n && fits; j++)
                {
                    var t = _tokens[j];
                    if (j > k && t.Has(TokenFlags.SpaceBefore)) { if (length < buffer.Length) buffer[length++] = ' '; else fits = false; }
                    if (!fits || length + t.Length > buffer.Length) { fits = false; break; }
                    W(j).CopyTo(buffer[length..]);
                    length += t.Length;
                }
                if (!fits || !s_holidays.TryGet(buffer[..length], out var date)) continue;
                // "Christmas" and friends as names only when capitalised, unless a modifier says it is a day
                if (!_tokens[k].Has(TokenFlags.Capitalized) && direction == int.MinValue && !IsWord(k - 1, "on") && !IsWord(k - 1, "before") && !IsWord(k - 1, "after") && !IsWord(k - 1, "the")) return false;
                int end = k + n;
                int? year = null;
                if (YearAt(end) is int y) { year = y; end++; }
                else if (IsWord(end, "of") && IsWord(end + 1, "this") && IsWord(end + 2, "year")) { year = _published?.Year; end += 3; }
                m = new(i, end, TemporalType.Date, HolidayValue(date.Month, date.Day, year, direction, i, end));
                return true;
            }
            return false;
        }

        private string? HolidayValue(int month, int day, int? year, int direction, int first, int end)
        {
            static DateOnly? On(int y, int month, int day) => y is < 1 or > 9999 ? null : month == 0 ? Easter(y) : new DateOnly(y, month, day);
            if (year is int y0) return On(y0, month, day) is DateOnly d0 ? Ymd(d0) : null;
            if (_published is not DateOnly p) return month == 0 ? null : "XXXX-" + Two(month) + "-" + Two(day);
            bool past = direction == int.MinValue || direction == 0 ? TenseOf(first, end) == Tense.Past : direction < 0;
            for (int y = past ? p.Year : p.Year, guard = 0; guard < 3; guard++, y += past ? -1 : 1)
            {
                if (On(y, month, day) is not DateOnly d) return null;
                if (direction == 0 ? d.Year == p.Year : past ? (direction == -1 ? d < p : d <= p) : (direction == 1 ? d > p : d >= p)) return Ymd(d);
            }
            return null;
        }

        /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
        private static DateOnly Easter(int year)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateOnly(year, month, day);
        }

        private bool TryUnit(int k, out UnitWord unit)
        {
            unit = default;
            return (uint)k < (uint)_limit && _tokens[k].Kind == TokenKind.Word && s_units.TryGet(W(k), out unit)
                && !(W(k) is "h" && !TokenText.Glued(_tokens[k]) && (k == 0 || _tokens[k - 1].Kind != TokenKind.Number || k + 1 < _limit && _tokens[k + 1].Kind == TokenKind.Word));
        }

        /// <summary>A time unit right after a number, glued by a hyphen ("three-year") or spaced ("two weeks").</summary>
        private bool TryUnitAfter(int k, out UnitWord unit, out int end)
        {
            end = k;
            if (IsDashGlued(k) && TryUnit(k + 1, out unit)) { end = k + 2; return true; }
            if (TryUnit(k, out unit)) { end = k + 1; return true; }
            return false;
        }

        private bool TryAge(int first, int numberEnd, decimal value, out Match m)
        {
            m = default;
            // "70-year-old", "28 - year - old", "six-month-old", "70 years old"
            int k = numberEnd;
            if (IsDashGlued(k)) k++;
            if (!TryUnit(k, out var u) || u.Unit is not (Unit.Year or Unit.Month or Unit.Week or Unit.Day) || u.Multiplier != 1) return false;
            k++;
            if (IsDashGlued(k)) k++;
            if (IsWord(k, "of") && IsWord(k + 1, "age")) k++;
            else if (!IsWord(k, "old")) return false;
            if (value <= 0) return false;
            char letter = u.Unit switch { Unit.Year => 'Y', Unit.Month => 'M', Unit.Week => 'W', _ => 'D' };
            m = new(first, k + 1, TemporalType.Age, "P" + Num(value) + letter);
            return true;
        }

        /// <summary>
        /// After "number unit": more parts ("1 month and 21 days"), then "ago" or "from/after/before
        /// DATE" make a date; "in" with a future tense too; otherwise a duration.
        /// </summary>
        private bool TryDurationTail(int first, int end, decimal amount, UnitWord unit, bool articleOnly, out Match m)
        {
            m = default;
            Span<decimal> parts = stackalloc decimal[7];
            parts[(int)unit.Unit] += amount * unit.Multiplier;
            // "an hour and a half", "two years and a half"
            if (IsWord(end, "and") && (IsWord(end + 1, "a") || IsWord(end + 1, "an")) && IsWord(end + 2, "half"))
            {
                parts[(int)unit.Unit] += 0.5m * unit.Multiplier;
                end += 3;
            }
            else if (IsWord(end, "and") && IsWord(end + 1, "half"))
            {
                parts[(int)unit.Unit] += 0.5m * unit.Multiplier;
                end += 2;
            }
            // "1 month and 21 days", "3 hours 30 minutes", "2 years, 21 days"
            for (int guard = 0; guard < 6; guard++)
            {
                int q = end;
                if (W(q) is "," || IsWord(q, "and")) q++;
                if (q >= _limit || !NumberScanner.TryScan(_text, _tokens, q, _limit, false, out var n) || n.Value is not decimal more || more <= 0
                    || n.Kind != NumberKind.Cardinal || !TryUnitAfter(n.End, out var next, out int nextEnd) || parts[(int)next.Unit] != 0) break;
                parts[(int)next.Unit] += more * next.Multiplier;
                end = nextEnd;
            }
            if (IsWord(end, "ago"))
            {
                m = new(first, end + 1, TemporalType.Date, _published is DateOnly p ? Shift(p, parts, -1) : null);
                return true;
            }
            // "two days after today", "three weeks from tomorrow", "2 weeks before May 13 1999", "two weeks from now"
            if (IsWord(end, "from") || IsWord(end, "after") || IsWord(end, "before"))
            {
                int sign = IsWord(end, "before") ? -1 : 1;
                if (IsWord(end + 1, "now") && sign > 0)
                {
                    m = new(first, end + 2, TemporalType.Date, _published is DateOnly p ? Shift(p, parts, 1) : null);
                    return true;
                }
                if (end + 1 < _limit && _depth < MaxAnchorDepth)
                {
                    _depth++;
                    bool found = TryMatch(end + 1, out var anchor);
                    _depth--;
                    if (found && anchor.Type == TemporalType.Date && anchor.Value is { Length: 10 } av
                        && DateOnly.TryParseExact(av, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchorDate))
                    {
                        m = new(first, anchor.End, TemporalType.Date, Shift(anchorDate, parts, sign));
                        return true;
                    }
                    if (found && anchor.Type == TemporalType.Date && anchor.Value is null)
                    {
                        // "two days after today" with no publication date: the span, no value
                        m = new(first, anchor.End, TemporalType.Date, null);
                        return true;
                    }
                }
            }
            if (articleOnly)
            {
                // "a year" is a duration only where it reads as one ("for a year", "more than a year").
                var before = W(first - 1);
                if (!(before.Equals("for", StringComparison.OrdinalIgnoreCase) || before.Equals("than", StringComparison.OrdinalIgnoreCase)
                      || before.Equals("about", StringComparison.OrdinalIgnoreCase) || before.Equals("nearly", StringComparison.OrdinalIgnoreCase)
                      || before.Equals("almost", StringComparison.OrdinalIgnoreCase) || before.Equals("within", StringComparison.OrdinalIgnoreCase)
                      || before.Equals("over", StringComparison.OrdinalIgnoreCase) || before.Equals("in", StringComparison.OrdinalIgnoreCase)
                      || before.Equals("after", StringComparison.OrdinalIgnoreCase) || before.Equals("just", StringComparison.OrdinalIgnoreCase)
                      || before.Equals("around", StringComparison.OrdinalIgnoreCase)))
                    return false;
            }
            // "in a fortnight's time", "in two weeks' time": a date from the publication date, whatever the tense
            if (IsWord(first - 1, "in") && _published is DateOnly timeFrom && end + 1 < _limit && _tokens[end].Has(TokenFlags.Clitic) && IsWord(end + 1, "time"))
            {
                m = new(first - 1, end, TemporalType.Date, Shift(timeFrom, parts, 1));
                return true;
            }
            // "in two years" (future): a date.
            if (IsWord(first - 1, "in") && _published is DateOnly pub && TenseOf(first, end) == Tense.Future && parts[0] == 0 && parts[1] == 0 && parts[2] == 0)
            {
                m = new(first - 1, end, TemporalType.Date, Shift(pub, parts, 1));
                return true;
            }
            m = new(first, end, TemporalType.Duration, Duration(parts));
            return true;
        }

        private static string? Shift(DateOnly date, ReadOnlySpan<decimal> parts, int sign)
        {
            for (int k = 0; k < parts.Length; k++)
                if (parts[k] != decimal.Truncate(parts[k]) || Math.Abs(parts[k]) > 100_000) return null;
            DateOnly? d = AddMonths(date, sign * (int)(parts[(int)Unit.Year] * 12 + parts[(int)Unit.Month]));
            if (d is DateOnly x) d = AddDays(x, sign * (int)(parts[(int)Unit.Week] * 7 + parts[(int)Unit.Day]));
            return d is DateOnly r ? Ymd(r) : null;
        }

        private bool TryRelativeWord(int i, ReadOnlySpan<char> w, out Match m)
        {
            m = default;
            int offset;
            string suffix = "";
            if (w.Equals("today", StringComparison.OrdinalIgnoreCase)) offset = 0;
            else if (w.Equals("yesterday", StringComparison.OrdinalIgnoreCase)) offset = -1;
            else if (w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase)) offset = 1;
            else if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase)) { offset = 0; suffix = "TNI"; }
            else return false;
            int end = i + 1;
            if (offset != 0 && i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Word && s_partsOfDay.TryGet(W(i + 1), out var part))
            {
                suffix = "T" + part;
                end++;
            }
            m = new(i, end, TemporalType.Date, _published is DateOnly p && AddDays(p, offset) is DateOnly d ? Ymd(d) + suffix : null);
            return true;
        }

        /// <summary>"last week", "next year", "this month", "earlier this month", "late last year", "this morning", "last night", "last Friday", "next March".</summary>
        private bool TryModifiedPeriod(int i, out Match m)
        {
            m = default;
            int k = i;
            if (IsWord(k, "earlier") || IsWord(k, "later") || IsWord(k, "early") || IsWord(k, "late") || IsWord(k, "mid") || IsWord(k, "the")) k++;
            if (IsDashGlued(k) && IsWord(k - 1, "mid")) k++;
            // -1/+1: the previous/next week, month or year ("last Friday" is the Friday of last week);
            // -2/+2: the nearest one before/after ("this past Friday", "the coming Friday")
            int direction;
            if (IsWord(k, "this") && (IsWord(k + 1, "past") || IsWord(k + 1, "coming"))) k++;
            if (IsWord(k, "last") || IsWord(k, "previous")) direction = -1;
            else if (IsWord(k, "past")) direction = -2;
            else if (IsWord(k, "next")) direction = 1;
            else if (IsWord(k, "coming")) direction = 2;
            else if (IsWord(k, "this")) direction = 0;
            else return false;
            int u = k + 1;
            if ((uint)u >= (uint)_limit || _tokens[u].Kind != TokenKind.Word) return false;
            var unitWord = W(u);
            DateOnly? p = _published;

            if (IsWord(k, "last") && (IsWord(u + 1, "of") || IsWord(u + 1, "in")) && TryNthWeekday(k, out m)) return true;
            // "next 6th of April", "next 5/12": a dated day after "next"/"last" keeps the word in its span
            if (k == i && direction is 1 or -1 && _depth < MaxAnchorDepth && (_tokens[u].Kind == TokenKind.Number || NumberScanner.IsNumberWord(unitWord)))
            {
                _depth++;
                bool dated = TryMatch(u, out var date);
                _depth--;
                if (dated && date.Type == TemporalType.Date && date.First == u && DayPart(date.Value) is not null)
                {
                    m = date with { First = i };
                    return true;
                }
            }
            if (s_weekdays.TryGet(unitWord, out _) || s_weekdayAbbreviations.TryGet(TrimPeriod(unitWord), out _))
                return !IsWord(i, "the") && (k == i || IsWord(i, "this")) && TryWeekday(i, u, direction, out m);
            if (direction is 2 or -2) direction /= 2;
            if (TryMonth(u, out int month) && _tokens[u].Has(TokenFlags.Capitalized))
            {
                if (k != i) return false;
                string? value = null;
                if (p is DateOnly d)
                {
                    int year = d.Year;
                    if (direction < 0) year = month < d.Month ? d.Year : d.Year - 1;
                    else if (direction > 0) year = month > d.Month ? d.Year : d.Year + 1;
                    value = Ym(year, month);
                }
                m = new(i, u + 1, TemporalType.Date, value ?? "XXXX-" + Two(month));
                return true;
            }
            if (direction != 0 && IsWord(i, "the")) return false; // "the last week" is a duration-like phrase: leave it
            if (s_partsOfDay.TryGet(unitWord, out var part))
            {
                if (direction == 1) return false;
                if (direction < 0 && part != "NI") return false;
                m = new(i, u + 1, TemporalType.Date, p is DateOnly d && AddDays(d, direction) is DateOnly x ? Ymd(x) + "T" + part : null);
                return true;
            }
            if (unitWord.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            {
                m = new(i, u + 1, TemporalType.Date, p is DateOnly d && AddDays(d, 7 * direction) is DateOnly x ? Week(x) + "-WE" : null);
                return true;
            }
            if (!s_units.TryGet(unitWord, out var unit) || unit.Plural || unit.Multiplier != 1 || unit.Unit < Unit.Day) return false;
            if (direction != 0 && IsWord(k, "past")) return false; // "the past year" reads as a duration
            string? v = null;
            if (p is DateOnly today)
            {
                v = unit.Unit switch
                {
                    Unit.Day => AddDays(today, direction) is DateOnly d ? Ymd(d) : null,
                    Unit.Week => AddDays(today, 7 * direction) is DateOnly d ? Week(d) : null,
                    Unit.Month => AddMonths(today, direction) is DateOnly d ? Ym(d.Year, d.Month) : null,
                    Unit.Year => today.Year + direction is >= 1 and <= 9999 ? Year(today.Year + direction) : null,
                    _ => null,
                };
            }
            // "next week Monday", "last week on Sunday": that day of that week
            if (unit.Unit == Unit.Week)
            {
                int d0 = IsWord(u + 1, "on") ? u + 2 : u + 1;
                if ((uint)d0 < (uint)_limit && _tokens[d0].Kind == TokenKind.Word
                    && (s_weekdays.TryGet(W(d0), out var wd) || s_weekdayAbbreviations.TryGet(TrimPeriod(W(d0)), out wd)))
                {
                    m = new(i, d0 + 1, TemporalType.Date, p is DateOnly pw ? InWeek(pw, direction, wd) : "XXXX-WXX-" + IsoDay(wd));
                    return true;
                }
            }
            m = new(i, u + 1, TemporalType.Date, v);
            return true;
        }

        /// <summary>
        /// A weekday: plain ("on Friday", resolved with the tense), with a week ("last Friday",
        /// "next Friday", "this Friday": the Friday of the previous, next or current week; "this past
        /// Friday" / "this coming Friday": the nearest one before or after), with a day of the month
        /// ("Friday the 22nd", "Friday, February 28") or a week after it ("Tuesday of last week").
        /// </summary>
        private bool TryWeekday(int first, int k, int? direction, out Match m)
        {
            m = default;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            var w = W(k);
            if (s_weekdayPlurals.TryGet(w, out var pluralDay) && direction is null)
            {
                m = new(first, k + 1, TemporalType.Set, "XXXX-WXX-" + IsoDay(pluralDay));
                return true;
            }
            if (!s_weekdays.TryGet(w, out var day))
            {
                // "Wed", "Fri.": abbreviations only beside a day number or after "on"/"last"/"next"
                if (!s_weekdayAbbreviations.TryGet(TrimPeriod(w), out day)) return false;
                bool beside = direction is not null || IsWord(k - 1, "on") || k + 1 < _limit && (_tokens[k + 1].Kind == TokenKind.Number || W(k + 1) is ",")
                    || (IsWord(k - 1, "or") || IsWord(k - 1, "and")) && _tokens[k].Has(TokenFlags.Capitalized);
                if (!beside) return false;
            }
            int end = k + 1;
            if (direction is null)
            {
                // "Friday, February 28" / "Friday Feb 28": the date carries the value.
                int afterComma = end < _limit && W(end) is "," ? end + 1 : end;
                if (TryMonthLed(first, afterComma, out var dated)) { m = dated; return true; }
                if (DayAt(afterComma) is int ofDay && IsWord(afterComma + 1, "of") && TryDayOfMonth(afterComma, afterComma + 1, ofDay, out var ofMonth))
                {
                    m = ofMonth with { First = first };
                    return true;
                }
                if (afterComma < _limit && _tokens[afterComma].Kind == TokenKind.Number && TryNumberLed(afterComma, out var numeric) && numeric.Type == TemporalType.Date && DayAt(afterComma) is null)
                {
                    m = numeric with { First = first };
                    return true;
                }
                // "Friday the 22nd", "Monday 21", "Thursday the twenty first"
                int dayEnd;
                int? dayOfMonth = DayAt(afterComma) is int dn && !(afterComma + 1 < _limit && TryMonth(afterComma + 1, out _, afterDay: true)) ? dn : null;
                dayEnd = afterComma + 1;
                if (dayOfMonth is null && IsWord(afterComma, "the"))
                {
                    if (DayAt(afterComma + 1) is int dt) { dayOfMonth = dt; dayEnd = afterComma + 2; }
                    else if (TryDayWords(afterComma, out int dw, out int dwEnd)) { dayOfMonth = dw; dayEnd = dwEnd; }
                }
                if (dayOfMonth is int dom)
                {
                    m = new(first, dayEnd, TemporalType.Date, WeekdayOfMonth(day, dom, first, dayEnd));
                    return true;
                }
                // "Tuesday of last week", "Friday this week", "Monday of the following week"
                int q = end;
                if (IsWord(q, "of")) q++;
                if (IsWord(q, "the")) q++;
                int weekShift = IsWord(q, "last") || IsWord(q, "previous") ? -1 : IsWord(q, "next") || IsWord(q, "following") ? 1 : IsWord(q, "this") ? 0 : int.MinValue;
                if (weekShift != int.MinValue && IsWord(q + 1, "week"))
                {
                    m = new(first, q + 2, TemporalType.Date, _published is DateOnly pw ? InWeek(pw, weekShift, day) : "XXXX-WXX-" + IsoDay(day));
                    return true;
                }
            }
            if (direction is null && end < _limit && _tokens[end].Kind == TokenKind.Word && s_partsOfDayPlural.TryGet(W(end), out var everyPart))
            {
                // "Tuesday afternoons": every Tuesday afternoon
                m = new(first, end + 1, TemporalType.Set, "XXXX-WXX-" + IsoDay(day) + "T" + everyPart);
                return true;
            }
            string suffix = "";
            if (end < _limit && _tokens[end].Kind == TokenKind.Word && s_partsOfDay.TryGet(W(end), out var part))
            {
                suffix = "T" + part;
                end++;
            }
            string? value;
            if (_published is DateOnly p)
            {
                if (direction is int dir && dir is -1 or 0 or 1)
                {
                    value = InWeek(p, dir, day) is string inWeek ? inWeek + suffix : null;
                }
                else
                {
                    int delta;
                    if (direction is int strict)
                        delta = strict < 0 ? -(((int)p.DayOfWeek - (int)day + 6) % 7 + 1) : ((int)day - (int)p.DayOfWeek + 6) % 7 + 1;
                    else
                        delta = TenseOf(first, end) == Tense.Past ? -(((int)p.DayOfWeek - (int)day + 7) % 7) : ((int)day - (int)p.DayOfWeek + 7) % 7;
                    value = AddDays(p, delta) is DateOnly d ? Ymd(d) + suffix : null;
                }
            }
            else
            {
                value = "XXXX-WXX-" + IsoDay(day) + suffix;
            }
            m = new(first, end, TemporalType.Date, value);
            return true;
        }

        /// <summary>The date of <paramref name="day"/> in the ISO week <paramref name="weeks"/> away from <paramref name="date"/>'s.</summary>
        private static string? InWeek(DateOnly date, int weeks, DayOfWeek day)
        {
            int monday = -(((int)date.DayOfWeek + 6) % 7);
            return AddDays(date, monday + 7 * weeks + IsoDay(day) - 1) is DateOnly d ? Ymd(d) : null;
        }

        /// <summary>
        /// "Friday the 22nd": the latest 22nd on or before the publication date that is a Friday (past
        /// tense), or the first on or after it (future), searched over 28 months; the weekday alone otherwise.
        /// </summary>
        private string? WeekdayOfMonth(DayOfWeek day, int dayOfMonth, int first, int end)
        {
            if (_published is not DateOnly p) return "XXXX-WXX-" + IsoDay(day);
            bool past = TenseOf(first, end) == Tense.Past;
            var month = new DateOnly(p.Year, p.Month, 1);
            for (int shift = 0; shift < 28; shift++)
            {
                if (AddMonths(month, past ? -shift : shift) is not DateOnly mo) break;
                if (dayOfMonth > DateTime.DaysInMonth(mo.Year, mo.Month)) continue;
                var candidate = new DateOnly(mo.Year, mo.Month, dayOfMonth);
                if (candidate.DayOfWeek == day && (past ? candidate <= p : candidate >= p)) return Ymd(candidate);
            }
            int delta = past ? -(((int)p.DayOfWeek - (int)day + 7) % 7) : ((int)day - (int)p.DayOfWeek + 7) % 7;
            return AddDays(p, delta) is DateOnly d ? Ymd(d) : null;
        }

        /// <summary>"on the 27th": that day of the publication month, or of the month before (past) or after (future).</summary>
        private string? DayOfMonthValue(int dayOfMonth, int first, int end)
        {
            if (_published is not DateOnly p) return "XXXX-XX-" + Two(dayOfMonth);
            bool past = TenseOf(first, end) == Tense.Past;
            int shift = past ? (dayOfMonth <= p.Day ? 0 : -1) : (dayOfMonth >= p.Day ? 0 : 1);
            for (int attempt = 0; attempt < 3; attempt++, shift += past ? -1 : 1)
            {
                if (AddMonths(new DateOnly(p.Year, p.Month, 1), shift) is not DateOnly month) return null;
                if (dayOfMonth <= DateTime.DaysInMonth(month.Year, month.Month)) return Ymd(month.Year, month.Month, dayOfMonth);
            }
            return null;
        }

        /// <summary>"February 27", "Feb. 27, 2025", "March 2025", "early March", "mid-March", "March", "May twenty nine".</summary>
        private bool TryMonthLed(int first, int k, out Match m)
        {
            m = default;
            bool modified = false;
            if (first == k && (IsWord(k, "early") || IsWord(k, "mid") || IsWord(k, "late") || IsWord(k, "end")))
            {
                int next = k + 1;
                if (IsDashGlued(next)) next++;
                else if (IsWord(next, "of")) next++;
                if (!TryMonth(next, out _)) return false;
                k = next;
                modified = true;
            }
            if (!TryMonth(k, out int month)) return false;
            int end = k + 1;
            int? day = null, year = null;
            if (!modified && DayAt(end) is int dd)
            {
                day = dd;
                end++;
            }
            else if (!modified && TryDayWords(end, out int wordDay, out int wordEnd))
            {
                day = wordDay;
                end = wordEnd;
            }
            if (day is not null)
            {
                if (end + 1 < _limit && W(end) is "," && YearAt(end + 1) is int y1) { year = y1; end += 2; }
                else if (YearAt(end) is int y2) { year = y2; end++; }
                else if (IsWord(end, "of") && YearAt(end + 1) is int y5) { year = y5; end += 2; }
                else if (YearWords(W(end) is "," ? end + 1 : end, out int wy, out int wyEnd)) { year = wy; end = wyEnd; }
            }
            else if (YearAt(end) is int y3 && !W(end).Contains(','))
            {
                year = y3;
                end++;
            }
            else if (end + 1 < _limit && W(end) is "," && _tokens[k].Has(TokenFlags.Capitalized) && YearAt(end + 1) is int y4 && W(end + 1).Length == 4)
            {
                year = y4;
                end += 2;
            }
            else if (!modified)
            {
                // A month alone: only capitalised, and "May" or an abbreviation only after a preposition.
                if (!_tokens[k].Has(TokenFlags.Capitalized)) return false;
                var prev = W(k - 1);
                bool preposition = prev.Equals("in", StringComparison.OrdinalIgnoreCase) || prev.Equals("since", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("until", StringComparison.OrdinalIgnoreCase) || prev.Equals("by", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("from", StringComparison.OrdinalIgnoreCase) || prev.Equals("of", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("before", StringComparison.OrdinalIgnoreCase) || prev.Equals("after", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("during", StringComparison.OrdinalIgnoreCase) || prev.Equals("to", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("through", StringComparison.OrdinalIgnoreCase) || prev.Equals("and", StringComparison.OrdinalIgnoreCase);
                if ((month == 5 || W(k).Length <= 4) && !preposition) return false;
            }
            m = new(first, end, TemporalType.Date, DateValue(first, end, year, month, day));
            return true;
        }

        /// <summary>A day of the month in words after a month: "twenty nine", "the eleventh", "first".</summary>
        private bool TryDayWords(int k, out int day, out int end)
        {
            day = 0;
            end = k;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            int start = IsWord(k, "the") ? k + 1 : k;
            if (!NumberScanner.TryScan(_text, _tokens, start, _limit, false, out var n) || n.Value is not decimal v || !n.Words) return false;
            if (v < 1 || v > 31 || v != decimal.Truncate(v)) return false;
            if (n.Kind == NumberKind.Cardinal)
            {
                // "March three people": a cardinal word is a day only from 13 up or before a comma, a year or the end
                bool closes = n.End >= _limit || _tokens[n.End].Kind is TokenKind.Punctuation || YearAt(n.End) is not null;
                if (v < 13 && !closes) return false;
            }
            else if (n.Kind != NumberKind.Ordinal) return false;
            day = (int)v;
            end = n.End;
            return true;
        }

        /// <summary>"27 February", "the 27th of February 2025", "27th" alone is not read.</summary>
        private bool TryDayOfMonth(int first, int end, decimal dayValue, out Match m)
        {
            m = default;
            if (dayValue < 1 || dayValue > 31 || dayValue != decimal.Truncate(dayValue)) return false;
            int k = end;
            if (IsWord(k, "of")) k++;
            // "the 20th of next month"
            if ((IsWord(k, "next") || IsWord(k, "last") || IsWord(k, "this")) && IsWord(k + 1, "month"))
            {
                int shift = IsWord(k, "next") ? 1 : IsWord(k, "last") ? -1 : 0;
                string? relative = null;
                if (_published is DateOnly pm && AddMonths(new DateOnly(pm.Year, pm.Month, 1), shift) is DateOnly mo && dayValue <= DateTime.DaysInMonth(mo.Year, mo.Month))
                    relative = Ymd(mo.Year, mo.Month, (int)dayValue);
                m = new(first, k + 2, TemporalType.Date, relative);
                return true;
            }
            if (!TryMonth(k, out int month, afterDay: true)) return false;
            int stop = k + 1;
            int? year = null;
            if (YearAt(stop) is int y) { year = y; stop++; }
            else if (YearWords(stop, out int wy, out int wyEnd)) { year = wy; stop = wyEnd; }
            else if (stop + 1 < _limit && W(stop) is "," && YearAt(stop + 1) is int y2 && W(stop + 1).Length == 4) { year = y2; stop += 2; }
            else if (IsWord(stop, "of") && YearAt(stop + 1) is int y3) { year = y3; stop += 2; }
            m = new(first, stop, TemporalType.Date, DateValue(first, stop, year, month, (int)dayValue));
            return true;
        }

        private string? DateValue(int first, int end, int? year, int month, int? day)
        {
            if (day is int d)
            {
                if (d > DateTime.DaysInMonth(year ?? 2024, month)) return null; // "February 30": no such day
                if (year is int y) return Ymd(y, month, d);
                if (_published is not DateOnly p) return "XXXX-" + Two(month) + "-" + Two(d);
                var tense = TenseOf(first, end);
                int candidate = p.Year;
                for (int attempt = 0; attempt < 8; attempt++)
                {
                    if (d <= DateTime.DaysInMonth(candidate, month))
                    {
                        var date = new DateOnly(candidate, month, d);
                        if (tense == Tense.Past ? date <= p : date >= p) return Ymd(date);
                    }
                    candidate += tense == Tense.Past ? -1 : 1;
                    if (candidate is < 1 or > 9999) break;
                }
                return null;
            }
            if (year is int yy) return Ym(yy, month);
            if (_published is not DateOnly pub) return "XXXX-" + Two(month);
            var t = TenseOf(first, end);
            int yr = t == Tense.Past ? (month <= pub.Month ? pub.Year : pub.Year - 1) : (month >= pub.Month ? pub.Year : pub.Year + 1);
            return yr is >= 1 and <= 9999 ? Ym(yr, month) : null;
        }

        private int? DayAt(int k)
        {
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Number) return null;
            var s = W(k);
            if (s.Length > 4 || s.Contains(',') || s.Contains('.')) return null;
            if (!NumberScanner.TryParseDigits(s, out var v, out var kind) || kind is not (NumberKind.Cardinal or NumberKind.Ordinal)) return null;
            if (v < 1 || v > 31 || v != decimal.Truncate(v)) return null;
            // "Sunday 3 weeks after": a count, not a day; "Wednesday 4 o'clock", "Friday 3pm": a time
            if (k + 1 < _limit && (TryUnit(k + 1, out _) || TryAmPm(k + 1, out _, out _) || IsWord(k + 1, "oclock") || IsWord(k + 1, "o'clock") || IsWord(k + 1, "o’clock"))) return null;
            return (int)v;
        }

        /// <summary>"23.04.2022" (day.month.year, the dotted European order) and "2015.5.13" (year first).</summary>
        private bool TryDottedDate(int i, ReadOnlySpan<char> s, out Match m)
        {
            m = default;
            int a = s.IndexOf('.');
            if (a <= 0) return false;
            int b = s[(a + 1)..].IndexOf('.');
            if (b <= 0) return false;
            b += a + 1;
            var p1 = s[..a];
            var p2 = s[(a + 1)..b];
            var p3 = s[(b + 1)..];
            if (p3.Contains('.') || p1.Length > 4 || p2.Length > 2 || p3.Length > 4) return false;
            if (!int.TryParse(p1, NumberStyles.None, CultureInfo.InvariantCulture, out int x) || !int.TryParse(p2, NumberStyles.None, CultureInfo.InvariantCulture, out int y)
                || !int.TryParse(p3, NumberStyles.None, CultureInfo.InvariantCulture, out int z)) return false;
            int year, month, day;
            if (p1.Length == 4) (year, month, day) = (x, y, z);
            else if (p3.Length == 4) (year, month, day) = (z, y, x);
            else return false;
            if (year is < 1000 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            m = new(i, i + 1, TemporalType.Date, Ymd(year, month, day));
            return true;
        }

        /// <summary>"Dec31", "October2", "april22": a month and a day written as one word.</summary>
        private bool TryGluedMonthDay(int i, ReadOnlySpan<char> w, out Match m)
        {
            m = default;
            int digits = 0;
            while (digits < w.Length && char.IsAsciiDigit(w[w.Length - 1 - digits])) digits++;
            if (digits is < 1 or > 2 || w.Length - digits < 3 || !s_months.TryGet(w[..^digits], out int month)) return false;
            int day = int.Parse(w[^digits..], NumberStyles.None, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31) return false;
            int end = i + 1;
            int? year = null;
            if (W(end) is "," && YearAt(end + 1) is int y) { year = y; end += 2; }
            else if (YearAt(end) is int y2) { year = y2; end++; }
            m = new(i, end, TemporalType.Date, DateValue(i, end, year, month, day));
            return true;
        }

        /// <summary>A year in words: "nineteen eighty six", "nineteen zero one", "two thousand and eighteen".</summary>
        private bool YearWords(int k, out int year, out int end)
        {
            year = 0;
            end = k;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word || !NumberScanner.IsNumberWord(W(k))) return false;
            if (!NumberScanner.TryScan(_text, _tokens, k, _limit, false, out var first) || first.Value is not decimal v || first.Kind != NumberKind.Cardinal) return false;
            if (v is >= 1000 and <= 2999 && v == decimal.Truncate(v)) { year = (int)v; end = first.End; return true; }
            if (v is < 10 or > 29 || v != decimal.Truncate(v)) return false;
            int k2 = first.End;
            int tail;
            if ((IsWord(k2, "zero") || IsWord(k2, "oh") || IsWord(k2, "o")) && k2 + 1 < _limit && NumberScanner.SmallCardinal(W(k2 + 1)) is >= 1 and <= 9)
            {
                tail = NumberScanner.SmallCardinal(W(k2 + 1));
                end = k2 + 2;
            }
            else if (k2 < _limit && NumberScanner.TryScan(_text, _tokens, k2, _limit, false, out var second) && second.Words && second.Value is decimal t2
                     && t2 is >= 10 and <= 99 && t2 == decimal.Truncate(t2) && second.Kind == NumberKind.Cardinal)
            {
                tail = (int)t2;
                end = second.End;
            }
            else return false;
            year = (int)v * 100 + tail;
            return true;
        }

        private int? YearAt(int k)
        {
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Number) return null;
            var s = W(k);
            if (s.Length != 4 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[3])) return null;
            if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return null;
            return y is >= 1000 and <= 2999 ? y : null;
        }

        private bool TrySet(int i, ReadOnlySpan<char> w, out Match m)
        {
            m = default;
            // "Daily", "Weekly" inside a sentence are names ("Entertainment Weekly", "Daily Mail")
            if (s_setWords.TryGet(w, out var value) && !(_tokens[i].Has(TokenFlags.Capitalized) && i > _sentenceStart))
            {
                m = new(i, i + 1, TemporalType.Set, value);
                return true;
            }
            if (w.Equals("weekends", StringComparison.OrdinalIgnoreCase)) { m = new(i, i + 1, TemporalType.Set, "P1WE"); return true; }
            // "once a week", "twice a year"
            if ((w.Equals("once", StringComparison.OrdinalIgnoreCase) || w.Equals("twice", StringComparison.OrdinalIgnoreCase)) && (IsWord(i + 1, "a") || IsWord(i + 1, "an") || IsWord(i + 1, "per") || IsWord(i + 1, "every"))
                && TryUnit(i + 2, out var perUnit) && !perUnit.Plural)
            {
                Span<decimal> per = stackalloc decimal[7];
                per[(int)perUnit.Unit] = perUnit.Multiplier;
                m = new(i, i + 3, TemporalType.Set, Duration(per));
                return true;
            }
            if (!(w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase))) return false;
            if (IsWord(i + 1, "weekend")) { m = new(i, i + 2, TemporalType.Set, "P1WE"); return true; }
            if (i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Word && s_partsOfDay.TryGet(W(i + 1), out var everyPart)) { m = new(i, i + 2, TemporalType.Set, "T" + everyPart); return true; }
            int k = i + 1;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            if (s_weekdays.TryGet(W(k), out var day))
            {
                m = new(i, k + 1, TemporalType.Set, "XXXX-WXX-" + IsoDay(day));
                return true;
            }
            decimal amount = 1;
            if (IsWord(k, "other")) { amount = 2; k++; }
            else if (k < _limit && NumberScanner.SmallCardinal(W(k)) > 1) { amount = NumberScanner.SmallCardinal(W(k)); k++; }
            else if (k < _limit && _tokens[k].Kind == TokenKind.Number && NumberScanner.TryParsePlain(W(k), out var n) && n > 0 && n < 1000) { amount = n; k++; }
            if (!TryUnit(k, out var unit)) return false;
            if (unit.Plural == (amount == 1)) return false;
            Span<decimal> every = stackalloc decimal[7];
            every[(int)unit.Unit] = amount * unit.Multiplier;
            m = new(i, k + 1, TemporalType.Set, Duration(every));
            return true;
        }

        private bool TryNumberLed(int i, out Match m)
        {
            m = default;
            var s = W(i);
            if (!NumberScanner.TryParseDigits(s, out var value, out var kind))
            {
                return TryDottedDate(i, s, out m);
            }
            // "20161016": eight digits that make a date
            if (kind == NumberKind.Cardinal && s.Length == 8 && s[0] is '1' or '2' && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal)))
            {
                int y8 = int.Parse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture), m8 = int.Parse(s[4..6], NumberStyles.None, CultureInfo.InvariantCulture), d8 = int.Parse(s[6..], NumberStyles.None, CultureInfo.InvariantCulture);
                if (m8 is >= 1 and <= 12 && d8 >= 1 && d8 <= DateTime.DaysInMonth(y8, m8))
                {
                    m = new(i, i + 1, TemporalType.Date, Ymd(y8, m8, d8));
                    return true;
                }
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
                    bool listed = (W(i - 1) is "," || IsWord(i - 1, "or") || IsWord(i - 1, "and")) && i - 2 >= _sentenceStart && W(i - 2).Contains('/');
                    if ((IsWord(i - 1, "on") || IsWord(i - 1, "by") || IsWord(i - 1, "since") || IsWord(i - 1, "until") || IsWord(i - 1, "before") || IsWord(i - 1, "after") || IsWord(i - 1, "next") || listed)
                        && TrySlashDate(i, s, out m)) return true;
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
            // Years
            if (YearAt(i) is int year && IsYearContext(i))
            {
                m = new(i, i + 1, TemporalType.Date, Year(year));
                return true;
            }
            return false;
        }

        private bool TryDurationNumber(int i, decimal value, out Match m)
        {
            m = default;
            if (value <= 0) return false;
            int end = i + 1;
            // "1.5 million years" is not read: a scale word makes it a quantity.
            if (TryUnitAfter(end, out var unit, out int unitEnd)) return TryDurationTail(i, unitEnd, value, unit, articleOnly: false, out m);
            return false;
        }

        private bool TryAppositiveAge(int i, decimal value, out Match m)
        {
            m = default;
            // "Lukashenko, 70, said": a capitalised name, a comma, a whole number, a comma or the sentence end.
            if (value < 1 || value > 120 || i - 2 < _sentenceStart || W(i - 1) is not ",") return false;
            var name = _tokens[i - 2];
            if (name.Kind != TokenKind.Word || !name.Has(TokenFlags.Capitalized) || name.Has(TokenFlags.AllCaps)) return false;
            var nameText = W(i - 2);
            if (s_months.Contains(TrimPeriod(nameText)) || s_weekdays.Contains(nameText)) return false;
            if (i + 1 < _limit && W(i + 1) is not ("," or ";" or ")" or "." or "and")) return false;
            if (W(i).Contains(',')) return false;
            m = new(i, i + 1, TemporalType.Age, "P" + Num(value) + "Y");
            return true;
        }

        private bool IsYearContext(int i)
        {
            var s = W(i);
            if (s.Contains(',')) return false;
            // "555-1212", "138-2010-2015": a part of a phone number or code
            if (i - 2 >= _sentenceStart && TokenText.Glued(_tokens[i]) && _tokens[i - 1].Has(TokenFlags.Dash) && _tokens[i - 2].Kind == TokenKind.Number && YearAt(i - 2) is null) return false;
            if (i + 2 < _limit && TokenText.Glued(_tokens[i + 1]) && _tokens[i + 1].Has(TokenFlags.Dash) && _tokens[i + 2].Kind == TokenKind.Number && YearAt(i + 2) is null) return false;
            if (i - 2 >= _sentenceStart && TokenText.Glued(_tokens[i]) && _tokens[i - 1].Has(TokenFlags.Dash) && YearAt(i - 2) is not null && i - 3 >= _sentenceStart && TokenText.Glued(_tokens[i - 2]) && _tokens[i - 3].Has(TokenFlags.Dash)) return false;
            int year = YearAt(i) ?? 0;
            bool plausible = year is >= 1800 and <= 2100;
            var prev = i > _sentenceStart ? _tokens[i - 1] : default;
            bool hasPrev = i > _sentenceStart;
            if (hasPrev && prev.Kind == TokenKind.Currency) return false;
            if (hasPrev && prev.Kind == TokenKind.Word && s_yearContext.Contains(W(i - 1)) && (plausible || !W(i - 1).Equals("and", StringComparison.OrdinalIgnoreCase) && !W(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && !W(i - 1).Equals("or", StringComparison.OrdinalIgnoreCase) && !W(i - 1).Equals("than", StringComparison.OrdinalIgnoreCase)))
            {
                if (W(i - 1).Equals("and", StringComparison.OrdinalIgnoreCase) || W(i - 1).Equals("or", StringComparison.OrdinalIgnoreCase)
                    || W(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
                    return YearAt(i - 2) is not null || NextIsNotNoun(i);
                return NextIsNotNoun(i);
            }
            if (hasPrev && prev.Has(TokenFlags.Dash) && YearAt(i - 2) is not null && plausible) return true; // "2014-2015"
            if (hasPrev && prev.Kind == TokenKind.Word && TryMonth(i - 1, out _)) return true;
            return plausible && NextIsNotNoun(i) && !(hasPrev && prev.Kind == TokenKind.Word && (W(i - 1).Equals("than", StringComparison.OrdinalIgnoreCase)
                || W(i - 1).Equals("about", StringComparison.OrdinalIgnoreCase) || W(i - 1).Equals("some", StringComparison.OrdinalIgnoreCase)));
        }

        private bool NextIsNotNoun(int i)
        {
            int k = i + 1;
            if (k >= _limit) return true;
            var next = _tokens[k];
            if (next.Kind is TokenKind.Symbol or TokenKind.Currency) return false;
            if (next.Kind != TokenKind.Word) return true;
            if (TokenText.Glued(next)) return false; // "2014bn"
            var w = W(k);
            if (next.Has(TokenFlags.Capitalized)) return true;
            // "2000 people", "1500 troops", "1990 million": a count, not a year
            if (NumberScanner.IsNumberWord(w)) return false;
            return !(w.Length > 3 && w[^1] == 's' && w[^2] != 's' && !w.Equals("was", StringComparison.OrdinalIgnoreCase) && !w.Equals("has", StringComparison.OrdinalIgnoreCase)
                     && !w.Equals("this", StringComparison.OrdinalIgnoreCase) && !w.Equals("its", StringComparison.OrdinalIgnoreCase));
        }

        private bool TryDecade(int i, ReadOnlySpan<char> s, decimal value, out Match m)
        {
            m = default;
            if (value < 0 || value >= 10_000) return false;
            int v = (int)value;
            int year;
            if (s[0] is '\'' or '\u2019')
            {
                if (v % 10 != 0 || v >= 100) return false;
                int current = _published?.Year ?? 2000;
                year = 2000 + v <= current ? 2000 + v : 1900 + v;
            }
            else
            {
                if (v < 1000 || v > 2990 || v % 10 != 0) return false;
                year = v;
            }
            m = new(i, i + 1, TemporalType.Date, (year / 10).ToString(CultureInfo.InvariantCulture) + "X");
            return true;
        }

        private bool TryClock(int i, ReadOnlySpan<char> s, out Match m)
        {
            m = default;
            int colon = s.IndexOf(':');
            int second = -1;
            var rest = s[(colon + 1)..];
            int colon2 = rest.IndexOf(':');
            if (colon2 >= 0)
            {
                // "17:49:19"
                if (!int.TryParse(rest[(colon2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out second) || second > 59) return false;
                rest = rest[..colon2];
            }
            if (!int.TryParse(s[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out int hour)
                || !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out int minute)) return false;
            int end = i + 1;
            if (TryAmPm(end, out int ampmEnd, out bool pm))
            {
                if (hour is < 1 or > 12) return false;
                hour = Hour12(hour, pm);
                end = ampmEnd;
            }
            if (hour > 24 || minute > 59) return false;
            m = new(i, ZoneEnd(end), TemporalType.Time, "T" + Two(hour % 24) + ":" + Two(minute) + (second > 0 ? ":" + Two(second) : ""));
            return true;
        }

        private int ZoneEnd(int k) => k < _limit && _tokens[k].Kind == TokenKind.Word && s_zones.Contains(W(k)) ? k + 1 : k;

        private bool TryAmPm(int k, out int end, out bool pm)
        {
            end = k;
            pm = false;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            var w = W(k);
            if (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase)) { end = k + 1; return true; }
            if (w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)) { end = k + 1; pm = true; return true; }
            return false;
        }

        private static int Hour12(int hour, bool pm) => pm ? (hour % 12) + 12 : hour % 12;

        private bool TrySlashDate(int i, ReadOnlySpan<char> s, out Match m)
        {
            m = default;
            // Policy: month/day/year (US news style) unless the first part cannot be a month (27/2/2025 is day/month).
            Span<int> parts = stackalloc int[3];
            int n = 0, startPart = 0, lastLength = 0, firstLength = 0;
            for (int k = 0; k <= s.Length; k++)
            {
                if (k == s.Length || s[k] == '/')
                {
                    if (n == 3 || k - startPart > 4 || !int.TryParse(s[startPart..k], NumberStyles.None, CultureInfo.InvariantCulture, out parts[n])) return false;
                    if (n == 0) firstLength = k - startPart;
                    n++;
                    lastLength = k - startPart;
                    startPart = k + 1;
                }
            }
            if (n < 2) return false;
            int month = parts[0], day = parts[1];
            if (month > 12 && day <= 12) (month, day) = (day, month);
            int? year = null;
            if (n == 3 && firstLength == 4)
            {
                // "2015/08/12": year/month/day
                year = parts[0];
                month = parts[1];
                day = parts[2];
            }
            else if (n == 3)
            {
                year = lastLength <= 2 ? TwoDigitYear(parts[2]) : parts[2];
                if (lastLength == 3) return false;
            }
            if (month is < 1 or > 12 || day < 1 || day > 31) return false;
            if (year is int y && (y < 1 || y > 9999)) return false;
            m = new(i, i + 1, TemporalType.Date, DateValue(i, i + 1, year, month, day));
            return true;
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

    private static string Num(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Ym(int year, int month) => Year(year) + "-" + Two(month);

    private static string Ymd(int year, int month, int day) => Ym(year, month) + "-" + Two(day);

    private static string Ymd(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
