using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// Adam and AdamW with torch.optim's update, op for op as TorchSharp's own optimizers do it, but with
/// every number held until libtorch has read it. TorchSharp's optimizers pass temporary Scalars that
/// only a finalizer frees, and a collection during a step can free one under the native call (see
/// <see cref="KeptScalars"/>).
/// </summary>
public sealed class AdamOptimizer : IDisposable
{
    private readonly Parameter[] _parameters;
    private readonly Tensor[] _average, _averageSquare;
    private readonly long[] _steps;
    private readonly double _learningRate, _weightDecay, _beta1 = 0.9, _beta2 = 0.999, _epsilon = 1e-8;
    private readonly bool _decoupled;

    private AdamOptimizer(IEnumerable<Parameter> parameters, double learningRate, double weightDecay, bool decoupled)
    {
        _parameters = parameters.ToArray();
        _average = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _averageSquare = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _steps = new long[_parameters.Length];
        (_learningRate, _weightDecay, _decoupled) = (learningRate, weightDecay, decoupled);
    }

    /// <summary>torch.optim.Adam: weight decay as an L2 term added to the gradient.</summary>
    public static AdamOptimizer Adam(IEnumerable<Parameter> parameters, double learningRate, double weightDecay = 0) => new(parameters, learningRate, weightDecay, decoupled: false);

    /// <summary>torch.optim.AdamW: weight decay applied to the weights, apart from the gradient.</summary>
    public static AdamOptimizer AdamW(IEnumerable<Parameter> parameters, double learningRate, double weightDecay = 0.01) => new(parameters, learningRate, weightDecay, decoupled: true);

    public void ZeroGrad()
    {
        foreach (var parameter in _parameters) parameter.grad?.zero_();
    }

    public void Step()
    {
        using var noGrad = no_grad();
        using var beta1 = _beta1.ToScalar();
        using var beta2 = _beta2.ToScalar();
        using var oneMinusBeta1 = (1 - _beta1).ToScalar();
        using var oneMinusBeta2 = (1 - _beta2).ToScalar();
        using var epsilon = _epsilon.ToScalar();
        using var one = 1.ToScalar();
        using var decay = (_decoupled ? 1 - _learningRate * _weightDecay : _weightDecay).ToScalar();
        for (var i = 0; i < _parameters.Length; i++)
        {
            var parameter = _parameters[i];
            if (parameter.grad is not { } gradient) continue;
            using var scope = NewDisposeScope();
            var step = ++_steps[i];
            if (_decoupled) parameter.mul_(decay);
            else if (_weightDecay != 0) gradient = gradient.add(parameter, decay);
            var correction1 = 1 - Math.Pow(_beta1, step);
            var correction2 = 1 - Math.Pow(_beta2, step);
            _average[i].mul_(beta1).add_(gradient, oneMinusBeta1);
            _averageSquare[i].mul_(beta2).addcmul_(gradient, gradient, oneMinusBeta2);
            using var root = Math.Sqrt(correction2).ToScalar();
            var denominator = _averageSquare[i].sqrt().div(root).add_(epsilon, one);
            using var stepSize = (-(_learningRate / correction1)).ToScalar();
            parameter.addcdiv_(_average[i], denominator, stepSize);
        }
    }

    public void Dispose()
    {
        foreach (var tensor in _average.Concat(_averageSquare)) tensor.Dispose();
    }
}
