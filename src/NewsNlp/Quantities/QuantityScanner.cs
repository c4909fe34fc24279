using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsNlp;

/// <summary>
/// Finds numbers, percentages, money and physical quantities over tokens, skipping the tokens of
/// temporal expressions (years, ages, durations are temporals, not cardinals). Links a restatement
/// in other units ("200 kilometres (125 miles)") as the quantity's equivalent and checks it.
/// </summary>
internal static class QuantityScanner
{
    private static readonly Lexicon<bool> s_notOneBefore = new(((string[])["no", "any", "every", "some", "the", "this", "that", "each", "which",
        "only", "another", "such", "what", "whichever", "is", "was", "someone", "anyone", "everyone", "one", "little", "'s", "’s", "a", "one's", "its", "his", "her", "their", "our", "my", "your"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    private static readonly Lexicon<bool> s_notOneAfter = new(((string[])["of", "another", "who", "which", "that", "is", "was", "has", "had", "you",
        "'s", "’s", "must", "should", "can", "could", "would", "might", "will", "may", "does", "did", "thing", "way", "or", "aiming", "i"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>
    /// Capitalised nouns an ordinal in digits names rather than ranks ("the 2nd Amendment", "36th Street",
    /// "the 9th Circuit", "Indiana's 4th Congressional District").
    /// </summary>
    private static readonly Lexicon<bool> s_ordinalNamed = new(((string[])["Amendment", "Street", "St.", "Avenue", "Ave.", "District", "Congressional",
        "Circuit", "Precinct", "Ward", "Division", "Regiment", "Brigade", "Battalion", "Infantry", "Airborne", "Fleet", "Army", "Corps"])
        .Select(w => new KeyValuePair<string, bool>(w, true)), ignoreCase: false);

    /// <summary>Words that make "only one" a pronoun ("the only one who", "her only one").</summary>
    private static readonly Lexicon<bool> s_determiners = new(((string[])["the", "his", "her", "its", "their", "our", "my", "your", "whose"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>Nouns a number designates rather than counts after ("Chapter 9", "Flight 804", "No. 1").</summary>
    private static readonly Lexicon<bool> s_designators = new(((string[])["chapter", "section", "article", "part", "volume", "vol", "page", "figure",
        "table", "proposition", "prop", "rule", "round", "day", "week", "stage", "phase", "level", "category", "class", "grade", "flight", "route",
        "highway", "interstate", "channel", "studio", "gate", "terminal", "platform", "room", "building", "floor", "pier", "track", "game", "episode",
        "season", "number", "no", "bill", "question", "district", "ward", "precinct", "zone", "sector", "unit", "block", "lot", "suite", "apartment",
        "apt", "code", "title", "amendment", "resolution", "measure", "initiative", "model", "version"]).Select(w => KeyValuePair.Create(w, true)));

    private static readonly Lexicon<bool> s_notOrdinalSecond = new(((string[])["a", "an", "one", "per", "every", "each", "split", "nano", "milli", "this"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    private static readonly Lexicon<bool> s_temperatureContext = new(((string[])["temperature", "temperatures", "degrees", "degree", "heat", "heatwave",
        "warm", "warmer", "cold", "colder", "hot", "hotter", "cool", "high", "highs", "low", "lows", "freezing", "weather", "thermometer", "celsius", "fahrenheit"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>
    /// Every word a percentage, a currency name or a unit can start with after a number (with the
    /// final period the unit and currency tests allow): one look-up rules them all out for most words.
    /// </summary>
    private static readonly Lexicon<bool> s_followers = new(((string[])["percent", "pct", "per", "percentage", "pound", "pounds"])
        .Concat(Units.FirstTokens).Concat(Currencies.WordStarts)
        .SelectMany(w => (string[])[w, w + "."])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    private struct Item
    {
        public int First, End;
        public QuantityType Type;
        public decimal? Value;
        public decimal? RangeEnd;
        public string? Unit;
        public UnitDef? UnitDef;
        public bool Scaled;
        public decimal Scale;
    }

    /// <summary>Finds the quantities of a document; <paramref name="temporals"/> mark tokens to skip.</summary>
    public static ImmutableArray<Quantity> Scan(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences,
        ImmutableArray<Temporal> temporals, CancellationToken cancellationToken)
    {
        if (tokenArray.IsEmpty) return [];
        var tokens = tokenArray.AsSpan();
        var marks = AnchorMarks.For(text, tokenArray);
        // Most documents fit the stack: no pooled array to fetch (a thread-local look-up) and return.
        bool[]? rented = tokens.Length > MaxStackTokens ? ArrayPool<bool>.Shared.Rent(tokens.Length) : null;
        Span<bool> covered = rented is null ? stackalloc bool[tokens.Length] : rented.AsSpan(0, tokens.Length);
        if (rented is not null) covered.Clear(); // stackalloc clears
        try
        {
            MarkCovered(tokens, temporals, covered);
            return Read(text, tokens, marks, covered, sentences, cancellationToken);
        }
        finally
        {
            if (rented is not null) ArrayPool<bool>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads the sentences (apart from <see cref="Scan"/>, whose stack buffer keeps it from the
    /// runtime's profile-guided recompilation: this loop gets it).
    /// </summary>
    private static ImmutableArray<Quantity> Read(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> marks, ReadOnlySpan<bool> covered,
        ImmutableArray<Sentence> sentences, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<Quantity>();
        // A quantity starts at an anchor (a number, a currency, a number word, a code) or right
        // before one ("a dozen", "minus 5", "C $1"): the anchors are read from a bit mask of the
        // document's marks, and a sentence without one is not entered.
        var anchors = new Anchors(marks);
        int from = 0, anchor = anchors.Next(0); // the first anchor at or after `from`
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstTokenIndex, end = sentence.TokenEnd;
            if (first < from || anchor < first) anchor = anchors.Next(from = first);
            if (anchor >= end) continue;
            var reader = new Reader(text, tokens, covered, first, end);
            int next = first; // the first token not tried yet
            while (anchor < end)
            {
                int j = anchor;
                for (int c = Math.Max(next, j - 1); c <= j; c = next)
                {
                    next = c + 1;
                    if (covered[c] || !((marks[c] & AnchorMarks.Quantity) != 0 ? reader.MayStart(c) : reader.MayLead(c))) continue;
                    int after = reader.TryRead(c, builder);
                    next = after > c ? after : c + 1;
                }
                j = Math.Max(j, next - 1);
                anchor = anchors.Next(from = j + 1);
            }
        }
        return builder.DrainToImmutable();
    }

    /// <summary>Documents up to this many tokens mark their covered tokens on the stack.</summary>
    private const int MaxStackTokens = 2048;

    /// <summary>Walks the quantity anchors of a document in order, from a bit mask of 64 marks at a time.</summary>
    private ref struct Anchors
    {
        private readonly ReadOnlySpan<byte> _marks;
        private int _block; // the block of 64 marks that _bits describes
        private ulong _bits;

        public Anchors(ReadOnlySpan<byte> marks)
        {
            _marks = marks;
            _block = 0;
            _bits = Bits(marks, 0);
        }

        /// <summary>The first anchor at or after <paramref name="from"/>, or the number of tokens.</summary>
        public int Next(int from)
        {
            if (from >= _marks.Length) return _marks.Length;
            if (from >> 6 != _block) _bits = Bits(_marks, _block = from >> 6);
            ulong bits = _bits & ~0UL << (from & 63);
            while (bits == 0)
            {
                if (++_block << 6 >= _marks.Length) return _marks.Length;
                bits = _bits = Bits(_marks, _block);
            }
            return (_block << 6) + BitOperations.TrailingZeroCount(bits);
        }

        /// <summary>A bit for each of the 64 marks of <paramref name="block"/> that has <see cref="AnchorMarks.Quantity"/>.</summary>
        private static ulong Bits(ReadOnlySpan<byte> marks, int block)
        {
            var chunk = marks[(block << 6)..];
            ulong bits = 0;
            if (chunk.Length >= 64 && Vector128.IsHardwareAccelerated)
            {
                var quantity = Vector128.Create(AnchorMarks.Quantity);
                for (int k = 0; k < 64; k += 16)
                    bits |= (ulong)Vector128.Equals(Vector128.Create(chunk.Slice(k, 16)) & quantity, quantity).ExtractMostSignificantBits() << k;
                return bits;
            }
            for (int k = 0; k < Math.Min(64, chunk.Length); k++)
                if ((chunk[k] & AnchorMarks.Quantity) != 0) bits |= 1UL << k;
            return bits;
        }
    }

    /// <summary>
    /// Number words: with numbers, currency signs, upper-case words (codes) and "½", where a quantity
    /// may start, at the word or right before it (see <see cref="AnchorMarks"/>).
    /// </summary>
    public static IEnumerable<string> AnchorWords => NumberScanner.NumberWords.Append("quarter");

    /// <summary>Marks the tokens of the temporal expressions (<paramref name="covered"/> comes cleared).</summary>
    private static void MarkCovered(ReadOnlySpan<Token> tokens, ImmutableArray<Temporal> temporals, Span<bool> covered)
    {
        if (temporals.IsEmpty) return;
        // tokens per character: where a token of a character offset is, roughly
        double perChar = tokens.Length / (double)(tokens[^1].End - tokens[0].Start + 1);
        int k = 0;
        foreach (var t in temporals)
        {
            // the first token from k that ends after the expression starts (tokens are in text order, so
            // their ends grow): a few steps from the estimate find it without the mispredicted branches of a
            // bisection; what they leave (a skewed document) is bisected
            int start = t.Span.Start, lo = k, hi = tokens.Length, steps = 0;
            if (lo < hi)
            {
                int g = (int)Math.Clamp(k + (start - tokens[k].Start) * perChar, lo, hi - 1);
                if (tokens[g].End <= start)
                {
                    lo = g + 1;
                    while (lo < hi && tokens[lo].End <= start && steps++ < 8) lo++;
                    if (lo < hi && tokens[lo].End > start) hi = lo;
                }
                else
                {
                    hi = g;
                    while (lo < hi && tokens[hi - 1].End > start && steps++ < 8) hi--;
                    if (lo < hi && tokens[hi - 1].End <= start) lo = hi;
                }
            }
            while (lo < hi)
            {
                int mid = (int)((uint)(lo + hi) >> 1);
                if (tokens[mid].End <= start) lo = mid + 1;
                else hi = mid;
            }
            k = lo;
            int j = k;
            while (j < tokens.Length && tokens[j].Start < t.Span.End) covered[j++] = true;
        }
    }

    private readonly ref struct Reader
    {
        private readonly string _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly ReadOnlySpan<bool> _covered;
        private readonly int _start;
        private readonly int _limit;

        public Reader(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> covered, int start, int limit)
        {
            _text = text;
            _tokens = tokens;
            _covered = covered;
            _start = start;
            _limit = limit;
        }

        private ReadOnlySpan<char> W(int k) => (uint)k < (uint)_limit && k >= _start ? TokenText.Of(_text, _tokens[k]) : default;

        private bool IsWord(int k, string word) => (uint)k < (uint)_limit && k >= _start && _tokens[k].Kind == TokenKind.Word && TokenText.Is(_text, _tokens[k], word);

        private bool Covered(int first, int end)
        {
            for (int k = first; k < end; k++) if (_covered[k]) return true;
            return false;
        }

        /// <summary>A cheap test before <see cref="TryRead"/>: numbers, currency signs and codes, number words.</summary>
        public bool MayStart(int i)
        {
            var t = _tokens[i];
            switch (t.Kind)
            {
                case TokenKind.Number:
                case TokenKind.Currency:
                    return true;
                case TokenKind.Word:
                    var w = W(i);
                    // number words start a quantity (the number scanner's own list, whose entries the
                    // read that follows finds in cache), "a"/"an"/"minus"/"negative" only before a number
                    if (NumberScanner.IsNumberWord(w) || w.Equals("quarter", StringComparison.OrdinalIgnoreCase)) return true;
                    if (IsLead(w)) return LeadsIn(i);
                    if (w.Length == 1 && NumberScanner.IsVulgarFraction(w[0])) return true;
                    if (t.Has(TokenFlags.AllCaps) && Currencies.TryCode(w, out _)) return true;
                    return i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Currency && W(i + 1) is "$";
                default:
                    return false;
            }
        }

        /// <summary>
        /// <see cref="MayStart"/> for a token that is no anchor (so no number, currency, number word,
        /// code or "½"): only a word that leads into the anchor after it ("a dozen", "minus 5", "C $1").
        /// </summary>
        public bool MayLead(int i)
        {
            var t = _tokens[i];
            if (t.Kind != TokenKind.Word) return false;
            if (IsLead(W(i))) return LeadsIn(i);
            return i + 1 < _limit && _tokens[i + 1].Kind == TokenKind.Currency && W(i + 1) is "$";
        }

        /// <summary>Whether a number, a number word or "quarter" ("a quarter of") follows a lead word at <paramref name="i"/>.</summary>
        private bool LeadsIn(int i) => i + 1 < _limit && (_tokens[i + 1].Kind == TokenKind.Number || NumberScanner.IsNumberWord(W(i + 1))
            || W(i + 1).Equals("quarter", StringComparison.OrdinalIgnoreCase));

        /// <summary>"a", "an", "minus", "negative": words that start a quantity only before a number.</summary>
        private static bool IsLead(ReadOnlySpan<char> w) =>
            w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
            || w.Equals("minus", StringComparison.OrdinalIgnoreCase) || w.Equals("negative", StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads a quantity at <paramref name="i"/>; returns the index to continue from.</summary>
        public int TryRead(int i, ImmutableArray<Quantity>.Builder output)
        {
            if (!TryItem(i, null, out var item, out int skipTo)) return skipTo;
            // a number that is no count; a code's digits after a glued dash go with it ("No. 14-915")
            if (item.Type is QuantityType.Cardinal or QuantityType.Ordinal && !KeepCardinal(item))
                return IsGluedHyphen(item.End) && _tokens[item.End + 1].Kind == TokenKind.Number ? item.End + 2 : item.End;

            int first = item.First;
            // Ranges: "between 10 and 20", "10 to 20", "10-20" (not an em dash with a space: "four in 10 — 38 percent — said" is an aside).
            bool between = IsWord(first - 1, "between");
            int c = item.End;
            bool connector = between ? IsWord(c, "and")
                : IsWord(c, "to") || IsWord(c, "through") || W(c) is "~" || (c < _limit && _tokens[c].Has(TokenFlags.Dash) && !(W(c) is "—" && !IsGluedHyphen(c)) && item.Type != QuantityType.Ordinal
                    && _tokens[item.End - 1].Kind == TokenKind.Number && c + 1 < _limit && _tokens[c + 1].Kind == TokenKind.Number);
            bool chained = first > _start && TokenText.Glued(_tokens[first]) && _tokens[first - 1].Has(TokenFlags.Dash); // "+1-222-2222-2222"
            bool from = IsWord(first - 1, "from");
            if (connector && !chained && item.Type != QuantityType.Ordinal && item.Value is not null
                && TryItem(c + 1, item.Type == QuantityType.Money ? item.Unit : null, out var second, out _) && second.Value is not null
                && second.Type != QuantityType.Ordinal && !(second.End < _limit && _tokens[second.End].Has(TokenFlags.Dash) && TokenText.Glued(_tokens[second.End])))
            {
                if (item.Type == QuantityType.Money && second.Type == QuantityType.Cardinal)
                {
                    // "$10-20 million": the currency written once applies to both ends
                    second.Type = QuantityType.Money;
                    second.Unit = item.Unit;
                }
                bool compatible = item.Type == second.Type || item.Type == QuantityType.Cardinal && second.Type != QuantityType.Cardinal;
                // "$10-20 million", "10 to 20 billion": the scale written once applies to both ends
                decimal low = item.Value.Value;
                if (second.Scaled && !item.Scaled && second.Scale > 1 && NumberScanner.Multiply(low, second.Scale) is decimal scaledLow) low = scaledLow;
                // a range runs upwards: "1 – 0" and "2-2" are scores, not ranges
                if (!from && compatible && low < second.Value && (item.Unit is null || second.Unit is null || item.Unit == second.Unit))
                {
                    item.Type = second.Type;
                    item.Unit ??= second.Unit;
                    item.UnitDef ??= second.UnitDef;
                    item.Value = low;
                    item.RangeEnd = second.Value;
                    item.End = second.End;
                    if (between) item.First = first - 1;
                }
                // "beat Trump 46 to 40 percent", "rose from 2 to 9 percentage points": no range (a tally, a
                // change), but the percent written once is the first figure's too
                else if (item.Type == QuantityType.Cardinal && item.Unit is null && second.Type == QuantityType.Percent)
                {
                    item.Type = QuantityType.Percent;
                    item.Unit = second.Unit;
                }
            }

            string? modifier = ModifierBefore(item.First);
            QuantityEquivalent? equivalent = null;
            int after = item.End;
            if (item.Type is QuantityType.Quantity or QuantityType.Money && item.RangeEnd is null && TryEquivalent(item, out equivalent, out int equivalentEnd))
                after = equivalentEnd;

            int start = _tokens[item.First].Start, end = _tokens[item.End - 1].End;
            bool si = item.UnitDef is UnitDef u && item.Value is not null && u.SiUnit is not null;
            output.Add(new Quantity(TextSpan.FromBounds(start, end), _text.Substring(start, end - start), item.Type, item.Value, item.Unit)
            {
                Modifier = modifier,
                RangeEnd = item.RangeEnd,
                Equivalent = equivalent,
                SiValue = si ? Units.ToSi(item.UnitDef!, item.Value!.Value) : null,
                SiUnit = si ? item.UnitDef!.SiUnit : null,
            });
            return after;
        }

        private bool KeepCardinal(in Item item)
        {
            if (item.End - item.First == 1 && item.Type == QuantityType.Cardinal && _tokens[item.First].Kind == TokenKind.Number)
                return !IsPartOfName(item.First) && !IsAttributeValue(item.First);
            // "the 2nd Amendment", "36th Street", "the 9th Circuit": an ordinal in digits before the noun it names
            if (item.End - item.First == 1 && item.Type == QuantityType.Ordinal && _tokens[item.First].Kind == TokenKind.Number
                && item.End < _limit && _tokens[item.End].Kind == TokenKind.Word && s_ordinalNamed.Contains(W(item.End))) return false;
            if (item.End - item.First != 1 || _tokens[item.First].Kind != TokenKind.Word) return true;
            var w = W(item.First);
            // "the FIRST Global Challenge", "the ONE Campaign": a number word in capitals among words
            // that are not is an acronym or part of a name (a headline in capitals keeps its numbers)
            if (w.Length > 1 && _tokens[item.First].Has(TokenFlags.AllCaps) && !AllCapsWordAt(item.First - 1) && !AllCapsWordAt(item.End)) return false;
            // "the Second Amendment", "on Fifth Avenue", "the Seventh Circuit": an ordinal word capitalised
            // inside a sentence (after a word), before a capitalised word, is part of a name, not a position
            // (a headline in title case says nothing by its capitals)
            if (item.Type == QuantityType.Ordinal && IsCapitalisedOnly(item.First) && item.First > _start && _tokens[item.First - 1].Kind == TokenKind.Word
                && item.End < _limit && IsCapitalisedOnly(item.End) && !IsTitleCase(item.First)) return false;
            // "the first half", "in the second half": the half of a match or a year, a noun, not 0.5
            if (w.Equals("half", StringComparison.OrdinalIgnoreCase) && item.First > _start && IsOrdinalAt(item.First - 1)) return false;
            // "a second look", "wait a second", "per second": the time unit or "another", not an ordinal
            if (w.Equals("second", StringComparison.OrdinalIgnoreCase))
                return !(item.First > _start && _tokens[item.First - 1].Kind == TokenKind.Word && s_notOrdinalSecond.Contains(W(item.First - 1)));
            if (w.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                // "the only one who", "her only one": a pronoun; "has only one", "there is only one way": a count
                if (item.First > _start && _tokens[item.First - 1].Kind == TokenKind.Word && s_notOneBefore.Contains(W(item.First - 1))
                    && !(IsWord(item.First - 1, "only") && !(item.First - 1 > _start && s_determiners.Contains(W(item.First - 2))))) return false;
                if (item.End < _limit && _tokens[item.End].Kind == TokenKind.Word && s_notOneAfter.Contains(W(item.End))) return false;
                // "That one." / "the one, ..": a pronoun
                if (item.End >= _limit || _tokens[item.End].Kind == TokenKind.Punctuation) return false;
            }
            return true;
        }

        /// <summary>
        /// A short whole number that is part of a name or a code, not a count:
        /// glued by a hyphen to a capitalised word ("STS-135", "COVID-19", "K-12"); after a designator
        /// ("Chapter 9", "Flight 804", "No. 1", "Proposition 226"); or between a capitalised word and a
        /// capitalised word, a bracket, a colon, a semicolon or a quote ("Internet Explorer 6 Countdown",
        /// "Studio 54;", "Explorer 9 (IE9)"). Never before a dash or a number ("Sweden 1 – 0" is a score),
        /// after a sentence's first word or in a headline in title case, whose capitals say nothing
        /// ("About 200 Democrats", "These 3 Words"); a name then a number then a comma or a period is a
        /// tally and stays ("Trump 384, Cruz 300").
        /// </summary>
        private bool IsPartOfName(int k)
        {
            var digits = W(k);
            if (digits.Length > 4 || digits.ContainsAnyExceptInRange('0', '9') || k - 1 < _start) return false;
            bool beforeNumber = k + 1 < _limit && (_tokens[k + 1].Kind == TokenKind.Number || _tokens[k + 1].Has(TokenFlags.Dash));
            var prev = _tokens[k - 1];
            if (prev.Has(TokenFlags.Dash) && prev.Length == 1 && _text[prev.Start] is '-' or '\u2010' or '\u2011' && TokenText.Glued(_tokens[k]) && TokenText.Glued(prev) && k - 2 >= _start)
                return IsCapitalisedWord(k - 2) && !beforeNumber;
            if (!IsCapitalisedWord(k - 1) || TokenText.Glued(_tokens[k])) return false;
            // "No. 14-915", "Case 15-674": after a designator, digits glued by a dash to digits are one code
            if (s_designators.Contains(TrimFinalPeriod(W(k - 1)))) return !beforeNumber || IsGluedHyphen(k + 1) && k + 2 < _limit && _tokens[k + 2].Kind == TokenKind.Number;
            if (beforeNumber) return false;
            if (k - 1 == _start || k + 1 >= _limit || IsTitleCase(k)) return false;
            var next = _tokens[k + 1];
            if (prev.Has(TokenFlags.AllCaps) && next.Has(TokenFlags.AllCaps)) return false; // "AT LEAST 10 KILLED": a headline in capitals
            if (next.Kind == TokenKind.Word) return next.Has(TokenFlags.Capitalized) || next.Has(TokenFlags.AllCaps);
            return next.Kind == TokenKind.QuoteMark || next.Has(TokenFlags.OpenBracket) || W(k + 1) is ":" or ";";
        }

        /// <summary>
        /// The value of an attribute in markup left in the text (<c>tweet_id="672137288055398401"</c>,
        /// <c>timestamp="1449075600"</c>): an identifier, not a count.
        /// </summary>
        private bool IsAttributeValue(int k)
        {
            int start = _tokens[k].Start, end = _tokens[k].End;
            return start >= 2 && _text[start - 1] is '"' or '\'' && _text[start - 2] == '=' && end < _text.Length && _text[end] == _text[start - 1];
        }

        private static ReadOnlySpan<char> TrimFinalPeriod(ReadOnlySpan<char> w) => w.Length > 1 && w[^1] == '.' ? w[..^1] : w;

        /// <summary>
        /// Whether most words around token <paramref name="k"/> are capitalised (a headline in title case).
        /// Eight tokens either side: a bounded look keeps a sentence of a million numbers linear.
        /// </summary>
        private bool IsTitleCase(int k)
        {
            int words = 0, capitalised = 0;
            for (int j = Math.Max(_start, k - 8), stop = Math.Min(_limit, k + 9); j < stop; j++)
            {
                if (_tokens[j].Kind != TokenKind.Word || !char.IsLetter(_text[_tokens[j].Start])) continue;
                words++;
                if (_tokens[j].Has(TokenFlags.Capitalized) || _tokens[j].Has(TokenFlags.AllCaps)) capitalised++;
            }
            return words >= 4 && capitalised * 10 >= words * 8;
        }

        private bool IsCapitalisedWord(int k) => _tokens[k].Kind == TokenKind.Word && (_tokens[k].Has(TokenFlags.Capitalized) || _tokens[k].Has(TokenFlags.AllCaps));

        /// <summary>A one-character dash glued to the tokens either side of it ("5-foot-11").</summary>
        private bool IsGluedHyphen(int k) => k + 1 < _limit && _tokens[k].Has(TokenFlags.Dash) && _tokens[k].Length == 1 && TokenText.Glued(_tokens[k]) && TokenText.Glued(_tokens[k + 1]);

        /// <summary>A word with a capital first letter and lower-case letters after it ("Fifth", not "FIFTH").</summary>
        private bool IsCapitalisedOnly(int k) => _tokens[k].Kind == TokenKind.Word && _tokens[k].Has(TokenFlags.Capitalized) && !_tokens[k].Has(TokenFlags.AllCaps) && _tokens[k].Length > 1;

        private bool AllCapsWordAt(int k) => k >= _start && k < _limit && _tokens[k].Kind == TokenKind.Word && _tokens[k].Length > 1 && _tokens[k].Has(TokenFlags.AllCaps);

        /// <summary>"first", "second", "1st", "2nd", ...: an ordinal written as a word or as digits.</summary>
        private bool IsOrdinalAt(int k) => _tokens[k].Kind switch
        {
            TokenKind.Word => NumberScanner.IsOrdinalWord(W(k)),
            TokenKind.Number => NumberScanner.TryParseDigits(W(k), out _, out var kind) && kind == NumberKind.Ordinal,
            _ => false,
        };

        private string? ModifierBefore(int first) => Modifiers.Before(_text, _tokens, _start, first, out _);

        /// <summary>Joins tokens <c>[k, k+n)</c> as written, one space where there was whitespace.</summary>
        private bool Phrase(int k, int n, Span<char> buffer, out int length)
        {
            length = 0;
            if (k < _start || k + n > _limit) return false;
            for (int j = k; j < k + n; j++)
            {
                var t = _tokens[j];
                if (t.Kind is TokenKind.QuoteMark || t.Has(TokenFlags.OpenBracket) || t.Has(TokenFlags.CloseBracket) || t.Has(TokenFlags.Terminal) && t.Length == 1 && j > k) return false;
                if (j > k && t.Has(TokenFlags.SpaceBefore))
                {
                    if (length >= buffer.Length) return false;
                    buffer[length++] = ' ';
                }
                if (length + t.Length > buffer.Length) return false;
                TokenText.Of(_text, t).CopyTo(buffer[length..]);
                length += t.Length;
            }
            return true;
        }

        /// <summary>A unit phrase of up to <see cref="Units.MaxTokens"/> tokens at <paramref name="k"/>, longest first.</summary>
        private bool TryUnitAt(int k, out UnitDef unit, out int end)
        {
            unit = null!;
            end = k;
            if ((uint)k >= (uint)_limit || !Units.MayStartWith(W(k))) return false;
            Span<char> buffer = stackalloc char[48];
            for (int n = Units.MaxTokens; n >= 1; n--)
            {
                if (k + n > _limit) continue;
                if (Phrase(k, n, buffer, out int length) && Units.TryGet(buffer[..length], out unit))
                {
                    end = k + n;
                    return true;
                }
            }
            return false;
        }

        private bool TryCurrencyWordAt(int k, out CurrencyDef currency, out int end)
        {
            currency = default;
            end = k;
            if ((uint)k >= (uint)_limit || !Currencies.MayStartWord(W(k))) return false;
            Span<char> buffer = stackalloc char[48];
            for (int n = Currencies.MaxTokens; n >= 1; n--)
            {
                if (k + n > _limit) continue;
                if (Phrase(k, n, buffer, out int length) && Currencies.TryWord(buffer[..length], out currency))
                {
                    end = k + n;
                    return true;
                }
            }
            return false;
        }

        private bool TryPrefixCurrency(int k, out CurrencyDef currency)
        {
            currency = default;
            if ((uint)k >= (uint)_limit) return false;
            var t = _tokens[k];
            if (t.Kind == TokenKind.Currency) return Currencies.TrySymbol(W(k), out currency);
            // "C $1.34", "hk $ 10", "us $ 10", "u.s $": a country letter code written apart from the dollar sign
            if (t.Kind == TokenKind.Word && k + 1 < _limit && W(k + 1) is "$" && Currencies.TryDollarPrefix(W(k), out currency)) return true;
            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.AllCaps)) return Currencies.TryCode(W(k), out currency);
            return false;
        }

        /// <summary>Reads one number with what it counts, from token <paramref name="i"/>.</summary>
        private bool TryItem(int i, string? inheritedCurrency, out Item item, out int skipTo)
        {
            item = default;
            skipTo = i + 1;
            if ((uint)i >= (uint)_limit || _covered[i]) return false;
            // "Feb. 11-15", "March 17-18", "2008-9": digits glued by a dash to a date end its range, not a count
            if (_tokens[i].Kind == TokenKind.Number && i - 2 >= _start && _covered[i - 2] && !_covered[i - 1] && _tokens[i - 1].Has(TokenFlags.Dash)
                && _tokens[i - 1].Length == 1 && TokenText.Glued(_tokens[i - 1]) && TokenText.Glued(_tokens[i])) return false;
            CurrencyDef? currency = null;
            int k = i;
            if (TryPrefixCurrency(i, out var prefix))
            {
                currency = prefix;
                k = _tokens[i].Kind == TokenKind.Word && W(i + 1) is "$" ? i + 2 : i + 1;
                if (k >= _limit || _covered[k] || _tokens[k].Kind is not (TokenKind.Number or TokenKind.Word)) return false; // "$" alone
            }
            if (!NumberScanner.TryScan(_text, _tokens, k, _limit, currency is not null || inheritedCurrency is not null, out var n)) return false;
            skipTo = n.End;
            if (Covered(n.First, n.End)) { skipTo = k + 1; return false; }
            if (n.Kind is NumberKind.Decade or NumberKind.Clock or NumberKind.SlashDate) return false;
            if (n.Value is null) return false; // too large to represent: no value invented
            item.First = i;
            item.End = n.End;
            item.Value = n.Value;
            item.Scaled = n.Scaled;
            item.Scale = n.Scale;
            item.Type = n.Kind == NumberKind.Ordinal ? QuantityType.Ordinal : QuantityType.Cardinal;

            if (currency is CurrencyDef cur) return PrefixedMoney(ref item, cur);
            if (item.Type == QuantityType.Ordinal) return true;

            int j = item.End;
            bool hyphen = j + 1 < _limit && _tokens[j].Has(TokenFlags.Dash) && _tokens[j].Length == 1 && TokenText.Glued(_tokens[j]) && TokenText.Glued(_tokens[j + 1]);
            int u = hyphen ? j + 1 : j;
            if (u >= _limit || _covered[u]) return Bare(ref item, j);
            var next = _tokens[u];

            // Percentages
            if (next.Kind == TokenKind.Symbol && W(u) is "%" or "‰")
            {
                item.Type = QuantityType.Percent;
                item.End = u + 1;
                if (W(u) is "‰") item.Value /= 10;
                return true;
            }
            // the tests of words after the number below, past the signs and codes, need a word found here
            bool follower = s_followers.Contains(W(u));
            // "a three-percentage-point margin", "a 10 percentage-point lead": the hyphenated adjective too
            int point = IsWord(u, "percentage") && IsGluedHyphen(u + 1) ? u + 2 : u + 1;
            if (follower && (IsWord(u, "percent") || IsWord(u, "pct") || IsWord(u, "per") && IsWord(u + 1, "cent") || IsWord(u, "percentage") && (IsWord(point, "points") || IsWord(point, "point"))))
            {
                item.Type = QuantityType.Percent;
                item.End = IsWord(u, "percent") || IsWord(u, "pct") ? u + 1 : point + 1;
                if (IsWord(u, "percentage")) item.Unit = "pp";
                return true;
            }

            // Money, units and temperatures after the number: only after a sign, a code, a word found
            // above or a bare C or F (apart, so that the common case does not clear their locals)
            if (next.Kind == TokenKind.Currency || next.Kind == TokenKind.Word && next.Has(TokenFlags.AllCaps) || follower || W(u) is "C" or "F")
                return TryMoneyOrUnit(ref item, j, u, hyphen, follower);
            return Bare(ref item, j);
        }

        /// <summary>"$10": the currency written before the number.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool PrefixedMoney(ref Item item, CurrencyDef cur)
        {
            item.Type = QuantityType.Money;
            item.Unit = cur.Code;
            item.Value *= cur.Factor;
            // "$10 dollars": a repeated name belongs to the amount
            if (TryCurrencyWordAt(item.End, out var again, out int againEnd) && again.Code == cur.Code && again.Factor == 1) item.End = againEnd;
            return true;
        }

        /// <summary>Money, physical units and temperatures written after the number, at token <paramref name="u"/>.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TryMoneyOrUnit(ref Item item, int j, int u, bool hyphen, bool follower)
        {
            var next = _tokens[u];
            // Money after the number: "10 €", "500 USD", "361 million pounds", "34 cents"
            // "10 €", "30 $" (not "1 $10": there the sign belongs to the next amount)
            if (next.Kind == TokenKind.Currency && Currencies.TrySymbol(W(u), out var symbol) && !(u + 1 < _limit && _tokens[u + 1].Kind == TokenKind.Number))
                return Money(ref item, symbol, u + 1);
            // "30 MUSD", "48.5 MGBP": M for million before a code
            if (next.Kind == TokenKind.Word && next.Has(TokenFlags.AllCaps) && W(u).Length == 4 && W(u)[0] == 'M' && Currencies.TryCode(W(u)[1..], out var millions)
                && NumberScanner.Multiply(item.Value!.Value, 1_000_000m) is decimal inMillions)
            {
                item.Value = inMillions;
                return Money(ref item, millions, u + 1);
            }
            if (next.Kind == TokenKind.Word && next.Has(TokenFlags.AllCaps) && Currencies.TryCode(W(u), out var code))
            {
                int end = u + 1;
                decimal scale = 1;
                if (end < _limit && _tokens[end].Kind == TokenKind.Word && W(end) is "million" or "billion" or "trillion" && !item.Scaled)
                {
                    scale = W(end) is "million" ? 1_000_000m : W(end) is "billion" ? 1_000_000_000m : 1_000_000_000_000m;
                    end++;
                }
                if (NumberScanner.Multiply(item.Value!.Value, scale) is decimal scaled) item.Value = scaled;
                return Money(ref item, code, end);
            }
            if (follower && next.Kind == TokenKind.Word && TryCurrencyWordAt(u, out var word, out int wordEnd))
            {
                var w = W(u);
                bool pounds = w.Equals("pound", StringComparison.OrdinalIgnoreCase) || w.Equals("pounds", StringComparison.OrdinalIgnoreCase);
                if (!pounds) return MoneyWithCents(ref item, word, wordEnd);
            }
            if (follower && next.Kind == TokenKind.Word && (IsWord(u, "pounds") || IsWord(u, "pound")) && (item.Scaled || IsWord(u + 1, "sterling")))
                return Money(ref item, new CurrencyDef("GBP", 1), IsWord(u + 1, "sterling") ? u + 2 : u + 1);

            // Physical units
            if (follower && TryUnitAt(u, out var unit, out int unitEnd))
            {
                // "scp-173m", "5G": a glued symbol after a number glued to a word is a code, not a unit
                if (!hyphen && TokenText.Glued(next) && item.First > _start && TokenText.Glued(_tokens[item.First]) && _tokens[item.First - 1].Kind != TokenKind.Currency) return Bare(ref item, j);
                // "90,000 K-1 visas", "3 W-2 forms": a symbol in capitals glued to a hyphen and digits is a code
                if (unitEnd == u + 1 && IsGluedHyphen(unitEnd) && _tokens[unitEnd + 1].Kind == TokenKind.Number && !W(u).ContainsAnyInRange('a', 'z')) return Bare(ref item, j);
                item.Type = QuantityType.Quantity;
                item.Unit = unit.Symbol;
                item.UnitDef = unit;
                item.End = unitEnd;
                // "6 ft 2 in", "5 feet and 2 inches": one length in feet
                if (unit.Symbol == "ft")
                {
                    int q = IsWord(unitEnd, "and") ? unitEnd + 1 : unitEnd;
                    if (q + 1 < _limit && !_covered[q] && NumberScanner.TryScan(_text, _tokens, q, _limit, false, out var inches) && inches.Value is decimal iv
                        && iv >= 0 && iv < 12 && inches.End < _limit && (IsWord(inches.End, "in") || IsWord(inches.End, "inch") || IsWord(inches.End, "inches")))
                    {
                        item.Value += iv / 12;
                        item.End = inches.End + 1;
                    }
                    // "5-foot-11", "6-foot-2": a height, the inches written after a second hyphen
                    else if (hyphen && IsGluedHyphen(unitEnd) && _tokens[unitEnd + 1].Kind == TokenKind.Number && !_covered[unitEnd + 1]
                        && NumberScanner.TryParseDigits(W(unitEnd + 1), out var height, out var heightKind) && heightKind == NumberKind.Cardinal
                        && height >= 0 && height < 12 && height == decimal.Truncate(height) && !IsGluedHyphen(unitEnd + 2))
                    {
                        item.Value += height / 12;
                        item.End = unitEnd + 2;
                    }
                }
                return true;
            }
            // "30C", "86F": a bare C or F glued to the number is a temperature
            if (!hyphen && TokenText.Glued(next) && W(u) is "C" or "F" && !(u + 1 < _limit && TokenText.Glued(_tokens[u + 1]) && _tokens[u + 1].Kind == TokenKind.Word)
                && !(item.First > _start && TokenText.Glued(_tokens[item.First]) && (_tokens[item.First - 1].Kind == TokenKind.Word || _tokens[item.First - 1].Has(TokenFlags.Dash)))
                && TemperatureContext(u)
                && Units.TryGet(W(u) is "C" ? "°C" : "°F", out var temperature))
            {
                item.Type = QuantityType.Quantity;
                item.Unit = temperature.Symbol;
                item.UnitDef = temperature;
                item.End = u + 1;
                return true;
            }
            return Bare(ref item, j);
        }

        /// <summary>"30C (86F)" or a temperature word in the sentence: "13F" alone is a form's name, not a temperature.</summary>
        private bool TemperatureContext(int u)
        {
            if (u + 1 < _limit && W(u + 1) is "(" || u - 2 >= _start && W(u - 2) is "(") return true;
            for (int k = Math.Max(_start, u - 30), stop = Math.Min(_limit, u + 30); k < stop; k++)
                if (_tokens[k].Kind == TokenKind.Word && s_temperatureContext.Contains(W(k))) return true;
            return false;
        }

        private bool Bare(ref Item item, int j)
        {
            // "5G", "3D", "4x4": digits glued to letters that are no unit are a name, not a number
            if (j < _limit && _tokens[j].Kind == TokenKind.Word && TokenText.Glued(_tokens[j]) && _tokens[item.End - 1].Kind == TokenKind.Number) return false;
            return true;
        }

        private static bool Money(ref Item item, CurrencyDef currency, int end)
        {
            item.Type = QuantityType.Money;
            item.Unit = currency.Code;
            item.Value *= currency.Factor;
            item.End = end;
            return true;
        }

        private bool MoneyWithCents(ref Item item, CurrencyDef currency, int end)
        {
            Money(ref item, currency, end);
            // "thirteen dollars and forty-five cents", "15 dollars 50"
            if (currency.Factor != 1) return true;
            int k = end;
            if (IsWord(k, "and")) k++;
            if (k < _limit && !_covered[k] && NumberScanner.TryScan(_text, _tokens, k, _limit, false, out var cents) && cents.Value is decimal c
                && c >= 0 && c < 100 && c == decimal.Truncate(c) && cents.Kind == NumberKind.Cardinal)
            {
                if (TryCurrencyWordAt(cents.End, out var sub, out int subEnd) && sub.Factor == 0.01m)
                {
                    item.Value += c / 100;
                    item.End = subEnd;
                }
                else if (cents.End >= _limit || _tokens[cents.End].Kind == TokenKind.Punctuation && _tokens[cents.End].Has(TokenFlags.Terminal))
                {
                    // "15 dollars 50.": the cents at the end of a sentence
                    item.Value += c / 100;
                    item.End = cents.End;
                }
            }
            return true;
        }

        private bool TryEquivalent(in Item item, out QuantityEquivalent? equivalent, out int end)
        {
            equivalent = null;
            end = item.End;
            int k = item.End;
            bool paren = k < _limit && W(k) is "(" or "[";
            if (paren) k++;
            else if (W(k) is "," && IsWord(k + 1, "or")) k += 2;
            else if (IsWord(k, "or")) k++;
            else return false;
            // "(about 125 miles)"
            Span<char> buffer = stackalloc char[32];
            for (int n = 3; n >= 1; n--)
            {
                if (Phrase(k, n, buffer, out int length) && Modifiers.Phrases.TryGet(buffer[..length], out _)) { k += n; break; }
            }
            if (!TryItem(k, null, out var other, out _) || other.Value is not decimal otherValue || item.Value is not decimal value) return false;
            if (other.Type != item.Type || other.Unit == item.Unit) return false;
            int close = other.End;
            if (paren && !(close < _limit && W(close) is ")" or "]")) return false;
            bool? consistent;
            decimal? otherSi = null;
            if (item.Type == QuantityType.Money)
            {
                consistent = null;
            }
            else
            {
                if (item.UnitDef is not UnitDef a || other.UnitDef is not UnitDef b || a.Dimension != b.Dimension) return false;
                otherSi = Units.ToSi(b, otherValue);
                consistent = Consistency.Agree(a, value, b, otherValue);
            }
            int start = _tokens[other.First].Start, stop = _tokens[other.End - 1].End;
            equivalent = new QuantityEquivalent(TextSpan.FromBounds(start, stop), _text.Substring(start, stop - start), otherValue, other.Unit)
            {
                SiValue = otherSi,
                SiUnit = other.UnitDef?.SiUnit,
                Consistent = consistent,
            };
            end = paren ? close + 1 : close;
            return true;
        }
    }
}
