using System.Globalization;

namespace NewsNlp;

internal static partial class TemporalScanner
{
    /// <summary>Times of day, and a date and a time written together.</summary>
    private ref partial struct Reader
    {
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

        /// <summary>"8:00 early morning", "9 in the evening": a part of day after a time sets its half of the day.</summary>
        public Match WithPartOfDay(Match m)
        {
            if (m.Type != TemporalType.Time || m.Value is not { } value) return m;
            int k = m.End;
            if (IsWord(k, "in") && IsWord(k + 1, "the")) k += 2;
            else if (IsWord(k, "early") || IsWord(k, "late")) k++;
            else return m;
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word || !s_partsOfDay.TryGet(W(k), out var part)) return m;
            int t = value.IndexOf('T', StringComparison.Ordinal);
            if (t < 0 || t + 3 > value.Length || !char.IsAsciiDigit(value[t + 1])) return m;
            return m with { End = k + 1, Value = value[..t] + Shift12(value[t..], part) };
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

        /// <summary>"ten past 9", "20 min past eight in the evening", "a quarter to five", "half past six".</summary>
        private bool TryPastTo(int i, out Match m)
        {
            m = default;
            int k = i;
            int minutes;
            bool unitWritten = false;
            if (IsWord(k, "half")) { minutes = 30; k++; }
            else if (IsWord(k, "quarter") || IsWord(k, "a") && IsWord(k + 1, "quarter")) { minutes = 15; k += IsWord(k, "a") ? 2 : 1; }
            else if (ScanNumber(k, out var n) && n.Value is decimal v && v is >= 1 and <= 59 && v == decimal.Truncate(v) && n.Kind == NumberKind.Cardinal)
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
            if (!ScanNumber(k, out var n) || n.Value is not decimal v || v is < 10 or > 59 || v != decimal.Truncate(v) || n.Kind != NumberKind.Cardinal) return false;
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
            else if (afterAt && value == hour && hour is >= 1 and <= 12 && IsWord(k + 1, "in") && IsWord(k + 2, "the") && k + 3 < _limit && s_partsOfDay.Contains(W(k + 3)))
            {
                end = k + 1; // "at 8 in the evening": WithPartOfDay takes the rest
            }
            else if (afterAt && (value != hour || !(k + 1 < _limit && (_tokens[k + 1].Kind is TokenKind.Symbol or TokenKind.Currency or TokenKind.Number
                     || _tokens[k + 1].Kind == TokenKind.Word && !s_zones.Contains(W(k + 1)) && !s_partsOfDay.Contains(W(k + 1)) && !s_months.Contains(TrimPeriod(W(k + 1)))
                        && !IsWord(k + 1, "today") && !IsWord(k + 1, "tomorrow") && !IsWord(k + 1, "yesterday") && !IsWord(k + 1, "tonight") && !IsWord(k + 1, "on"))))) { end = k + 1; }
            else return false;
            m = new(k, ZoneEnd(end), TemporalType.Time, Shift12("T" + Two(hour) + ":" + Two(minute), partOfDay));
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
            // "9.am": a period glued between the hour and "am"
            if (W(k) is "." && k + 1 < _limit && TokenText.Glued(_tokens[k]) && TokenText.Glued(_tokens[k + 1]) && k > 0 && _tokens[k - 1].Kind == TokenKind.Number
                && (IsWord(k + 1, "am") || IsWord(k + 1, "pm")))
            {
                end = k + 2;
                pm = IsWord(k + 1, "pm");
                return true;
            }
            if ((uint)k >= (uint)_limit || _tokens[k].Kind != TokenKind.Word) return false;
            var w = W(k);
            if (w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("a.m.", StringComparison.OrdinalIgnoreCase)) { end = k + 1; return true; }
            if (w.Equals("pm", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)) { end = k + 1; pm = true; return true; }
            // "3 p . m .", "9 a. m": the letters written apart
            if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("p", StringComparison.OrdinalIgnoreCase) || w.Equals("a.", StringComparison.OrdinalIgnoreCase)
                || w.Equals("p.", StringComparison.OrdinalIgnoreCase)) && k > 0 && _tokens[k - 1].Kind == TokenKind.Number)
            {
                int q = k + 1;
                if (w.Length == 1 && W(q) is ".") q++;
                if (!IsWord(q, "m") && !IsWord(q, "m.")) return false;
                end = q + 1;
                if (W(q) is "m" && W(end) is ".") end++;
                pm = w[0] is 'p' or 'P';
                return true;
            }
            return false;
        }

        private static int Hour12(int hour, bool pm) => pm ? (hour % 12) + 12 : hour % 12;
    }
}
