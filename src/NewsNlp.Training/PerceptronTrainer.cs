using System.Diagnostics;
using System.Globalization;
using NewsNlp.Entities;

namespace NewsNlp.Training;

/// <summary>
/// Trains the NER tagger: an averaged structured perceptron (Collins 2002) over the hashed
/// features of <see cref="NerFeatures"/>, first-order Viterbi with BILOU constraints.
/// Deterministic: the sentence order of each epoch comes from a seeded <see cref="Random"/>.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = NerLabels.Count;

    private readonly int _hashBits;
    private readonly Gazetteer _gazetteer;
    private readonly float[] _w;
    private readonly float[] _u;
    private readonly float[] _t = new float[(L + 1) * L];
    private readonly float[] _tu = new float[(L + 1) * L];
    private long _c = 1;

    public PerceptronTrainer(int hashBits, Gazetteer gazetteer)
    {
        _hashBits = hashBits;
        _gazetteer = gazetteer;
        _w = new float[(1 << hashBits) * L];
        _u = new float[(1 << hashBits) * L];
    }

    /// <summary>A sentence ready for training: features (compact), counts and gold labels.</summary>
    internal sealed record Prepared(int[] Features, int[] Offsets, byte[] Gold, bool HasMisc);

    public Prepared Prepare(CorpusSentence s)
    {
        int n = s.Words.Length;
        var features = new int[n * NerFeatures.MaxPerToken];
        var counts = new int[n];
        NerFeatures.Extract(s.Text, s.Starts, s.Lengths, _gazetteer, _hashBits, features, counts);
        var offsets = new int[n + 1];
        for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + counts[i];
        var compact = new int[offsets[n]];
        for (int i = 0; i < n; i++) Array.Copy(features, i * NerFeatures.MaxPerToken, compact, offsets[i], counts[i]);
        return new Prepared(compact, offsets, ToBilou(s.Tags), s.HasMisc);
    }

    public static byte[] ToBilou(string[] tags)
    {
        var labels = new byte[tags.Length];
        foreach (var (start, end, type) in CorpusSentence.ChunksOf(tags))
        {
            var t = type switch { "PER" => CoarseType.Per, "ORG" => CoarseType.Org, "LOC" => CoarseType.Loc, _ => CoarseType.Misc };
            if (end - start == 1)
            {
                labels[start] = (byte)NerLabels.U(t);
                continue;
            }
            labels[start] = (byte)NerLabels.B(t);
            for (int i = start + 1; i < end - 1; i++) labels[i] = (byte)NerLabels.I(t);
            labels[end - 1] = (byte)NerLabels.L(t);
        }
        return labels;
    }

    private void Viterbi(Prepared p, float[] w, float[] t, byte[] output)
    {
        int n = p.Gold.Length;
        var score = new float[n * L];
        var back = new byte[n * L];
        Span<float> e = stackalloc float[L];
        for (int i = 0; i < n; i++)
        {
            e.Clear();
            for (int k = p.Offsets[i]; k < p.Offsets[i + 1]; k++)
            {
                int b = p.Features[k] * L;
                for (int l = 0; l < L; l++) e[l] += w[b + l];
            }
            for (int next = 0; next < L; next++)
            {
                if (i == 0)
                {
                    score[next] = NerLabels.Allowed(-1, next) ? t[next] + e[next] : float.NegativeInfinity;
                    continue;
                }
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int prev = 0; prev < L; prev++)
                {
                    if (!NerLabels.Allowed(prev, next)) continue;
                    float s = score[(i - 1) * L + prev] + t[(prev + 1) * L + next];
                    if (s > best) { best = s; arg = prev; }
                }
                score[i * L + next] = best + e[next];
                back[i * L + next] = (byte)arg;
            }
        }
        float bestLast = float.NegativeInfinity;
        int label = 0;
        for (int l = 0; l < L; l++)
        {
            float s = score[(n - 1) * L + l];
            if (NerLabels.AllowedLast(l) && s > bestLast) { bestLast = s; label = l; }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            output[i] = (byte)label;
            label = back[i * L + label];
        }
    }

    private void Update(Prepared p, byte[] pred)
    {
        var gold = p.Gold;
        if (!p.HasMisc)
        {
            // The corpus has no MISC: a predicted MISC chunk over gold O words is not a mistake.
            gold = (byte[])gold.Clone();
            for (int i = 0; i < pred.Length; i++)
            {
                if (pred[i] == 0 || NerLabels.TypeOf(pred[i]) != CoarseType.Misc) continue;
                int j = i;
                while (j < pred.Length && pred[j] != 0 && NerLabels.TypeOf(pred[j]) == CoarseType.Misc && (j == i || NerLabels.PartOf(pred[j]) is 2 or 3)) j++;
                bool allO = true;
                for (int k = i; k < j; k++) allO &= p.Gold[k] == 0;
                if (allO) for (int k = i; k < j; k++) gold[k] = pred[k];
                i = j - 1;
            }
        }
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], q = pred[i];
            if (g != q)
            {
                for (int k = p.Offsets[i]; k < p.Offsets[i + 1]; k++)
                {
                    int b = p.Features[k] * L;
                    _w[b + g] += 1; _u[b + g] += _c;
                    _w[b + q] -= 1; _u[b + q] -= _c;
                }
            }
            int gp = i == 0 ? 0 : gold[i - 1] + 1, qp = i == 0 ? 0 : pred[i - 1] + 1;
            if (gp != qp || g != q)
            {
                _t[gp * L + g] += 1; _tu[gp * L + g] += _c;
                _t[qp * L + q] -= 1; _tu[qp * L + q] -= _c;
            }
        }
    }

    /// <summary>The averaged weights.</summary>
    public (float[] Weights, float[] Transitions) Averaged()
    {
        var w = new float[_w.Length];
        for (int i = 0; i < w.Length; i++) w[i] = _w[i] - _u[i] / _c;
        var t = new float[_t.Length];
        for (int i = 0; i < t.Length; i++) t[i] = _t[i] - _tu[i] / _c;
        return (w, t);
    }

    public void Train(List<Prepared> train, int epochs, int seed, Func<int, (float[] W, float[] T), string>? report)
    {
        var order = Enumerable.Range(0, train.Count).ToArray();
        var pred = new byte[4096];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            new Random(seed + epoch).Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var p = train[index];
                if (pred.Length < p.Gold.Length) pred = new byte[p.Gold.Length * 2];
                var output = pred.AsSpan(0, p.Gold.Length).ToArray();
                Viterbi(p, _w, _t, output);
                if (!output.AsSpan().SequenceEqual(p.Gold))
                {
                    mistakes++;
                    Update(p, output);
                }
                _c++;
            }
            string line = $"epoch {epoch}: {mistakes:N0} sentences wrong, {clock.Elapsed.TotalSeconds:F1}s";
            if (report is not null) line += " | " + report(epoch, Averaged());
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Entity-level precision, recall and F1 per coarse type on prepared sentences.</summary>
    public string Evaluate(List<Prepared> dev, float[] w, float[] t)
    {
        var tp = new int[4]; var np = new int[4]; var ng = new int[4];
        foreach (var p in dev)
        {
            var output = new byte[p.Gold.Length];
            Viterbi(p, w, t, output);
            var gold = Chunks(p.Gold);
            var predicted = Chunks(output);
            foreach (var c in gold) ng[(int)c.Type]++;
            foreach (var c in predicted)
            {
                np[(int)c.Type]++;
                if (gold.Contains(c)) tp[(int)c.Type]++;
            }
        }
        var parts = new List<string>();
        string[] names = ["PER", "ORG", "LOC", "MISC"];
        for (int k = 0; k < 4; k++) parts.Add($"{names[k]} {F1(tp[k], np[k], ng[k]):F3}");
        parts.Add($"PER/ORG/LOC {F1(tp[0] + tp[1] + tp[2], np[0] + np[1] + np[2], ng[0] + ng[1] + ng[2]):F3}");
        parts.Add($"all {F1(tp.Sum(), np.Sum(), ng.Sum()):F3}");
        return string.Join(", ", parts);
    }

    private static double F1(int tp, int np, int ng) => tp == 0 ? 0 : 2.0 * tp / (np + ng);

    public static HashSet<(int Start, int End, CoarseType Type)> Chunks(byte[] labels)
    {
        var set = new HashSet<(int, int, CoarseType)>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int part = NerLabels.PartOf(labels[i]);
            if (part == 1) start = i;
            else if (part == 4) set.Add((i, i + 1, NerLabels.TypeOf(labels[i])));
            else if (part == 3 && start >= 0) { set.Add((start, i + 1, NerLabels.TypeOf(labels[i]))); start = -1; }
        }
        return set;
    }

    public static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
