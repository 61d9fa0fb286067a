using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Tests.Scoring;

/// <summary>Collections without pause slow every other test and would surface races in code these tests do not cover: they run alone.</summary>
[CollectionDefinition(nameof(CollectionStormRunsAlone), DisableParallelization = true)]
public sealed class CollectionStormRunsAlone;

/// <summary>
/// TorchSharp frees the Scalar behind a number in tensor arithmetic only in a finalizer, so a
/// collection during the native call can free it under libtorch (CI failed once this way). These run
/// the encoder and the optimizers while another thread collects without pause: with the plain
/// operators this fails within a few thousand operations ("Expected false to be true").
/// </summary>
[Trait(Category.Name, Category.Unit)]
[Collection(nameof(CollectionStormRunsAlone))]
public sealed class TorchScalarLifetimeTests
{
    private static readonly BertShape Tiny = new(Vocabulary: 64, Positions: 16, Hidden: 16, Layers: 2, Heads: 2, FeedForward: 32);

    [Fact]
    public void Encoder_WhileAnotherThreadCollects_ShouldRunAndGiveTheSameEmbeddings()
    {
        manual_seed(5);
        using var network = new MiniLmNetwork(Tiny, tunedLayers: 1);
        network.eval();
        using var ids = randint(1, Tiny.Vocabulary, [4, 12], dtype: ScalarType.Int64);
        using var mask = tensor(Enumerable.Range(0, 48).Select(i => i % 12 < 12 - i / 12 * 3 ? 1L : 0L).ToArray(), [4, 12]);
        float[] Embed()
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var (general, tuned) = network.ForwardBoth(ids, mask);
            return [.. TorchSentenceEncoder.Pool(general, mask).data<float>(), .. TorchSentenceEncoder.Pool(tuned!, mask).data<float>()];
        }
        var expected = Embed();

        using (new CollectionStorm())
            for (var i = 0; i < 3000; i++)
                Assert.Equal(expected, Embed(), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void AdamOptimizer_ShouldTakeTorchSharpsSteps()
    {
        foreach (var decoupled in new[] { false, true })
        {
            var ours = Fit(decoupled, (parameters, rate, decay) =>
            {
                var optimizer = decoupled ? AdamOptimizer.AdamW(parameters, rate, decay) : AdamOptimizer.Adam(parameters, rate, decay);
                return (optimizer.ZeroGrad, optimizer.Step, optimizer);
            });
            var torchs = Fit(decoupled, (parameters, rate, decay) =>
            {
                optim.Optimizer optimizer = decoupled ? optim.AdamW(parameters, rate, weight_decay: decay) : optim.Adam(parameters, rate, weight_decay: decay);
                return (() => optimizer.zero_grad(), () => optimizer.step(), optimizer);
            });
            Assert.Equal(torchs, ours, (a, b) => Math.Abs(a - b) < 1e-6);
            Assert.NotEqual(Fit(decoupled, (_, _, _) => (() => { }, () => { }, null)), ours, (a, b) => Math.Abs(a - b) < 1e-6);
        }
    }

    [Fact]
    public void AdamOptimizer_WhileAnotherThreadCollects_ShouldKeepStepping()
    {
        using (new CollectionStorm())
            foreach (var decoupled in new[] { false, true })
                Assert.All(Fit(decoupled, (parameters, rate, decay) =>
                {
                    var optimizer = decoupled ? AdamOptimizer.AdamW(parameters, rate, decay) : AdamOptimizer.Adam(parameters, rate, decay);
                    return (optimizer.ZeroGrad, optimizer.Step, optimizer);
                }, steps: 400), w => Assert.True(float.IsFinite(w)));
    }

    /// <summary>A small regression fitted with the optimizer <paramref name="create"/> makes; the weights after <paramref name="steps"/> steps.</summary>
    private static float[] Fit(bool decoupled, Func<IEnumerable<TorchSharp.Modules.Parameter>, double, double, (Action Zero, Action Step, IDisposable? Owner)> create, int steps = 25)
    {
        manual_seed(11);
        using var layer = nn.Linear(6, 3);
        using var x = randn(32, 6);
        using var y = randn(32, 3);
        var (zero, step, owner) = create(layer.parameters(), 0.05, decoupled ? 0.1 : 0.01);
        using (owner)
            for (var i = 0; i < steps; i++)
            {
                using var scope = NewDisposeScope();
                var loss = nn.functional.mse_loss(layer.forward(x), y).Plus(layer.weight!.abs().sum().Times(0.01));
                zero();
                loss.backward();
                step();
            }
        return [.. layer.weight!.data<float>(), .. layer.bias!.data<float>()];
    }

    /// <summary>Collects and runs finalizers on another thread, without pause, until disposed.</summary>
    private sealed class CollectionStorm : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public CollectionStorm()
        {
            _thread = new Thread(() =>
            {
                // Generation 0 only: a Scalar made for one native call is young, so this frees it as surely as a
                // full collection would, and costs the same however large the heap the other tests left
                // (full collections of a 3 GB heap once stretched this test past 20 minutes on a fresh clone).
                while (!_stop)
                {
                    GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                    GC.WaitForPendingFinalizers();
                }
            }) { IsBackground = true, Name = "collection storm" };
            _thread.Start();
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }
    }
}
