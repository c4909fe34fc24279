using NewsNlp;

namespace NewsNlp.Training;

/// <summary>A sentence of a CoNLL-style corpus: words, BIO tags, and the words joined by spaces.</summary>
internal sealed class CorpusSentence
{
    public CorpusSentence(string[] words, string[] tags)
    {
        Words = words;
        Tags = tags;
        Starts = new int[words.Length];
        Lengths = new int[words.Length];
        int pos = 0;
        for (int i = 0; i < words.Length; i++)
        {
            Starts[i] = pos;
            Lengths[i] = words[i].Length;
            pos += words[i].Length + 1;
        }
        Text = string.Join(' ', words);
    }

    public string[] Words { get; }
    public string[] Tags { get; }
    public int[] Starts { get; }
    public int[] Lengths { get; }
    public string Text { get; }

    /// <summary>Whether the corpus marks MISC (when not, MISC mistakes are not penalised).</summary>
    public bool HasMisc { get; init; } = true;

    /// <summary>A copy with every word upper- or lower-cased (augmentation for headlines and caseless text).</summary>
    public CorpusSentence WithCase(bool upper) =>
        new(Words.Select(w => upper ? w.ToUpperInvariant() : w.ToLowerInvariant()).ToArray(), Tags) { HasMisc = HasMisc };

    /// <summary>Entity chunks (start, end exclusive, type) from the BIO tags.</summary>
    public List<(int Start, int End, string Type)> Chunks() => ChunksOf(Tags);

    public static List<(int Start, int End, string Type)> ChunksOf(IReadOnlyList<string> tags)
    {
        var chunks = new List<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag[2..] == type;
            if (inside) continue;
            if (start >= 0) chunks.Add((start, i, type));
            start = -1;
            if (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal))
            {
                start = i;
                type = tag[2..];
            }
        }
        return chunks;
    }

    /// <summary>
    /// Adds a corpus word split the way <see cref="NewsTokenizer"/> splits text ("al-Qaida" → "al" "-" "Qaida",
    /// "U.S.-led" → "U.S." "-" "led"), so training sees the tokens inference sees; the pieces inherit the tag.
    /// </summary>
    private static void AddWord(string word, string tag, List<string> words, List<string> tags)
    {
        var pieces = NewsTokenizer.Tokenize(word);
        if (pieces.Length <= 1)
        {
            words.Add(word);
            tags.Add(tag);
            return;
        }
        for (int i = 0; i < pieces.Length; i++)
        {
            words.Add(word.Substring(pieces[i].Start, pieces[i].Length));
            tags.Add(i > 0 && tag.StartsWith("B-", StringComparison.Ordinal) ? "I-" + tag[2..] : tag);
        }
    }

    public static List<CorpusSentence> Read(string path)
    {
        var sentences = new List<CorpusSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        bool hasMisc = !(Path.GetFileName(path).StartsWith("btc", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("uner", StringComparison.Ordinal));
        void Flush()
        {
            if (words.Count > 0) sentences.Add(new CorpusSentence([.. words], [.. tags]) { HasMisc = hasMisc });
            words.Clear();
            tags.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) continue;
            AddWord(line[..tab], line[(tab + 1)..], words, tags);
        }
        Flush();
        return sentences;
    }
}
