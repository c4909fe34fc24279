using System.Globalization;

namespace NewsNlp;

internal static partial class TemporalScanner
{
    /// <summary>Dates: months, days, years, weekdays, holidays, numeric and relative dates.</summary>
    private ref partial struct Reader
    {
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
                bool number = t.Kind == TokenKind.Number && w.Length <= 4 && !w.ContainsAnyExceptInRange('0', '9');
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

        /// <summary>"second Sunday", "the first Friday of next month", "the last Monday in May": the nth weekday of a month.</summary>
        private bool TryNthWeekday(int i, out Match m)
        {
            m = default;
            int n;
            if (IsWord(i, "last")) n = -1;
            else if (ScanNumber(i, out var o) && o.Kind == NumberKind.Ordinal && o.Value is decimal v && v is >= 1 and <= 5 && o.End == i + 1) n = (int)v;
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

        /// <summary>"Christmas", "New Year's Day", "Independence Day", "Easter", with "next"/"last"/"this" or a year.</summary>
        private bool TryHoliday(int i, out Match m)
        {
            m = default;
            int k = i, direction = int.MinValue;
            if (IsWord(k, "next") || IsWord(k, "coming")) { direction = 1; k++; }
            else if (IsWord(k, "last") || IsWord(k, "previous")) { direction = -1; k++; }
            else if (IsWord(k, "this")) { direction = 0; k++; }
            Span<char> buffer = stackalloc char[40];
            for (int n = 6; n >= 1; n--)
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
            static DateOnly? On(int y, int month, int day) => HolidayDate(y, month, day);
            if (year is int y0) return On(y0, month, day) is DateOnly d0 ? Ymd(d0) : null;
            if (_published is not DateOnly p) return month == 0 || day > 31 ? null : "XXXX-" + Two(month) + "-" + Two(day);
            bool past = direction == int.MinValue || direction == 0 ? TenseOf(first, end) == Tense.Past : direction < 0;
            for (int y = past ? p.Year : p.Year, guard = 0; guard < 3; guard++, y += past ? -1 : 1)
            {
                if (On(y, month, day) is not DateOnly d) return null;
                if (direction == 0 ? d.Year == p.Year : past ? (direction == -1 ? d < p : d <= p) : (direction == 1 ? d > p : d >= p)) return Ymd(d);
            }
            return null;
        }

        /// <summary>
        /// A holiday's date in a year: fixed (month, day); month 0: Easter Sunday plus <paramref name="day"/>
        /// days (Good Friday −2); day 100 + 10 × n + weekday: the n-th such weekday of the month (n = 5:
        /// the last; Thanksgiving, the fourth Thursday of November, is 144); day 200: Election Day, the
        /// Tuesday after the first Monday of November.
        /// </summary>
        private static DateOnly? HolidayDate(int year, int month, int day)
        {
            if (year is < 2 or > 9998) return null;
            if (month == 0) return Easter(year).AddDays(day);
            if (day <= 31) return new DateOnly(year, month, day);
            if (day == 200) return NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1);
            return NthWeekday(year, month, (DayOfWeek)(day % 10), (day - 100) / 10);

            static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
            {
                if (n == 5)
                {
                    var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
                    return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
                }
                var first = new DateOnly(year, month, 1);
                return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
            }
        }

        /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
        private static DateOnly Easter(int year)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateOnly(year, month, day);
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
            else
            {
                // "recently", "currently": TimeML's vague references, like "now"
                string? reference = w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("lately", StringComparison.OrdinalIgnoreCase) ? "PAST_REF"
                    : w.Equals("currently", StringComparison.OrdinalIgnoreCase) || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase) ? "PRESENT_REF" : null;
                if (reference is null) return false;
                m = new(i, i + 1, TemporalType.Date, reference);
                return true;
            }
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
            if ((uint)u >= (uint)_limit) return false;
            // "next 6th of April", "next 5/12": a dated day after "next"/"last" keeps the word in its span
            if (k == i && direction is 1 or -1 && _depth < MaxAnchorDepth && (_tokens[u].Kind == TokenKind.Number || NumberScanner.IsNumberWord(W(u))))
            {
                _depth++;
                bool dated = TryMatch(u, out var date);
                _depth--;
                if (dated && date.Type == TemporalType.Date && date.First == u && DayPart(date.Value) is not null)
                {
                    // "next" is after the publication date, "last" before it, whatever the tense
                    string? value = date.Value;
                    if (_published is DateOnly pd && value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var resolved)
                        && (direction > 0 ? resolved <= pd : resolved >= pd) && AddMonths(resolved, 12 * direction) is DateOnly moved)
                        value = Ymd(moved);
                    m = date with { First = i, Value = value };
                    return true;
                }
            }
            if (_tokens[u].Kind != TokenKind.Word) return false;
            var unitWord = W(u);
            DateOnly? p = _published;

            if (IsWord(k, "last") && (IsWord(u + 1, "of") || IsWord(u + 1, "in")) && TryNthWeekday(k, out m)) return true;
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
            // "last summer", "this fall", "next spring", "this past winter"
            if (s_seasons.TryGet(unitWord, out var season) && (k == i || IsWord(i, "this")) && !FallAsANoun(u))
            {
                m = new(i, u + 1, TemporalType.Date, p is DateOnly ps ? SeasonNear(ps, season, direction, direction == 0 ? TenseOf(i, u + 1) : Tense.Past) : "XXXX-" + season);
                return true;
            }
            // "over the past week", "in the past decade": the time up to now, a duration (not "the past week of May")
            if (IsWord(i, "the") && k == i + 1 && IsWord(k, "past") && s_units.TryGet(unitWord, out var pastUnit) && !pastUnit.Plural
                && pastUnit.Unit >= Unit.Day && !IsWord(u + 1, "of"))
            {
                Span<decimal> parts = stackalloc decimal[7];
                parts[(int)pastUnit.Unit] = pastUnit.Multiplier;
                m = new(i, u + 1, TemporalType.Duration, Duration(parts));
                return true;
            }
            // "in the coming days", "over the coming months": some time from now, a duration of unknown length
            if (IsWord(i, "the") && k == i + 1 && IsWord(k, "coming") && s_units.TryGet(unitWord, out var comingUnit) && comingUnit.Plural
                && comingUnit.Multiplier == 1 && comingUnit.Unit >= Unit.Day)
            {
                m = new(i, u + 1, TemporalType.Duration, UnknownAmount(comingUnit));
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
            if (direction != 0 && IsWord(k, "past") && !IsWord(i, "this")) return false; // "the past year" reads as a duration; "this past week" is last week
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
            // "this Friday (Jun-15)", "next Friday, June 22": a date written after the weekday carries the value
            if (direction is not null && TryDateAfterWeekday(first, end, day, direction, out m)) return true;
            if (direction is null && end < _limit && _tokens[end].Kind == TokenKind.Word && s_partsOfDayPlural.TryGet(W(end), out var everyPart))
            {
                // "Tuesday afternoons": every Tuesday afternoon
                m = new(first, end + 1, TemporalType.Set, "XXXX-WXX-" + IsoDay(day) + "T" + everyPart);
                return true;
            }
            string suffix = "";
            if (end < _limit && _tokens[end].Kind == TokenKind.Word && s_partsOfDay.TryGet(W(end), out var part))
            {
                // "Saturday Night Live", "Monday Night Football": capitalised on into a name, not a day
                if (_tokens[end].Has(TokenFlags.Capitalized) && end + 1 < _limit && _tokens[end + 1].Kind == TokenKind.Word
                    && _tokens[end + 1].Has(TokenFlags.Capitalized) && !TryMonth(end + 1, out _)) return false;
                suffix = "T" + part;
                end++;
            }
            string? value;
            // "on a Monday": any Monday, not one to find in the calendar
            bool generic = direction is null && IsWord(k - 1, "a");
            if (_published is DateOnly p && !generic)
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

        /// <summary>
        /// A day-level date right after "this/next/last" and a weekday, after a comma or in brackets:
        /// the whole is one DATE when both name the same day.
        /// </summary>
        private bool TryDateAfterWeekday(int first, int end, DayOfWeek day, int? direction, out Match m)
        {
            m = default;
            int q = end;
            bool bracket = W(q) is "(";
            if (bracket || W(q) is ",") q++;
            if (q >= _limit || _depth >= MaxAnchorDepth) return false;
            int month, dayOfMonth, stop;
            int? year = null;
            string? value = null;
            if (_published is not null && MonthDotDay(q, out month, out dayOfMonth))
            {
                stop = q + 1; // "Friday 7.6": month.day, read as a date only beside its weekday
            }
            else
            {
                _depth++;
                bool dated = TryMatch(q, out var date);
                _depth--;
                if (!dated || date.First != q || date.Type != TemporalType.Date || date.Value is not { Length: 10 } || DayPart(date.Value) is null
                    || !int.TryParse(date.Value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
                    || !int.TryParse(date.Value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out dayOfMonth)) return false;
                value = date.Value;
                stop = date.End;
                for (int k = q; k < date.End; k++)
                    if (YearAt(k) is int written) year = written;
            }
            if (bracket)
            {
                if (W(stop) is not ")") return false;
                stop++;
            }
            // One date only when both name the same day: "this Friday (June 15)" where this Friday is
            // June 15; "this Friday June 23" when this Friday is the 22nd names two days.
            string? resolved;
            if (_published is DateOnly p)
            {
                bool same = direction is -1 or 0 or 1 && InWeek(p, direction.Value, day) is string inWeek
                    && int.TryParse(inWeek.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int wm)
                    && int.TryParse(inWeek.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int wd)
                    && wm == month && wd == dayOfMonth && (year is not int y0 || inWeek.StartsWith(Year(y0), StringComparison.Ordinal));
                if (same) resolved = InWeek(p, direction!.Value, day);
                else if (bracket && value is not null) resolved = value; // "this friday (jun-15)": the date in brackets restates the weekday
                else return false;
            }
            else
            {
                resolved = year is int y1 ? Ymd(y1, month, dayOfMonth) : "XXXX-" + Two(month) + "-" + Two(dayOfMonth);
            }
            m = new(first, stop, TemporalType.Date, resolved);
            return true;
        }

        /// <summary>"7.6": a month and a day written with a dot (only read beside a weekday).</summary>
        private bool MonthDotDay(int k, out int month, out int day)
        {
            month = day = 0;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Number) return false;
            var s = W(k);
            int dot = s.IndexOf('.');
            if (dot is < 1 or > 2 || s.Length - dot - 1 is < 1 or > 2) return false;
            if (!int.TryParse(s[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out month)
                || !int.TryParse(s[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out day)) return false;
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
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
            if (!ScanNumber(start, out var n) || n.Value is not decimal v || !n.Words) return false;
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
            if (!ScanNumber(k, out var first) || first.Value is not decimal v || first.Kind != NumberKind.Cardinal) return false;
            if (v is >= 1000 and <= 2999 && v == decimal.Truncate(v)) { year = (int)v; end = first.End; return true; }
            if (v is < 10 or > 29 || v != decimal.Truncate(v)) return false;
            int k2 = first.End;
            int tail;
            if ((IsWord(k2, "zero") || IsWord(k2, "oh") || IsWord(k2, "o")) && k2 + 1 < _limit && NumberScanner.SmallCardinal(W(k2 + 1)) is >= 1 and <= 9)
            {
                tail = NumberScanner.SmallCardinal(W(k2 + 1));
                end = k2 + 2;
            }
            else if (k2 < _limit && ScanNumber(k2, out var second) && second.Words && second.Value is decimal t2
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
            // "the 2014 protests", "the 2016 elections": after "the", a year names the events; a count
            // there is a round number or written with a comma ("the 2000 troops", "the 2,014 votes")
            if (year is >= 1900 and <= 2100 && year % 100 != 0 && hasPrev && IsWord(i - 1, "the") && i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Word
                && !TokenText.Glued(_tokens[i + 1]) && !NumberScanner.IsNumberWord(W(i + 1))) return true;
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
}
