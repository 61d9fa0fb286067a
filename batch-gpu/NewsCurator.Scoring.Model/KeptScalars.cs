using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// Tensor arithmetic that keeps its numbers alive until libtorch has read them. TorchSharp 0.107
/// turns every number in tensor arithmetic (and the alpha = 1 hidden in <c>tensor + tensor</c>) into
/// a native Scalar that only a finalizer frees, and nothing references that Scalar once its handle is
/// read: a collection on another thread can free it while the native call still reads it, and libtorch
/// then fails on garbage ("Exception raised from toFloat ... Expected false to be true", seen in CI
/// while other tests allocated). Each method here holds its Scalar until the call has returned. Code
/// that runs while other threads allocate (the scorer in a Lambda or the Batch job, training) uses
/// these instead of the operators.
/// </summary>
public static class KeptScalars
{
    // Static, so always reachable: never finalised under a call.
    private static readonly Scalar One = 1.ToScalar();

    /// <summary><paramref name="left"/> + <paramref name="right"/> (with broadcasting).</summary>
    public static Tensor Plus(this Tensor left, Tensor right) => left.add(right, One);

    /// <summary><paramref name="left"/> + <paramref name="value"/>, element-wise.</summary>
    public static Tensor Plus(this Tensor left, double value)
    {
        using var scalar = value.ToScalar();
        return left.add(scalar, One);
    }

    /// <summary><paramref name="left"/> × <paramref name="factor"/>, element-wise.</summary>
    public static Tensor Times(this Tensor left, double factor)
    {
        using var scalar = factor.ToScalar();
        return left.mul(scalar);
    }

    /// <summary><paramref name="left"/> / <paramref name="divisor"/>, element-wise.</summary>
    public static Tensor DividedBy(this Tensor left, double divisor)
    {
        using var scalar = divisor.ToScalar();
        return left.div(scalar);
    }

    /// <summary>Every element raised to at least <paramref name="minimum"/> (clamp_min).</summary>
    public static Tensor AtLeast(this Tensor tensor, double minimum)
    {
        using var scalar = minimum.ToScalar();
        return tensor.clamp_min(scalar);
    }
}
