// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.Flow;

/// <summary>The verdict of <see cref="FlowCertificate"/>.</summary>
/// <param name="IsFeasible">The flow respects every bound and conserves flow at every node.</param>
/// <param name="IsOptimal">The flow is feasible, its cost is as claimed, and the potentials prove it minimal.</param>
/// <param name="ViolationCount">How many violations were found.</param>
/// <param name="Violations">Descriptions of the first violations, in words.</param>
public sealed record CertificateReport(bool IsFeasible, bool IsOptimal, int ViolationCount, IReadOnlyList<string> Violations)
{
    /// <inheritdoc />
    public override string ToString() => IsOptimal
        ? "optimal (certificate verified)"
        : $"NOT verified: {ViolationCount} violation(s): {string.Join("; ", Violations)}";
}
