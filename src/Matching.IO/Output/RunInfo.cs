// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.IO.Output;

/// <summary>What a run was made from, recorded in <c>summary.json</c> so a matching can be reproduced and audited.</summary>
/// <param name="Version">The Matching version.</param>
/// <param name="Inputs">Each input file's name and SHA-256.</param>
/// <param name="ConfigSha256">The SHA-256 of the mapping file, or null when the defaults were used.</param>
/// <param name="Options">The command-line settings that change the result (penalty, language, program start, …).</param>
/// <param name="Seed">The random seed, or null when nothing random was used.</param>
public sealed record RunInfo(
    string Version,
    IReadOnlyList<(string File, string Sha256)> Inputs,
    string? ConfigSha256,
    IReadOnlyList<(string Name, string Value)> Options,
    int? Seed);
