using System.Globalization;

namespace NewsNlp;

// Named periods: seasons, the weekend, "the end of the year", "earlier in the day", calendar quarters.
internal static partial class TemporalScanner
{
    /// <summary>Words before "the" and a season that make it a time ("in the fall", "over the summer").</summary>
    private static readonly Lexicon<bool> s_beforeTheSeason = new(((string[])["in", "during", "over", "since", "by", "until", "till", "through",
        "throughout", "before", "after", "from", "for"]).Select(w => KeyValuePair.Create(w, true)));

    /// <summary>The months a season of year <paramref name="year"/> covers (winter: December of that year to February).</summary>
    private static (DateOnly Start, DateOnly End)? SeasonSpan(int year, string code)
    {
        int startMonth = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        if (year is < 1 or > 9998) return null;
        var start = new DateOnly(year, startMonth, 1);
        return (start, start.AddMonths(3).AddDays(-1));
    }

    private static string SeasonValue(int year, string code) => Year(year) + "-" + code;

    /// <summary>
    /// The season named with a direction: "last summer" is the latest summer over before the
    /// publication date, "next summer" the first one to begin after it; "this summer" is the one under
    /// way, or else the last one if the clause is in the past ("it was cold this winter", said in
    /// March) and the coming one if not.
    /// </summary>
    private static string? SeasonNear(DateOnly published, string code, int direction, Tense tense)
    {
        int year = published.Year;
        if (direction == 0)
        {
            for (int y = year - 1; y <= year; y++)
                if (SeasonSpan(y, code) is var (start, end) && start <= published && published <= end) return SeasonValue(y, code);
            direction = tense == Tense.Past ? -1 : 1;
        }
        for (int y = direction < 0 ? year : year - 1; y >= year - 2 && y <= year + 1; y += direction < 0 ? -1 : 1)
        {
            if (SeasonSpan(y, code) is not var (start, end)) return null;
            if (direction < 0 ? end < published : start > published) return SeasonValue(y, code);
        }
        return null;
    }

    private ref partial struct Reader
    {
        /// <summary>
        /// A season with its year ("summer 2012", "the fall of 2007") or after a preposition and "the"
        /// ("in the fall", "over the summer": resolved with the tense like a month: past, the latest
        /// that began by the publication date; future, the first not over by then). Not "the fall of
        /// Rome" nor "a fall in prices", and a capitalised season after a capitalised word is a name
        /// ("Arab Spring").
        /// </summary>
        private bool TrySeason(int i, out Match m)
        {
            m = default;
            bool the = IsWord(i, "the");
            int k = the ? i + 1 : i;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word || !s_seasons.TryGet(W(k), out var code)) return false;
            if (_tokens[k].Has(TokenFlags.Capitalized) && k > _sentenceStart && !the && IsCapitalisedWordAt(k - 1)) return false;
            int y = IsWord(k + 1, "of") ? k + 2 : k + 1;
            if (YearAt(y) is int year && (y != k + 1 || !TokenText.Glued(_tokens[y])))
            {
                m = new(i, y + 1, TemporalType.Date, SeasonValue(year, code));
                return true;
            }
            if (!the || i - 1 < _sentenceStart || _tokens[i - 1].Kind != TokenKind.Word || !s_beforeTheSeason.Contains(W(i - 1))) return false;
            if (IsWord(k + 1, "of") || IsWord(k + 1, "in") || IsWord(k + 1, "'s") || IsWord(k + 1, "’s")) return false;
            string? value = "XXXX-" + code;
            if (_published is DateOnly p)
            {
                bool future = TenseOf(i, k + 1) == Tense.Future;
                value = null;
                for (int yy = future ? p.Year - 1 : p.Year + 1; yy >= p.Year - 1 && yy <= p.Year + 1; yy += future ? 1 : -1)
                {
                    if (SeasonSpan(yy, code) is not var (start, end)) break;
                    if (future ? end >= p : start <= p) { value = SeasonValue(yy, code); break; }
                }
            }
            m = new(i, k + 1, TemporalType.Date, value);
            return true;
        }

        /// <summary>
        /// "over the weekend", "during the weekend", "on the weekend": the last weekend begun by the
        /// publication date in a past clause, the first one not over by then otherwise (`2016-W23-WE`).
        /// </summary>
        private bool TryTheWeekend(int i, out Match m)
        {
            m = default;
            if (!IsWord(i, "the") || !IsWord(i + 1, "weekend") || i - 1 < _sentenceStart) return false;
            if (!(IsWord(i - 1, "over") || IsWord(i - 1, "during") || IsWord(i - 1, "on") || IsWord(i - 1, "at") || IsWord(i - 1, "by") || IsWord(i - 1, "until") || IsWord(i - 1, "since")
                || IsWord(i - 1, "after") || IsWord(i - 1, "before") || IsWord(i - 1, "throughout"))) return false;
            string? value = null;
            if (_published is DateOnly p)
            {
                // Saturday of the weekend under way or just gone (a weekday: the one before it)
                int sinceSaturday = ((int)p.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
                var saturday = p.AddDays(-sinceSaturday);
                bool inWeekend = sinceSaturday <= 1;
                if (TenseOf(i, i + 2) == Tense.Future && !inWeekend) saturday = saturday.AddDays(7);
                value = Week(saturday) + "-WE";
            }
            m = new(i, i + 2, TemporalType.Date, value ?? "XXXX-WXX-WE");
            return true;
        }

        /// <summary>
        /// "the end of the year", "the start of next month", "the beginning of this week": the period
        /// named (TimeML would add mod END/START, which the contract has no field for); "the year" with
        /// no direction word is the publication's. The span starts at "end" ("by the end of the year").
        /// </summary>
        private bool TryEndOfPeriod(int i, out Match m)
        {
            m = default;
            if (!(IsWord(i, "end") || IsWord(i, "start") || IsWord(i, "beginning") || IsWord(i, "middle")) || !IsWord(i + 1, "of")) return false;
            int k = i + 2;
            int direction = IsWord(k, "next") ? 1 : IsWord(k, "last") ? -1 : IsWord(k, "this") || IsWord(k, "the") ? 0 : int.MinValue;
            if (direction == int.MinValue || !TryUnit(k + 1, out var unit) || unit.Plural || unit.Multiplier != 1 || unit.Unit < Unit.Week) return false;
            string? value = null;
            if (_published is DateOnly p)
            {
                value = unit.Unit switch
                {
                    Unit.Week => AddDays(p, 7 * direction) is DateOnly d ? Week(d) : null,
                    Unit.Month => AddMonths(p, direction) is DateOnly d ? Ym(d.Year, d.Month) : null,
                    _ => p.Year + direction is >= 1 and <= 9999 ? Year(p.Year + direction) : null,
                };
            }
            m = new(i, k + 2, TemporalType.Date, value);
            return true;
        }

        /// <summary>"earlier in the day", "later in the week": the publication's day, week, month or year.</summary>
        private bool TryEarlierInThePeriod(int i, out Match m)
        {
            m = default;
            if (!(IsWord(i, "earlier") || IsWord(i, "later")) || !IsWord(i + 1, "in") || !IsWord(i + 2, "the") || !TryUnit(i + 3, out var unit)
                || unit.Plural || unit.Multiplier != 1 || unit.Unit < Unit.Day) return false;
            string? value = _published is DateOnly p ? unit.Unit switch
            {
                Unit.Day => Ymd(p),
                Unit.Week => Week(p),
                Unit.Month => Ym(p.Year, p.Month),
                _ => Year(p.Year),
            } : null;
            m = new(i, i + 4, TemporalType.Date, value);
            return true;
        }

        /// <summary>
        /// "the first quarter of 2016", "the fourth quarter of last year", "the second quarter of the year":
        /// a calendar quarter (`2016-Q1`). Only with its year: "the first quarter" alone is as often a game's.
        /// </summary>
        private bool TryQuarter(int i, out Match m)
        {
            m = default;
            var w = W(i);
            int q = w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
                : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3 : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
            if (q == 0 || !IsWord(i + 1, "quarter") || !IsWord(i + 2, "of")) return false;
            int k = i + 3;
            int? year = YearAt(k);
            int end = k + 1;
            if (year is null)
            {
                int shift = IsWord(k, "last") ? -1 : IsWord(k, "next") ? 1 : IsWord(k, "this") || IsWord(k, "the") ? 0 : int.MinValue;
                if (shift == int.MinValue || !IsWord(k + 1, "year")) return false;
                end = k + 2;
                if (_published is DateOnly p) year = p.Year + shift;
            }
            m = new(i, end, TemporalType.Date, (year is int y && y is >= 1 and <= 9999 ? Year(y) : "XXXX") + "-Q" + q.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>"this fall in prices", "a fall of two points": "fall" the noun, before "in" or "of" and a lower-case word.</summary>
        private bool FallAsANoun(int k) => IsWord(k, "fall") && (IsWord(k + 1, "in") || IsWord(k + 1, "of"))
            && k + 2 < _limit && _tokens[k + 2].Kind == TokenKind.Word && !_tokens[k + 2].Has(TokenFlags.Capitalized);

        private bool IsCapitalisedWordAt(int k) => (uint)k < (uint)_limit && _tokens[k].Kind == TokenKind.Word && _tokens[k].Has(TokenFlags.Capitalized);
    }
}
