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
    private static readonly Lexicon<UnitWord> s_units = new(BuildUnits());
    private static readonly Lexicon<string> s_partsOfDay = new(new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    });
    private static readonly Lexicon<string> s_setWords = new(new Dictionary<string, string>
    {
        ["annually"] = "P1Y", ["yearly"] = "P1Y", ["daily"] = "P1D", ["nightly"] = "P1D", ["weekly"] = "P1W",
        ["monthly"] = "P1M", ["hourly"] = "PT1H", ["quarterly"] = "P3M", ["fortnightly"] = "P2W", ["biweekly"] = "P2W",
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

    /// <summary>Whether a word names a month (for other stages: "February 27" is not a cardinal).</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => s_months.Contains(TrimPeriod(word));

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
                if (reader.TryMatch(i, out var m) && m.End > m.First)
                {
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

    private readonly ref struct Reader
    {
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

        private bool TryMonth(int k, out int month)
        {
            month = 0;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            var w = W(k);
            if (!s_months.TryGet(TrimPeriod(w), out month)) return false;
            // "may" and "march" are verbs in lower case; "Mar" or "Jan" in capitals only.
            if (!_tokens[k].Has(TokenFlags.Capitalized))
            {
                bool numberNear = k + 1 < _limit && _tokens[k + 1].Kind == TokenKind.Number || k > _sentenceStart && _tokens[k - 1].Kind == TokenKind.Number;
                if (!numberNear) return false;
                if (month == 5 && !(k + 1 < _limit && _tokens[k + 1].Kind == TokenKind.Number)) return false;
            }
            return true;
        }

        public bool TryMatch(int i, out Match m)
        {
            m = default;
            var t = _tokens[i];
            if (t.Kind == TokenKind.Number) return TryNumberLed(i, out m);
            if (t.Kind != TokenKind.Word) return false;
            var w = W(i);

            if (TryRelativeWord(i, w, out m)) return true;
            if (TryModifiedPeriod(i, out m)) return true;
            if (TryMonthLed(i, i, out m)) return true;
            if (TryWeekday(i, i, null, out m)) return true;
            if (TrySet(i, w, out m)) return true;
            if (w.Equals("aged", StringComparison.OrdinalIgnoreCase) && i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Number
                && NumberScanner.TryParsePlain(W(i + 1), out var age) && age > 0 && age < 130)
            {
                m = new(i, i + 2, TemporalType.Age, "P" + Num(age) + "Y");
                return true;
            }
            if (w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midday", StringComparison.OrdinalIgnoreCase))
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
                m = new(i, i + 3, TemporalType.Duration, Duration(0.5m * hu.Multiplier, hu.Unit));
                return true;
            }
            // "a year ago", "for a week", "an hour and a half"
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && TryUnit(i + 1, out var au) && !au.Plural)
                return TryDurationTail(i, i + 2, 1m, au, articleOnly: true, out m);
            // Number words: "three-year", "two weeks", "seventy-year-old"
            if (NumberScanner.SmallCardinal(w) >= 0 || NumberScanner.IsNumberWord(w))
            {
                if (NumberScanner.TryScan(_text, _tokens, i, _limit, false, out var n) && n.Value is decimal v && n.Kind is NumberKind.Cardinal or NumberKind.Fraction)
                {
                    if (TryAge(i, n.End, v, out m)) return true;
                    if (TryUnitAfter(n.End, out var u, out int unitEnd)) return TryDurationTail(i, unitEnd, v, u, articleOnly: false, out m);
                }
                if (NumberScanner.TryScan(_text, _tokens, i, _limit, false, out var o) && o.Kind == NumberKind.Ordinal && o.Value is decimal day)
                    return TryDayOfMonth(i, o.End, day, out m);
            }
            return false;
        }

        private bool TryUnit(int k, out UnitWord unit)
        {
            unit = default;
            return (uint)k < (uint)_limit && _tokens[k].Kind == TokenKind.Word && s_units.TryGet(W(k), out unit)
                && !(W(k) is "h" && !TokenText.Glued(_tokens[k]));
        }

        /// <summary>A time unit right after a number, glued by a hyphen ("three-year") or spaced ("two weeks").</summary>
        private bool TryUnitAfter(int k, out UnitWord unit, out int end)
        {
            end = k;
            if (IsDashGlued(k) && TryUnit(k + 1, out unit) && !unit.Plural) { end = k + 2; return true; }
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
            if (!IsWord(k, "old")) return false;
            if (value <= 0 || value > 200) return false;
            char letter = u.Unit switch { Unit.Year => 'Y', Unit.Month => 'M', Unit.Week => 'W', _ => 'D' };
            m = new(first, k + 1, TemporalType.Age, "P" + Num(value) + letter);
            return true;
        }

        private bool TryDurationTail(int first, int end, decimal amount, UnitWord unit, bool articleOnly, out Match m)
        {
            m = default;
            decimal value = amount * unit.Multiplier;
            // "an hour and a half", "two years and a half"
            if (IsWord(end, "and") && (IsWord(end + 1, "a") || IsWord(end + 1, "an")) && IsWord(end + 2, "half"))
            {
                value += 0.5m * unit.Multiplier;
                end += 3;
            }
            if (IsWord(end, "ago"))
            {
                m = new(first, end + 1, TemporalType.Date, Shift(-value, unit.Unit));
                return true;
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
            // "in two years" (future): a date.
            if (IsWord(first - 1, "in") && TenseOf(first, end) == Tense.Future && _published is not null && unit.Unit >= Unit.Day)
            {
                m = new(first - 1, end, TemporalType.Date, Shift(value, unit.Unit));
                return true;
            }
            m = new(first, end, TemporalType.Duration, Duration(value, unit.Unit));
            return true;
        }

        private string? Shift(decimal amount, Unit unit)
        {
            if (_published is not DateOnly p) return null;
            if (amount != decimal.Truncate(amount) || Math.Abs(amount) > 10_000) return null;
            int n = (int)amount;
            return unit switch
            {
                Unit.Day => AddDays(p, n) is DateOnly d ? Ymd(d) : null,
                Unit.Week => AddDays(p, 7 * n) is DateOnly d ? Ymd(d) : null,
                Unit.Month => AddMonths(p, n) is DateOnly d ? Ymd(d) : null,
                Unit.Year => p.Year + n is >= 1 and <= 9999 ? (AddMonths(p, 12 * n) is DateOnly d ? Ymd(d) : null) : null,
                _ => Ymd(p),
            };
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
            int direction;
            if (IsWord(k, "last") || IsWord(k, "past") || IsWord(k, "previous")) direction = -1;
            else if (IsWord(k, "next") || IsWord(k, "coming")) direction = 1;
            else if (IsWord(k, "this")) direction = 0;
            else return false;
            int u = k + 1;
            if ((uint)u >= (uint)_limit || _tokens[u].Kind != TokenKind.Word) return false;
            var unitWord = W(u);
            DateOnly? p = _published;

            if (s_weekdays.TryGet(unitWord, out _)) return k == i && TryWeekday(i, u, direction, out m);
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
            m = new(i, u + 1, TemporalType.Date, v);
            return true;
        }

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
            if (!s_weekdays.TryGet(w, out var day)) return false;
            int end = k + 1;
            // "Friday, February 28" / "Friday Feb 28": the date carries the value.
            int afterComma = end < _limit && W(end) is "," ? end + 1 : end;
            if (direction is null && TryMonthLed(first, afterComma, out var dated)) { m = dated; return true; }
            string suffix = "";
            if (end < _limit && _tokens[end].Kind == TokenKind.Word && s_partsOfDay.TryGet(W(end), out var part))
            {
                suffix = "T" + part;
                end++;
            }
            string? value;
            if (_published is DateOnly p)
            {
                int delta;
                if (direction is int dir && dir != 0)
                {
                    delta = dir < 0 ? -(((int)p.DayOfWeek - (int)day + 6) % 7 + 1) : ((int)day - (int)p.DayOfWeek + 6) % 7 + 1;
                }
                else
                {
                    var tense = TenseOf(first, end);
                    delta = tense == Tense.Past ? -(((int)p.DayOfWeek - (int)day + 7) % 7) : ((int)day - (int)p.DayOfWeek + 7) % 7;
                }
                value = AddDays(p, delta) is DateOnly d ? Ymd(d) + suffix : null;
            }
            else
            {
                value = "XXXX-WXX-" + IsoDay(day) + suffix;
            }
            m = new(first, end, TemporalType.Date, value);
            return true;
        }

        /// <summary>"February 27", "Feb. 27, 2025", "March 2025", "early March", "mid-March", "March".</summary>
        private bool TryMonthLed(int first, int k, out Match m)
        {
            m = default;
            int modifierEnd = k;
            if (first == k && (IsWord(k, "early") || IsWord(k, "mid") || IsWord(k, "late") || IsWord(k, "end")))
            {
                modifierEnd = k + 1;
                if (IsDashGlued(modifierEnd)) modifierEnd++;
                else if (IsWord(modifierEnd, "of")) modifierEnd++;
                if (!TryMonth(modifierEnd, out _)) return false;
                k = modifierEnd;
            }
            if (!TryMonth(k, out int month)) return false;
            int end = k + 1;
            int? day = null, year = null;
            int? dayCandidate = end < _limit ? DayAt(end) : null;
            if (dayCandidate is int dd && modifierEnd == first)
            {
                day = dd;
                end++;
                if (end + 1 < _limit && W(end) is "," && YearAt(end + 1) is int y1) { year = y1; end += 2; }
                else if (YearAt(end) is int y2) { year = y2; end++; }
            }
            else if (YearAt(end) is int y3 && !(end < _limit && _tokens[end].Kind == TokenKind.Number && W(end).Contains(',')))
            {
                year = y3;
                end++;
            }
            else if (end + 1 < _limit && W(end) is "," && _tokens[k].Has(TokenFlags.Capitalized) && YearAt(end + 1) is int y4 && W(end + 1).Length == 4)
            {
                year = y4;
                end += 2;
            }
            else if (modifierEnd == first)
            {
                // A month alone: only capitalised, and "May" only with a preposition before it.
                if (!_tokens[k].Has(TokenFlags.Capitalized)) return false;
                var prev = W(k - 1);
                bool preposition = prev.Equals("in", StringComparison.OrdinalIgnoreCase) || prev.Equals("since", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("until", StringComparison.OrdinalIgnoreCase) || prev.Equals("by", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("from", StringComparison.OrdinalIgnoreCase) || prev.Equals("of", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("before", StringComparison.OrdinalIgnoreCase) || prev.Equals("after", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("during", StringComparison.OrdinalIgnoreCase) || prev.Equals("to", StringComparison.OrdinalIgnoreCase)
                    || prev.Equals("through", StringComparison.OrdinalIgnoreCase) || prev.Equals("and", StringComparison.OrdinalIgnoreCase);
                if ((month == 5 || W(k).Length <= 4) && !preposition) return false;
                if (W(k).Length <= 4 && !W(k).EndsWith('.') && month != 6 && month != 7) return false;
            }
            m = new(first, end, TemporalType.Date, DateValue(first, end, year, month, day));
            return true;
        }

        /// <summary>"27 February", "the 27th of February 2025", "27th" alone is not read.</summary>
        private bool TryDayOfMonth(int first, int end, decimal dayValue, out Match m)
        {
            m = default;
            if (dayValue < 1 || dayValue > 31 || dayValue != decimal.Truncate(dayValue)) return false;
            int k = end;
            if (IsWord(k, "of")) k++;
            if (!TryMonth(k, out int month)) return false;
            int stop = k + 1;
            int? year = null;
            if (YearAt(stop) is int y) { year = y; stop++; }
            else if (stop + 1 < _limit && W(stop) is "," && YearAt(stop + 1) is int y2 && W(stop + 1).Length == 4) { year = y2; stop += 2; }
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
            // "March 2025" is a year, not a day
            return (int)v;
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
            if (s_setWords.TryGet(w, out var value))
            {
                m = new(i, i + 1, TemporalType.Set, value);
                return true;
            }
            if (!(w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase))) return false;
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
            m = new(i, k + 1, TemporalType.Set, Duration(amount * unit.Multiplier, unit.Unit));
            return true;
        }

        private bool TryNumberLed(int i, out Match m)
        {
            m = default;
            var s = W(i);
            if (!NumberScanner.TryParseDigits(s, out var value, out var kind))
            {
                return false;
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
                    return TryDayOfMonth(i, i + 1, value, out m);
                case NumberKind.Fraction:
                    if (IsWord(i - 1, "on") && TrySlashDate(i, s, out m)) return true;
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
            var prev = i > _sentenceStart ? _tokens[i - 1] : default;
            bool hasPrev = i > _sentenceStart;
            if (hasPrev && prev.Kind == TokenKind.Currency) return false;
            if (hasPrev && prev.Kind == TokenKind.Word && s_yearContext.Contains(W(i - 1)))
            {
                if (W(i - 1).Equals("and", StringComparison.OrdinalIgnoreCase) || W(i - 1).Equals("or", StringComparison.OrdinalIgnoreCase)
                    || W(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
                    return YearAt(i - 2) is not null || NextIsNotNoun(i);
                return NextIsNotNoun(i);
            }
            if (hasPrev && prev.Has(TokenFlags.Dash) && YearAt(i - 2) is not null) return true; // "2014-2015"
            if (hasPrev && prev.Kind == TokenKind.Word && TryMonth(i - 1, out _)) return true;
            return NextIsNotNoun(i) && !(hasPrev && prev.Kind == TokenKind.Word && (W(i - 1).Equals("than", StringComparison.OrdinalIgnoreCase)
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
            if (!int.TryParse(s[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out int hour)
                || !int.TryParse(s[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int minute)) return false;
            int end = i + 1;
            if (TryAmPm(end, out int ampmEnd, out bool pm))
            {
                if (hour is < 1 or > 12) return false;
                hour = Hour12(hour, pm);
                end = ampmEnd;
            }
            if (hour > 24 || minute > 59) return false;
            m = new(i, ZoneEnd(end), TemporalType.Time, "T" + Two(hour % 24) + ":" + Two(minute));
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
            // "a.m" before a sentence end: the tokenizer may leave "a.m" + "."
            return false;
        }

        private static int Hour12(int hour, bool pm) => pm ? (hour % 12) + 12 : hour % 12;

        private bool TrySlashDate(int i, ReadOnlySpan<char> s, out Match m)
        {
            m = default;
            // Policy: month/day/year (US news style) unless the first part cannot be a month (27/2/2025 is day/month).
            Span<int> parts = stackalloc int[3];
            int n = 0, startPart = 0;
            for (int k = 0; k <= s.Length; k++)
            {
                if (k == s.Length || s[k] == '/')
                {
                    if (n == 3 || !int.TryParse(s[startPart..k], NumberStyles.None, CultureInfo.InvariantCulture, out parts[n])) return false;
                    n++;
                    startPart = k + 1;
                }
            }
            int month = parts[0], day = parts[1];
            if (month > 12 && day <= 12) (month, day) = (day, month);
            int? year = null;
            if (n == 3)
            {
                year = parts[2] < 100 && s.Length - startPart <= 2 ? 2000 + parts[2] : parts[2];
                if (s[startPart..].Length == 4 && parts[0] > 31) return false;
            }
            if (month is < 1 or > 12 || day < 1 || day > 31) return false;
            if (year is int y && (y < 1 || y > 9999)) return false;
            m = new(i, i + 1, TemporalType.Date, DateValue(i, i + 1, year, month, day));
            return true;
        }
    }

    private static string Duration(decimal amount, Unit unit)
    {
        // Fractions of an hour or minute read better one unit down: PT0.5H -> PT30M.
        if (amount != decimal.Truncate(amount) && unit is Unit.Hour or Unit.Minute)
        {
            amount *= 60;
            unit = unit == Unit.Hour ? Unit.Minute : Unit.Second;
        }
        return unit switch
        {
            Unit.Second => "PT" + Num(amount) + "S",
            Unit.Minute => "PT" + Num(amount) + "M",
            Unit.Hour => "PT" + Num(amount) + "H",
            Unit.Day => "P" + Num(amount) + "D",
            Unit.Week => "P" + Num(amount) + "W",
            Unit.Month => "P" + Num(amount) + "M",
            _ => "P" + Num(amount) + "Y",
        };
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
