// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Solvers.General;

/// <summary>The verdict of <see cref="GeneralMatchingCertificate"/>.</summary>
/// <param name="Failed">The first condition that failed, or <see cref="CertificateCondition.None"/>.</param>
/// <param name="Message">What failed, in words (vertex and blossom indices, values); empty when verified.</param>
public sealed record CertificateVerdict(CertificateCondition Failed, string Message)
{
    /// <summary>Gets a value indicating whether every condition holds, which proves the matching optimal.</summary>
    public bool IsOptimal => Failed == CertificateCondition.None;

    /// <inheritdoc />
    public override string ToString() => IsOptimal ? "optimal (certificate verified)" : $"NOT verified ({Failed}): {Message}";
}
