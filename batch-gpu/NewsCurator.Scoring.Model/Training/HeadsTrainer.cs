using System.Numerics.Tensors;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

public sealed record HeadsTrainOptions
{
    public HeadsShape Shape { get; init; } = new();
    public int Epochs { get; init; } = 20;
    public int BatchSize { get; init; } = 64;
    public double LearningRate { get; init; } = 3e-3;
    public double WeightDecay { get; init; } = 1e-4;
    public int Seed { get; init; } = 42;
    /// <summary>Title embedding beside the body's (the input is 768 wide), or the body alone (384).</summary>
    public bool UseTitle { get; init; } = true;
    /// <summary>The rules scorer's verdicts as extra inputs.</summary>
    public bool UseRules { get; init; } = true;
    /// <summary>The linear word model's share of relevance and quality (<see cref="WordModel"/>); 0 trains none.</summary>
    public double WordShare { get; init; } = 1.0;
    /// <summary>
    /// The share of the word model's probabilities from regressions on the words alone (<see cref="WordModel"/>); 0 trains
    /// none. 0.3 since v6: of 0, 0.3 and 0.5 by the grouped cross-validation, the largest share that kept relevance AUC
    /// within 0.005 and precision@20 level (editor's AUC 0.934 -> 0.939, editorial precision@20 0.83 -> 0.86; 0.5 cost
    /// relevance AUC 0.007 and precision@20 0.03). EXPERIMENTS.md, "Words alone beside the word model".
    /// </summary>
    public double WordsAloneShare { get; init; } = 0.3;
    /// <summary>Content types weigh (items per type on average / items of the type) to this power in the loss: 0.5 (inverse square root) as shipped, 0 none, 1 balanced.</summary>
    public double TypeWeightPower { get; init; } = 0.5;
}

/// <summary>An item ready for the heads: its input vector and its hashed wide features.</summary>
public sealed record HeadsInput(LabeledItem Item, float[] Embedding, long[] Wide);

/// <summary>
/// Trains the heads on the frozen encoder's embeddings: one hidden GELU layer (or a linear map) plus
/// the wide hashed-word rows, cross-entropy for relevance, content type (rare types weighted up) and
/// quality, weighted binary cross-entropy for ads, Adam with L2, dropout on input and hidden units.
/// Written out in C# rather than TorchSharp: the heads are small enough that one core trains them in
/// seconds, the arithmetic is single-threaded and so bit-for-bit reproducible from the seed, and the
/// weights land directly in the form the managed evaluator (<see cref="EncoderHeads"/>) reads.
/// (TorchSharp 0.107 on .NET 10 corrupted native memory at random in longer CPU training loops here:
/// impossible shapes and scalar types, then a segfault in libtorch.)
/// </summary>
public static class HeadsTrainer
{
    public static List<HeadsInput> Inputs(IReadOnlyList<LabeledItem> items, EmbeddingTable table, HeadsTrainOptions options)
    {
        var features = new HashedFeatures(Math.Max(1, options.Shape.WideBuckets));
        return items.Select(i =>
        {
            var (title, body) = table.Items[i.Article.Id];
            var embedding = EncoderHeads.Compose(options.UseTitle, options.UseRules, title, body, i.Article);
            var wide = options.Shape.WideBuckets > 0 ? features.Featurize(i.Article.Title, i.Article.Text, i.Article.FeedTitle) : [];
            return new HeadsInput(i, embedding, wide);
        }).ToList();
    }

    public static HeadsWeights Train(IReadOnlyList<HeadsInput> train, HeadsTrainOptions options, TextWriter? log = null)
    {
        var random = new Random(options.Seed);
        var types = ContentTypes.All.ToList();
        var shape = options.Shape with { Inputs = train[0].Embedding.Length, ContentTypes = types.Count };
        var w = HeadsWeights.Initialise(shape, random);
        var adam = new Adam(w.Parameters(), options.LearningRate, options.WeightDecay);
        var layout = HeadLayout.For(types.Count);
        var adLabelled = train.Where(t => t.Item.Heads.Ad).ToList();
        var ads = adLabelled.Count(t => t.Item.IsAd);
        var adWeight = (float)Math.Clamp((adLabelled.Count - ads) / (double)Math.Max(1, ads), 1, 30);
        // Rare content types weigh more (inverse square root of frequency as shipped): macro-F1 counts every type alike.
        var typed = train.Where(t => t.Item.Heads.Type).ToList();
        var typeWeight = types.Select(t => typed.Count / (double)types.Count / Math.Max(1, typed.Count(x => x.Item.ContentType == t)))
            .Select(r => (float)(options.TypeWeightPower == 0.5 ? Math.Sqrt(r) : Math.Pow(r, options.TypeWeightPower))).ToArray();
        var grads = w.Parameters().Select(p => new float[p.Length]).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            double lossSum = 0;
            var order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToArray();
            foreach (var batch in order.Chunk(options.BatchSize))
            {
                foreach (var g in grads) Array.Clear(g);
                foreach (var i in batch)
                {
                    var input = train[i];
                    var pass = w.Forward(input.Embedding, input.Wide, training: true, random, shape.InputDropout);
                    var d = new float[pass.Logits.Length];
                    lossSum += Gradient(pass.Logits, input.Item, types, layout, adWeight, typeWeight, d, 1f / batch.Length) * batch.Length;
                    w.Backward(pass, input.Wide, d, grads);
                }
                adam.Step(grads);
            }
            if (log is not null && (epoch == options.Epochs || epoch % 10 == 0)) log.WriteLine($"  epoch {epoch}/{options.Epochs}: loss {lossSum / train.Count:0.000}");
        }
        return w;
    }

    /// <summary>The heads' raw logit vector for each input (no dropout).</summary>
    public static float[][] Logits(HeadsWeights weights, IReadOnlyList<HeadsInput> inputs)
        => inputs.Select(i => weights.Forward(i.Embedding, i.Wide, training: false, null, 0).Logits).ToArray();

    /// <summary>
    /// Adds dLoss/dlogits of one item (scaled by 1/batch) to <paramref name="d"/>; returns the item's loss. A head the
    /// item's labels do not speak for (<see cref="LabeledItem.Heads"/>: a spent held-out set given for some heads only)
    /// adds nothing.
    /// </summary>
    private static double Gradient(float[] logits, LabeledItem item, List<string> types, HeadLayout l, float adWeight, float[] typeWeight, float[] d, float scale)
    {
        double loss = 0;
        if (item.Heads.Relevance) loss += SoftmaxCrossEntropy(logits, l.Relevance, HeadLayout.RelevanceClasses, item.Relevance, item.RelevanceWeight * scale, d);
        var type = types.IndexOf(item.ContentType);
        if (item.Heads.Type) loss += SoftmaxCrossEntropy(logits, l.Type, types.Count, type, 0.5f * typeWeight[type] * scale, d);
        if (item.Heads.Quality) loss += SoftmaxCrossEntropy(logits, l.Quality, HeadLayout.QualityClasses, item.Quality - 1, 0.5f * scale, d);
        if (!item.Heads.Ad) return loss;
        // Weighted BCE on the ad logit: L = -(pw y log s + (1 - y) log(1 - s)), dL/dz = (pw y + 1 - y) s - pw y.
        var z = logits[l.Ad];
        var s = 1 / (1 + Math.Exp(-z));
        var y = item.IsAd ? 1.0 : 0.0;
        loss += -(adWeight * y * Math.Log(Math.Max(s, 1e-12)) + (1 - y) * Math.Log(Math.Max(1 - s, 1e-12)));
        d[l.Ad] += (float)(((adWeight * y + 1 - y) * s - adWeight * y) * scale);
        return loss;
    }

    private static double SoftmaxCrossEntropy(float[] logits, int start, int count, int target, float weight, float[] d)
    {
        var p = NewsCurator.Scoring.Model.DenseMath.Softmax(logits.AsSpan(start, count));
        for (var c = 0; c < count; c++) d[start + c] += weight * (p[c] - (c == target ? 1 : 0));
        return -Math.Log(Math.Max(p[target], 1e-12)) * weight;
    }

    /// <summary>Adam (Kingma and Ba) with L2 weight decay added to the gradient, as torch.optim.Adam does.</summary>
    private sealed class Adam(float[][] parameters, double learningRate, double weightDecay)
    {
        private readonly float[][] _m = parameters.Select(p => new float[p.Length]).ToArray();
        private readonly float[][] _v = parameters.Select(p => new float[p.Length]).ToArray();
        private int _step;

        public void Step(float[][] gradients)
        {
            _step++;
            const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
            var c1 = 1 - Math.Pow(beta1, _step);
            var c2 = 1 - Math.Pow(beta2, _step);
            var rate = (float)(learningRate / c1);
            for (var k = 0; k < parameters.Length; k++)
            {
                var (p, g, m, v) = (parameters[k], gradients[k], _m[k], _v[k]);
                for (var i = 0; i < p.Length; i++)
                {
                    var grad = g[i] + (float)weightDecay * p[i];
                    if (grad == 0 && m[i] == 0) continue; // untouched wide rows stay as they are (and cost nothing)
                    m[i] = (float)(beta1 * m[i] + (1 - beta1) * grad);
                    v[i] = (float)(beta2 * v[i] + (1 - beta2) * grad * grad);
                    p[i] -= rate * m[i] / (float)(Math.Sqrt(v[i] / c2) + eps);
                }
            }
        }
    }
}

/// <summary>The heads' parameters in the layout of the heads file (row-major [out, in], as torch's Linear).</summary>
public sealed class HeadsWeights
{
    public required HeadsShape Shape { get; init; }
    public float[]? HiddenW { get; init; }
    public float[]? HiddenB { get; init; }
    public required float[] OutW { get; init; }
    public required float[] OutB { get; init; }
    public float[]? Wide { get; init; }

    private int Outputs => HeadLayout.Outputs(Shape.ContentTypes);

    public static HeadsWeights Initialise(HeadsShape shape, Random random)
    {
        var outputs = HeadLayout.Outputs(shape.ContentTypes);
        float[] Uniform(int n, int fanIn) => Enumerable.Range(0, n).Select(_ => (float)((random.NextDouble() * 2 - 1) / Math.Sqrt(fanIn))).ToArray();
        var last = shape.Hidden > 0 ? shape.Hidden : shape.Inputs;
        return new HeadsWeights
        {
            Shape = shape,
            HiddenW = shape.Hidden > 0 ? Uniform(shape.Hidden * shape.Inputs, shape.Inputs) : null,
            HiddenB = shape.Hidden > 0 ? Uniform(shape.Hidden, shape.Inputs) : null,
            OutW = Uniform(outputs * last, last),
            OutB = Uniform(outputs, last),
            // The wide part starts neutral and learns only what the embeddings miss.
            Wide = shape.WideBuckets > 0 ? new float[shape.WideBuckets * outputs] : null,
        };
    }

    public float[][] Parameters() => new[] { HiddenW, HiddenB, OutW, OutB, Wide }.Where(p => p is not null).Select(p => p!).ToArray();

    /// <summary>Name, shape and values in the order and names of the heads file.</summary>
    public IReadOnlyList<(string Name, long[] Shape, float[] Values)> Named()
    {
        var list = new List<(string, long[], float[])>();
        var last = Shape.Hidden > 0 ? Shape.Hidden : Shape.Inputs;
        if (HiddenW is not null) list.Add(("_hidden.weight", [Shape.Hidden, Shape.Inputs], HiddenW));
        if (HiddenB is not null) list.Add(("_hidden.bias", [Shape.Hidden], HiddenB));
        list.Add(("_out.weight", [Outputs, last], OutW));
        list.Add(("_out.bias", [Outputs], OutB));
        if (Wide is not null) list.Add(("_wide.weight", [Shape.WideBuckets, Outputs], Wide));
        return list;
    }

    /// <param name="HiddenMask">Per hidden unit: 0 where dropout dropped it, else the inverse keep rate (null: no dropout).</param>
    public sealed record Pass(float[] Input, float[]? PreActivation, float[]? HiddenMask, float[]? Hidden, float[] Logits);

    public Pass Forward(float[] input, long[] wide, bool training, Random? random, double inputDropout)
    {
        var x = input;
        if (training && inputDropout > 0) x = Dropout(input, inputDropout, random!);
        float[]? z = null, h = null, mask = null;
        var last = x;
        if (HiddenW is not null)
        {
            z = new float[Shape.Hidden];
            h = new float[Shape.Hidden];
            if (training) mask = Dropout(Enumerable.Repeat(1f, Shape.Hidden).ToArray(), 0.2, random!);
            for (var j = 0; j < z.Length; j++)
            {
                z[j] = HiddenB![j] + TensorPrimitives.Dot(HiddenW.AsSpan(j * x.Length, x.Length), x);
                h[j] = DenseMath.Gelu(z[j]) * (mask?[j] ?? 1);
            }
            last = h;
        }
        var logits = new float[Outputs];
        for (var o = 0; o < logits.Length; o++) logits[o] = OutB[o] + TensorPrimitives.Dot(OutW.AsSpan(o * last.Length, last.Length), last);
        if (Wide is not null && wide.Length > 0)
            foreach (var f in wide)
                for (var o = 0; o < logits.Length; o++) logits[o] += Wide[f * logits.Length + o] / wide.Length;
        return new Pass(x, z, mask, h, logits);
    }

    /// <summary>Accumulates the gradients of one item into <paramref name="grads"/> (in <see cref="Parameters"/> order).</summary>
    public void Backward(Pass pass, long[] wide, float[] d, float[][] grads)
    {
        var k = 0;
        float[]? gHiddenW = null, gHiddenB = null;
        if (HiddenW is not null) { gHiddenW = grads[k++]; gHiddenB = grads[k++]; }
        var gOutW = grads[k++];
        var gOutB = grads[k++];
        var gWide = Wide is not null ? grads[k] : null;
        var last = pass.Hidden ?? pass.Input;
        for (var o = 0; o < d.Length; o++)
        {
            if (d[o] == 0) continue;
            gOutB[o] += d[o];
            TensorPrimitives.MultiplyAdd(last, d[o], gOutW.AsSpan(o * last.Length, last.Length), gOutW.AsSpan(o * last.Length, last.Length));
        }
        if (gWide is not null && wide.Length > 0)
            foreach (var f in wide)
                for (var o = 0; o < d.Length; o++) gWide[f * d.Length + o] += d[o] / wide.Length;
        if (HiddenW is null) return;
        for (var j = 0; j < Shape.Hidden; j++)
        {
            var keep = pass.HiddenMask?[j] ?? 1;
            if (keep == 0) continue; // dropped by dropout: no gradient flows through this unit
            double dh = 0;
            for (var o = 0; o < d.Length; o++) dh += OutW[o * Shape.Hidden + j] * d[o];
            var dz = (float)(dh * DenseMath.GeluDerivative(pass.PreActivation![j]) * keep);
            if (dz == 0) continue;
            gHiddenB![j] += dz;
            TensorPrimitives.MultiplyAdd(pass.Input, dz, gHiddenW.AsSpan(j * pass.Input.Length, pass.Input.Length), gHiddenW.AsSpan(j * pass.Input.Length, pass.Input.Length));
        }
    }

    private static float[] Dropout(float[] x, double p, Random random)
    {
        var keep = (float)(1 / (1 - p));
        var y = new float[x.Length];
        for (var i = 0; i < x.Length; i++) y[i] = random.NextDouble() < p ? 0 : x[i] * keep;
        return y;
    }
}
