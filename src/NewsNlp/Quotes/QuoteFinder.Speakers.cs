using System.Collections.Immutable;

namespace NewsNlp.Quotes;

// Speaker resolution: a named mention → its entity; a pronoun → the most salient compatible entity;
// a description ("the 70-year-old president") → the entity that carries that title.
internal sealed partial class QuoteFinder
{
    private const int PronounParagraphWindow = 3;
    private const int MaxEntitiesBack = 300;

    private ImmutableArray<Entity> _entities;
    private Dictionary<string, int>? _genders;
    private Dictionary<string, HashSet<string>>? _descriptors;

    private ImmutableArray<Quote> Build(ImmutableArray<Entity> entities)
    {
        _entities = entities;
        int count = _found.Count;
        var names = new string?[count];
        var types = new EntityType?[count];
        var mentions = new TextSpan?[count];

        for (int f = 0; f < count; f++)
        {
            var found = _found[f];
            if (found.SpeakerStart < 0) continue;
            var (mention, name, type) = ResolveMention(found.SpeakerStart, found.SpeakerEnd, f, names, types);
            mentions[f] = mention;
            names[f] = name;
            types[f] = type;
        }

        // Quotes without cue or speaker: the other parts of their multi-paragraph quote, else the previous quote.
        var chainNames = new Dictionary<int, int>();
        for (int g = 0; g < count; g++)
        {
            if (_found[g].Pair >= 0 && names[g] is not null && !_found[g].ContinuesPrevious) chainNames.TryAdd(_pairs[_found[g].Pair].Chain, g);
        }
        for (int f = 0; f < count; f++)
        {
            var found = _found[f];
            if (!found.ContinuesPrevious) continue;
            int chain = found.Pair >= 0 ? _pairs[found.Pair].Chain : -1;
            string? name = null;
            EntityType? type = null;
            if (chain >= 0 && chainNames.TryGetValue(chain, out int named)) (name, type) = (names[named], types[named]);
            if (name is null && f > 0 && ParagraphOf(_found[f].ContentStart) - ParagraphOf(_found[f - 1].ContentStart) <= 2)
                (name, type) = (names[f - 1], types[f - 1]);
            names[f] = name;
            types[f] = type;
        }

        var builder = ImmutableArray.CreateBuilder<Quote>(count);
        int lastEnd = -1;
        for (int f = 0; f < count; f++)
        {
            var found = _found[f];
            if (found.ContentEnd <= found.ContentStart) continue;
            int start = _tokens[found.ContentStart].Start, end = _tokens[found.ContentEnd - 1].End;
            if (start < lastEnd) continue; // overlaps a quote already taken
            lastEnd = end;
            var span = TextSpan.FromBounds(start, end);
            Mention? cue = null;
            if (found.CueStart >= 0)
            {
                var cueSpan = TextSpan.FromBounds(_tokens[found.CueStart].Start, _tokens[found.CueEnd - 1].End);
                cue = new Mention(cueSpan, _text.Substring(cueSpan.Start, cueSpan.Length));
            }
            Mention? speaker = mentions[f] is { } m ? new Mention(m, _text.Substring(m.Start, m.Length)) : null;
            builder.Add(new Quote(span, _text.Substring(start, end - start), found.Kind, cue, speaker, names[f]));
        }
        return builder.ToImmutable();
    }

    private (TextSpan? Mention, string? Name, EntityType? Type) ResolveMention(int s, int e, int f, string?[] names, EntityType?[] types)
    {
        int cs = _tokens[s].Start, ce = _tokens[e - 1].End;
        var phrase = TextSpan.FromBounds(cs, ce);
        if (e - s == 1 && (Is(s, "who") || Is(s, "which")) && s > 1)
        {
            // A relative pronoun speaks for the phrase before it: "Ted Cruz, who said …", "commentators who suggested …".
            int before = W(s - 1) is "," ? s - 1 : s;
            var antecedent = SubjectBefore(before, Math.Max(0, s - MaxLookBack));
            if (antecedent.Start >= 0 && antecedent.End <= before && !(antecedent.End - antecedent.Start == 1 && Is(antecedent.Start, "who")))
            {
                var (_, name, type) = ResolveMention(antecedent.Start, antecedent.End, f, names, types);
                return (phrase, name, type);
            }
            return (phrase, null, null);
        }
        if (e - s == 1 && QuoteWords.IsPronoun(W(s)))
        {
            var (name, type) = ResolvePronoun(s, f, names, types);
            return (phrase, name, type);
        }

        // "A source close to Ruiz", "people familiar with the talks": someone else than the name at the end, unnamed.
        for (int j = s + 1; j + 1 < e; j++)
        {
            if (W(j + 1) is "to" or "with" && W(j) is "close" or "closest" or "familiar" or "loyal" or "allied" or "near") return (phrase, null, null);
        }

        // The entity heading the phrase (ending where it ends), else a person inside a phrase that ends with a name.
        Entity? head = null, person = null;
        for (int j = FirstEntityAtOrAfter(cs); j < _entities.Length && _entities[j].Span.Start < ce; j++)
        {
            var ent = _entities[j];
            if (ent.Span.End > ce) break;
            if (ent.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Misc or EntityType.Norp or EntityType.Fac)
            {
                if (ent.Span.End >= ce - 1 && ent.Type != EntityType.Norp) head = ent;
                if (ent.Type == EntityType.Person) person = ent;
            }
        }
        if (head is null && person is not null && IsCapitalized(e - 1)) head = person;
        if (head is not null)
        {
            // A title in front of a person stays out of the mention: "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov".
            return (head.Span, head.Name, head.Type);
        }
        var desc = ResolveDescription(s, e, f, names);
        if (desc.Name is null && IsCapitalized(e - 1) && IsWord(e - 1) && !QuoteWords.IsCalendarWord(W(e - 1)))
        {
            // A name the entities missed: the trailing run of capitalised words, titles cut ("Sen. Ana Ruiz" → "Ana Ruiz").
            int r = e - 1;
            while (r > s && IsWord(r - 1) && IsCapitalized(r - 1) && !QuoteWords.IsTitle(W(r - 1)) && !QuoteWords.IsDeterminer(W(r - 1))) r--;
            if (!QuoteWords.IsTitle(W(r)) && !QuoteWords.IsDeterminer(W(r)))
                return (phrase, _text[_tokens[r].Start.._tokens[e - 1].End], null);
        }
        return (phrase, desc.Name, desc.Type);
    }

    private int FirstEntityAtOrAfter(int pos)
    {
        int lo = 0, hi = _entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_entities[mid].Span.Start < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private bool EntityInQuote(Entity entity)
    {
        int t = TokenAtOrAfter(entity.Span.Start);
        return t < _tokens.Length && InPair(t) && _roles[_pairOf[t]] != PairRole.Fragment;
    }

    private (string? Name, EntityType? Type) ResolvePronoun(int token, int f, string?[] names, EntityType?[] types)
    {
        var w = W(token);
        int gender = w.Equals("he", StringComparison.OrdinalIgnoreCase) ? 1 : w.Equals("she", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        bool personal = gender != 0;
        bool plural = w.Equals("they", StringComparison.OrdinalIgnoreCase);
        bool neuter = w.Equals("it", StringComparison.OrdinalIgnoreCase);
        if (!personal && !plural && !neuter) return (null, null); // I, we, you

        bool Fits(Entity ent) => personal
            ? ent.Type == EntityType.Person && Compatible(ent, gender)
            : ent.Type is EntityType.Org or EntityType.Gpe || plural && ent.Type == EntityType.Norp;

        var sentence = _sentences[SentenceOf(token)];
        int pos = _tokens[token].Start;
        // 1. The subject of the same sentence: the first fitting entity before the pronoun, outside quotes.
        for (int j = FirstEntityAtOrAfter(sentence.Span.Start), seen = 0; j < _entities.Length && _entities[j].Span.Start < pos && seen < MaxEntitiesBack; j++, seen++)
        {
            if (Fits(_entities[j]) && !EntityInQuote(_entities[j])) return (_entities[j].Name, _entities[j].Type);
        }
        // 2. The subject of the nearest sentence before that has a fitting entity, a few paragraphs back.
        int paragraph = sentence.ParagraphIndex;
        int minStart = _paragraphs[Math.Max(0, paragraph - PronounParagraphWindow)].Span.Start;
        int candidate = -1, candidateSentence = -1;
        for (int j = FirstEntityAtOrAfter(sentence.Span.Start) - 1, seen = 0; j >= 0 && _entities[j].Span.Start >= minStart && seen < MaxEntitiesBack; j--, seen++)
        {
            var ent = _entities[j];
            int entSentence = SentenceOf(Math.Min(TokenAtOrAfter(ent.Span.Start), _tokens.Length - 1));
            if (candidate >= 0 && entSentence != candidateSentence) break;
            if (Fits(ent) && !EntityInQuote(ent)) (candidate, candidateSentence) = (j, entSentence);
        }
        if (candidate >= 0) return (_entities[candidate].Name, _entities[candidate].Type);
        // 3. The previous quote's speaker, when it fits.
        for (int g = f - 1; g >= 0; g--)
        {
            if (paragraph - ParagraphOf(_found[g].ContentStart) > PronounParagraphWindow) break;
            if (names[g] is null || types[g] is not { } type) continue;
            bool ok = personal ? type == EntityType.Person && CompatibleName(names[g]!, gender) : type is EntityType.Org or EntityType.Gpe or EntityType.Norp;
            if (ok) return (names[g], type);
            break;
        }
        return (null, null);
    }

    private bool Compatible(Entity entity, int gender) => CompatibleName(entity.Name, gender);

    private bool CompatibleName(string name, int gender)
    {
        if (gender == 0) return true;
        int g = GenderOf(name);
        return g == 0 || g == gender;
    }

    /// <summary>1 male, 2 female, 0 unknown: from honorifics before any mention, else the first name.</summary>
    private int GenderOf(string name)
    {
        _genders ??= BuildGenders();
        if (_genders.TryGetValue(name, out int g)) return g;
        int space = name.IndexOf(' ');
        return space > 0 ? QuoteWords.GenderOfFirstName(name.AsSpan(0, space)) : 0;
    }

    private Dictionary<string, int> BuildGenders()
    {
        var genders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ent in _entities)
        {
            if (ent.Type != EntityType.Person) continue;
            int t = TokenAtOrAfter(ent.Span.Start);
            if (t <= 0 || t >= _tokens.Length) continue;
            var before = W(t - 1);
            int g = before is "Mr." or "Mr" or "Sir" or "Lord" or "King" or "Prince" ? 1
                : before is "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss" or "Queen" or "Princess" or "Lady" or "Dame" ? 2 : 0;
            if (g != 0) genders.TryAdd(ent.Name, g);
        }
        return genders;
    }

    private (string? Name, EntityType? Type) ResolveDescription(int s, int e, int f, string?[] names)
    {
        var head = W(e - 1);
        if (head.Length < 2) return (null, null);
        string key = head.ToString().ToLowerInvariant();
        int pos = _tokens[s].Start;
        if (QuoteWords.IsOrgWord(head))
        {
            // "the ministry said" → the organisation whose name holds that word.
            for (int j = FirstEntityAtOrAfter(pos) - 1, seen = 0; j >= 0 && seen < MaxEntitiesBack; j--, seen++)
            {
                var ent = _entities[j];
                if (ent.Type == EntityType.Org && ent.Name.Contains(key, StringComparison.OrdinalIgnoreCase)) return (ent.Name, ent.Type);
            }
            return (null, null);
        }
        _descriptors ??= BuildDescriptors();
        if (f > 0 && names[f - 1] is { } previous && _descriptors.TryGetValue(previous, out var prevSet) && prevSet.Contains(key))
            return (previous, EntityType.Person);
        for (int j = FirstEntityAtOrAfter(pos) - 1, seen = 0; j >= 0 && seen < MaxEntitiesBack; j--, seen++)
        {
            var ent = _entities[j];
            if (ent.Type == EntityType.Person && !EntityInQuote(ent) && _descriptors.TryGetValue(ent.Name, out var set) && set.Contains(key))
                return (ent.Name, ent.Type);
        }
        return (null, null);
    }

    /// <summary>Words that describe each person: titles before a mention ("Belarusian President"), appositives after it (", the author of …").</summary>
    private Dictionary<string, HashSet<string>> BuildDescriptors()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var ent in _entities)
        {
            if (ent.Type != EntityType.Person) continue;
            int a = TokenAtOrAfter(ent.Span.Start);
            int b = TokenAtOrAfter(ent.Span.End);
            if (a >= _tokens.Length) continue;
            if (!result.TryGetValue(ent.Name, out var set)) result[ent.Name] = set = new HashSet<string>(StringComparer.Ordinal);
            // Before: "Kremlin spokesman", "the 70-year-old former president".
            for (int k = a - 1, n = 0; k >= 0 && n < 5; k--)
            {
                var t = _tokens[k];
                if (t.Kind == TokenKind.Word)
                {
                    var w = W(k);
                    if (QuoteWords.IsDeterminer(w) || QuoteWords.IsBoundary(w) || QuoteWords.IsPreposition(w) || t.Has(TokenFlags.Clitic)) break;
                    set.Add(w.ToString().ToLowerInvariant());
                    n++;
                }
                else if (t.Kind != TokenKind.Number && !(t.Has(TokenFlags.Dash) && !t.Has(TokenFlags.SpaceBefore))) break;
                if (t.Has(TokenFlags.ParagraphStart)) break;
            }
            // After: ", the spokesman for …," / ", a Donald Trump supporter" / "is a close ally of".
            int c = b;
            if (c < _tokens.Length && (W(c) is "," || Is(c, "is") || Is(c, "was")) && c + 1 < _tokens.Length && IsWord(c + 1)
                && QuoteWords.IsDeterminer(W(c + 1)))
            {
                for (int k = c + 2, n = 0; k < _tokens.Length && n < 6; k++)
                {
                    if (!IsWord(k) || _tokens[k].Has(TokenFlags.ParagraphStart)) break;
                    var w = W(k);
                    if (QuoteWords.IsPreposition(w) || QuoteWords.IsBoundary(w)) break;
                    set.Add(w.ToString().ToLowerInvariant());
                    n++;
                }
            }
        }
        return result;
    }
}
