// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core.Problem;
using Matching.Core.Scoring;
using MathNet.Numerics.LinearAlgebra;

namespace Matching.Core.Rounds;

/// <summary>Criterion weights fitted to how pairs were rated, with the quality of the fit.</summary>
/// <param name="Weights">The fitted weights of <paramref name="Fitted"/>, scaled to sum to 100 (the scale of the default weights).</param>
/// <param name="Fitted">The criteria that were fitted: those that count for every rated pair and vary between pairs.</param>
/// <param name="Count">The number of rated pairs used (n).</param>
/// <param name="RSquared">The share of the variance of the ratings the fit explains, on all pairs.</param>
/// <param name="HeldOutError">The root-mean-square error of predicted ratings (1–5 scale) on held-out pairs (k-fold cross-validation); NaN with fewer than 2 pairs per fold.</param>
/// <param name="Skipped">The rated pairs that could not be used, with why (someone left the program, a hard rule forbids the pair).</param>
public sealed record LearnedWeights(
    IReadOnlyDictionary<Criterion, double> Weights,
    IReadOnlyList<Criterion> Fitted,
    int Count,
    double RSquared,
    double HeldOutError,
    int Skipped);

/// <summary>
/// Fits criterion weights to ratings: the rating, scaled to [0, 1] as (rating − 1) ÷ 4, is modelled as the weighted
/// mean of the pair's criterion values, y ≈ Σ βc·xc with β ≥ 0 (non-negative least squares, Lawson and Hanson 1974,
/// each step a small ridge-regularized solve with MathNet.Numerics). The weights are β scaled to sum to 100.
/// </summary>
/// <remarks>
/// Only criteria that count for every rated pair (affinity and preference are opt-in) and vary between the rated pairs
/// are fitted; the others keep their configured weights. Deterministic: folds are assigned by position.
/// </remarks>
public static class WeightLearner
{
    /// <summary>Fits weights to the feedback on pairs of <paramref name="problem"/>.</summary>
    /// <param name="problem">The scored program the rated people belong to.</param>
    /// <param name="feedback">The ratings.</param>
    /// <param name="folds">The number of cross-validation folds. Default 5.</param>
    /// <param name="ridge">The ridge regularization (per pair) of each least-squares step. Default 1e-6.</param>
    /// <returns>The fitted weights and their fit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 3 usable rated pairs, or no criterion varies.</exception>
    public static LearnedWeights Fit(MatchingProblem problem, IReadOnlyList<PairFeedback> feedback, int folds = 5, double ridge = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var people = new PeopleIndex(problem.Participants);
        var rows = new List<(int Mentee, double[] Values, double Rating)>();
        int skipped = 0;
        foreach (PairFeedback rated in feedback)
        {
            int mentee = people.Find(rated.Mentee);
            int mentor = people.Find(rated.Mentor);
            if (mentee < 0 || mentor < 0 || mentee == mentor || problem.Scorer.Check(mentee, mentor) != BlockReason.None)
            {
                skipped++;
                continue;
            }

            var values = new double[WeightedScorer.CriterionCount];
            problem.Scorer.Score(mentee, mentor, values);
            rows.Add((mentee, values, Math.Clamp(rated.Rating, 1, 5)));
        }

        Criterion[] fitted = [.. Enum.GetValues<Criterion>().Where(c =>
            rows.All(r => problem.Scorer.Counts(r.Mentee, c))
            && rows.Count > 0
            && rows.Max(r => r.Values[(int)c]) - rows.Min(r => r.Values[(int)c]) > 1e-9)];
        if (rows.Count < 3 || fitted.Length == 0)
        {
            throw new ArgumentException($"Need at least 3 usable rated pairs whose criteria vary; got {rows.Count} usable pair(s) ({skipped} skipped).", nameof(feedback));
        }

        double[][] x = [.. rows.Select(r => fitted.Select(c => r.Values[(int)c]).ToArray())];
        double[] y = [.. rows.Select(r => (r.Rating - 1) / 4.0)];
        double[] beta = NonNegativeLeastSquares(x, y, ridge);
        double rSquared = RSquared(x, y, beta);

        double squared = 0;
        int held = 0;
        for (int fold = 0; fold < folds; fold++)
        {
            int[] train = [.. Enumerable.Range(0, rows.Count).Where(r => r % folds != fold)];
            int[] test = [.. Enumerable.Range(0, rows.Count).Where(r => r % folds == fold)];
            if (train.Length < 2 || test.Length == 0)
            {
                continue;
            }

            double[] b = NonNegativeLeastSquares([.. train.Select(r => x[r])], [.. train.Select(r => y[r])], ridge);
            foreach (int r in test)
            {
                double error = 4 * (Predict(x[r], b) - y[r]);
                squared += error * error;
                held++;
            }
        }

        double sum = beta.Sum();
        var weights = new Dictionary<Criterion, double>();
        for (int c = 0; c < fitted.Length; c++)
        {
            weights[fitted[c]] = sum > 0 ? 100 * beta[c] / sum : 0;
        }

        return new LearnedWeights(weights, fitted, rows.Count, rSquared, held == 0 ? double.NaN : Math.Sqrt(squared / held), skipped);
    }

    /// <summary>Lawson–Hanson active-set NNLS: min ‖Xβ − y‖² subject to β ≥ 0.</summary>
    internal static double[] NonNegativeLeastSquares(double[][] x, double[] y, double ridge)
    {
        int n = x.Length;
        int p = x[0].Length;
        Matrix<double> a = Matrix<double>.Build.DenseOfRowArrays(x);
        Vector<double> b = Vector<double>.Build.DenseOfArray(y);
        var beta = Vector<double>.Build.Dense(p);
        var passive = new bool[p];
        const double tolerance = 1e-10;
        for (int iteration = 0; iteration < 3 * p; iteration++)
        {
            Vector<double> gradient = a.TransposeThisAndMultiply(b - (a * beta));
            int best = -1;
            for (int j = 0; j < p; j++)
            {
                if (!passive[j] && gradient[j] > tolerance && (best < 0 || gradient[j] > gradient[best]))
                {
                    best = j;
                }
            }

            if (best < 0)
            {
                break;
            }

            passive[best] = true;
            while (true)
            {
                Vector<double> s = SolvePassive(a, b, passive, ridge * n);
                if (Enumerable.Range(0, p).All(j => !passive[j] || s[j] > tolerance))
                {
                    beta = s;
                    break;
                }

                double alpha = 1;
                for (int j = 0; j < p; j++)
                {
                    if (passive[j] && s[j] <= tolerance)
                    {
                        alpha = Math.Min(alpha, beta[j] / (beta[j] - s[j]));
                    }
                }

                beta += alpha * (s - beta);
                for (int j = 0; j < p; j++)
                {
                    if (passive[j] && beta[j] <= tolerance)
                    {
                        passive[j] = false;
                        beta[j] = 0;
                    }
                }
            }
        }

        return [.. beta];
    }

    private static Vector<double> SolvePassive(Matrix<double> a, Vector<double> b, bool[] passive, double ridge)
    {
        int[] columns = [.. Enumerable.Range(0, passive.Length).Where(j => passive[j])];
        var result = Vector<double>.Build.Dense(passive.Length);
        if (columns.Length == 0)
        {
            return result;
        }

        Matrix<double> sub = Matrix<double>.Build.DenseOfColumnVectors(columns.Select(a.Column));
        Matrix<double> normal = sub.TransposeThisAndMultiply(sub) + (Matrix<double>.Build.DenseIdentity(columns.Length) * ridge);
        Vector<double> solution = normal.Cholesky().Solve(sub.TransposeThisAndMultiply(b));
        for (int k = 0; k < columns.Length; k++)
        {
            result[columns[k]] = solution[k];
        }

        return result;
    }

    private static double Predict(double[] values, double[] beta)
    {
        double sum = 0;
        for (int c = 0; c < values.Length; c++)
        {
            sum += values[c] * beta[c];
        }

        return sum;
    }

    private static double RSquared(double[][] x, double[] y, double[] beta)
    {
        double mean = y.Average();
        double total = y.Sum(v => (v - mean) * (v - mean));
        double residual = Enumerable.Range(0, y.Length).Sum(r => Math.Pow(Predict(x[r], beta) - y[r], 2));
        return total == 0 ? 1 : 1 - (residual / total);
    }
}
