using System.Text;

namespace NewsNlp.Fuzz;

/// <summary>News-like text with random damage: quote marks, digits, units, capitalised words, odd Unicode.</summary>
public sealed class NewsLikeGenerator(int seed, IReadOnlyList<string> corpus)
{
    private readonly Random _random = new(seed);

    private static readonly string[] s_pieces =
    [
        "Trump", "said", "told reporters", "according to", "President", "Lukashenko", "the", "ministry", "he", "she", "they",
        "\"", "“", "”", "'", "’", "‘", "``", "''", "«", "»", "'s", "n't", " ", " ", " ", " ", "\n", "\r\n", "\u00A0", "\u200B", "\t",
        "1,000", "2.5", "$", "€", "£", "US$", "bn", "million", "km", "miles", "(", ")", "°C", "%", "per cent", "-", "–", "—", "...", "…",
        ".", ",", ":", ";", "?", "!", "U.S.", "Mr.", "Feb.", "Wednesday", "February 27", "2014", "2/27/2025", "14:30", "last week",
        "three-year", "70-year-old", "aged 70", "half an hour", "twenty-five", "a third", "one and a half", "21st", "1990s",
        "😀", "\uD800", "\uDC00", "\u0301", "\u202E", "שלום", "中文", "\u0000", "\u0007", "\uFFFD", "https://x.org/a", "a@b.co",
        "NATO", "BELARUS", "Kyiv", "Minsk", "10^400", "99999999999999999999999999999999", "February 30", "$", "0.000001",
    ];

    public string Next()
    {
        return _random.Next(4) switch
        {
            0 => Pieces(_random.Next(1, 60)),
            1 => Mutate(Slice()),
            2 => Splice(),
            _ => RandomChars(_random.Next(0, 200)),
        };
    }

    private string Pieces(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(s_pieces[_random.Next(s_pieces.Length)]);
            if (_random.Next(3) > 0) builder.Append(' ');
        }
        return builder.ToString();
    }

    private string Slice()
    {
        if (corpus.Count == 0) return Pieces(30);
        string text = corpus[_random.Next(corpus.Count)];
        int start = _random.Next(text.Length);
        int length = Math.Min(text.Length - start, _random.Next(1, 1200));
        return text.Substring(start, length);
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        int edits = _random.Next(1, 12);
        for (int i = 0; i < edits && builder.Length > 0; i++)
        {
            int at = _random.Next(builder.Length);
            switch (_random.Next(4))
            {
                case 0: builder.Remove(at, Math.Min(builder.Length - at, _random.Next(1, 8))); break;
                case 1: builder.Insert(at, s_pieces[_random.Next(s_pieces.Length)]); break;
                case 2: builder[at] = (char)_random.Next(0, 0x3000); break;
                default: builder.Insert(at, builder.ToString(_random.Next(builder.Length), 1)); break;
            }
        }
        return builder.ToString();
    }

    private string Splice() => Mutate(Slice() + Pieces(_random.Next(1, 10)) + Slice());

    private string RandomChars(int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
            chars[i] = _random.Next(5) == 0 ? (char)_random.Next(0, 0x10000) : (char)_random.Next(0x20, 0x7F);
        return new string(chars);
    }
}
