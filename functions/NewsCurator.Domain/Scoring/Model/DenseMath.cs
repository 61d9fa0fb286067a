namespace NewsCurator.Scoring.Model;

/// <summary>
/// The few dense operations the managed evaluators need (the hashed bag's and the encoder heads'), in
/// one place so both compute them the same way: a Linear layer stored [out, in] as torch stores it,
/// softmax, and GELU in its erf form as torch computes it by default.
/// </summary>
public static class DenseMath
{
    public static float[] Linear(float[] x, float[] w, float[] b, int outputs)
    {
        var y = new float[outputs];
        for (var o = 0; o < outputs; o++)
        {
            var sum = b[o];
            var row = w.AsSpan(o * x.Length, x.Length);
            for (var i = 0; i < x.Length; i++) sum += row[i] * x[i];
            y[o] = sum;
        }
        return y;
    }

    public static float[] Softmax(ReadOnlySpan<float> logits)
    {
        var max = float.NegativeInfinity;
        foreach (var v in logits) max = Math.Max(max, v);
        var exp = new double[logits.Length];
        double sum = 0;
        for (var i = 0; i < logits.Length; i++) sum += exp[i] = Math.Exp(logits[i] - max);
        var result = new float[logits.Length];
        for (var i = 0; i < result.Length; i++) result[i] = (float)(exp[i] / sum);
        return result;
    }

    public static float Gelu(float x) => (float)(0.5 * x * (1 + Erf(x / Math.Sqrt(2))));

    /// <summary>d GELU / dx: the normal CDF plus x times the normal density.</summary>
    public static double GeluDerivative(float x) => 0.5 * (1 + Erf(x / Math.Sqrt(2))) + x * Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);

    /// <summary>erf to 1.5e-7 (Abramowitz and Stegun 7.1.26), enough for float32 layers.</summary>
    public static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
