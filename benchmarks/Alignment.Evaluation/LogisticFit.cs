namespace Alignment.Evaluation;

/// <summary>One labelled example of a logistic fit: its evidence vector (the first entry 1, the intercept), its label and its weight.</summary>
public readonly record struct LogisticExample(double[] Evidence, bool Label, double Weight);

/// <summary>
/// Weighted L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares): the
/// fit of the aligner's bead-confidence models (<c>AlignmentModel.MatchedConfidenceWeights</c>,
/// <c>UnmatchedConfidenceWeights</c>; command <c>confidence</c> of the benchmarks). Minimises
/// Σ wᵢ·logloss(σ(β·xᵢ), yᵢ) / Σ wᵢ + λ/2·Σ_{j≥1} β_j² (the intercept, entry 0, is not shrunk). The loss is convex,
/// so the result does not depend on where the search starts.
/// </summary>
public static class LogisticFit
{
    /// <summary>Fits the weights; <paramref name="l2"/> is λ. Stops when a Newton step changes no weight by more than 1e-9, or after 200 steps.</summary>
    public static double[] Fit(IReadOnlyList<LogisticExample> examples, double l2)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("no examples to fit", nameof(examples));
        }

        int d = examples[0].Evidence.Length;
        double total = examples.Sum(e => e.Weight);
        var beta = new double[d];
        double loss = Loss(examples, beta, l2, total);
        for (int step = 0; step < 200; step++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var e in examples)
            {
                double p = Sigmoid(Dot(beta, e.Evidence));
                double c = e.Weight / total;
                double r = c * (p - (e.Label ? 1 : 0));
                double h = c * Math.Max(p * (1 - p), 1e-12);
                for (int a = 0; a < d; a++)
                {
                    gradient[a] += r * e.Evidence[a];
                    for (int b = 0; b <= a; b++)
                    {
                        hessian[a, b] += h * e.Evidence[a] * e.Evidence[b];
                    }
                }
            }

            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b < a; b++)
                {
                    hessian[b, a] = hessian[a, b];
                }

                // The intercept gets a hair of ridge too, so a separable problem still has a solvable system.
                double ridge = a == 0 ? 1e-9 : l2;
                gradient[a] += ridge * beta[a];
                hessian[a, a] += ridge;
            }

            var delta = Solve(hessian, gradient);

            // Damped step: halve it until the loss does not rise (Newton overshoots far from the optimum).
            double scale = 1;
            double[] next;
            double nextLoss;
            do
            {
                next = beta.Select((w, k) => w - (scale * delta[k])).ToArray();
                nextLoss = Loss(examples, next, l2, total);
                scale /= 2;
            }
            while (nextLoss > loss + 1e-15 && scale > 1e-6);

            double change = beta.Zip(next, (x, y) => Math.Abs(x - y)).Max();
            (beta, loss) = (next, nextLoss);
            if (change < 1e-9)
            {
                break;
            }
        }

        return beta;
    }

    /// <summary>σ(β·x).</summary>
    public static double Predict(double[] weights, double[] evidence) => Sigmoid(Dot(weights, evidence));

    /// <summary>The regularised mean log loss the fit minimises.</summary>
    public static double Loss(IReadOnlyList<LogisticExample> examples, double[] beta, double l2, double totalWeight)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(beta);
        double loss = 0;
        foreach (var e in examples)
        {
            double z = Dot(beta, e.Evidence);

            // log(1 + e^-z) for a positive label, log(1 + e^z) for a negative one, without overflow.
            double m = e.Label ? -z : z;
            loss += e.Weight * (Math.Max(m, 0) + Math.Log(1 + Math.Exp(-Math.Abs(m))));
        }

        return (loss / totalWeight) + (l2 / 2 * beta.Skip(1).Sum(w => w * w));
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    // Gaussian elimination with partial pivoting (the system is small and symmetric positive definite).
    private static double[] Solve(double[,] matrix, double[] vector)
    {
        int d = vector.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])vector.Clone();
        for (int col = 0; col < d; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < d; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (int k = 0; k < d; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            (b[col], b[pivot]) = (b[pivot], b[col]);
            for (int row = col + 1; row < d; row++)
            {
                double f = a[row, col] / a[col, col];
                for (int k = col; k < d; k++)
                {
                    a[row, k] -= f * a[col, k];
                }

                b[row] -= f * b[col];
            }
        }

        var x = new double[d];
        for (int row = d - 1; row >= 0; row--)
        {
            double sum = b[row];
            for (int k = row + 1; k < d; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }
}
