using System.Globalization;

namespace NewsNlp;

internal static partial class TemporalScanner
{
    /// <summary>Durations, anchored offsets ("2 weeks after May 13"), sets and ages.</summary>
    private ref partial struct Reader
    {
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
            if (IsWord(k, "few") || IsWord(k, "several") || IsWord(k, "some") && IsWord(k - 1, "for") || IsWord(k, "recent") && (IsWord(k - 1, "in") || IsWord(k - 1, "over"))) { k++; }
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
            string value = amount is null ? UnknownAmount(unit) : Duration(parts);
            if (IsWord(k + 1, "ago"))
            {
                m = new(i, k + 2, TemporalType.Date, amount is decimal a && _published is DateOnly p ? Shift(p, parts, -1) : null);
                return true;
            }
            m = new(i, k + 1, TemporalType.Duration, value);
            return true;
        }

        /// <summary>"PXD": a duration whose unit is known and amount is not ("a few days", "the coming weeks", "recent decades" PXY).</summary>
        private static string UnknownAmount(UnitWord unit)
        {
            if (unit.Multiplier != 1) return unit.Unit == Unit.Day ? "PXW" : "PXY";
            Span<decimal> one = stackalloc decimal[7];
            one[(int)unit.Unit] = 1;
            return Duration(one).Replace("1", "X", StringComparison.Ordinal);
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
                if (q >= _limit || !ScanNumber(q, out var n) || n.Value is not decimal more || more <= 0
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

        private bool TrySet(int i, ReadOnlySpan<char> w, out Match m)
        {
            m = default;
            // "Daily", "Weekly" inside a sentence are names ("Entertainment Weekly", "Daily Mail")
            if (s_setWords.TryGet(w, out var value) && !(_tokens[i].Has(TokenFlags.Capitalized) && i > _sentenceStart)
                // "everyday people", "everyday life": the adjective means ordinary (the adverb is "every day")
                && !(w.Equals("everyday", StringComparison.OrdinalIgnoreCase) && i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Word))
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
            if ((uint)k >= (uint)_limit || _tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
            if (_tokens[k].Kind == TokenKind.Word && s_weekdays.TryGet(W(k), out var day))
            {
                m = new(i, k + 1, TemporalType.Set, "XXXX-WXX-" + IsoDay(day));
                return true;
            }
            decimal amount = 1;
            // "every other week" is every two weeks, with the unit in the singular like "every week"
            bool singular = true;
            if (IsWord(k, "other")) { amount = 2; k++; }
            else if (k < _limit && NumberScanner.SmallCardinal(W(k)) > 1) { amount = NumberScanner.SmallCardinal(W(k)); k++; singular = false; }
            else if (k < _limit && _tokens[k].Kind == TokenKind.Number && NumberScanner.TryParsePlain(W(k), out var n) && n > 0 && n < 1000) { amount = n; k++; singular = n == 1; }
            if (!TryUnit(k, out var unit)) return false;
            if (unit.Plural == singular) return false;
            Span<decimal> every = stackalloc decimal[7];
            every[(int)unit.Unit] = amount * unit.Multiplier;
            m = new(i, k + 1, TemporalType.Set, Duration(every));
            return true;
        }

        private bool TryDurationNumber(int i, decimal value, out Match m) => TryDurationNumberAt(i, i + 1, value, out m);

        private bool TryDurationNumberAt(int i, int end, decimal value, out Match m)
        {
            m = default;
            if (value <= 0) return false;
            // "three weekends"
            if ((IsWord(end, "weekends") || IsWord(end, "weekend") && value == 1) && value == decimal.Truncate(value))
            {
                m = new(i, end + 1, TemporalType.Duration, "P" + Num(value) + "WE");
                return true;
            }
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
    }
}
