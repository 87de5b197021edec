// Copyright (c) Matching contributors. Licensed under the MIT License.

using Matching.Core;
using Matching.Core.Domain;
using Matching.Core.Results;
using Matching.IO.Survey;
using NodaTime;

namespace Matching.Cli;

/// <summary>What <see cref="ProgramInputs.Load"/> read: each file's result, the merged participants, the mapping.</summary>
internal sealed record LoadedProgram(
    IReadOnlyList<(FileInfo File, SurveyReadResult Result)> Reads,
    IReadOnlyList<Participant> Participants,
    SurveyMapping? Mapping,
    IReadOnlyList<(string File, string Sha256)> InputHashes,
    string? MappingSha256,
    LocalDate ProgramStart)
{
    /// <summary>Gets pairs that must not be formed again (from --exclude-pairs).</summary>
    public IReadOnlyList<(string Mentee, string Mentor)> ExcludedPairs { get; init; } = [];

    /// <summary>Gets pairs that continue (from --keep-pairs).</summary>
    public IReadOnlyList<(string Mentee, string Mentor)> KeptPairs { get; init; } = [];

    public bool HasErrors => Reads.Any(r => r.Result.HasErrors);

    public bool HasHeaderErrors => Reads.Any(r => r.Result.Mapping is null);

    public int ErrorCount => Reads.Sum(r => r.Result.Errors.Count());

    public string FileNames => string.Join(", ", Reads.Select(r => r.File.Name));

    /// <summary>What a run of this program was made from, without options (the subtitle of a peer or group report).</summary>
    public IO.Output.RunInfo RunInfo() => new(CliApp.Version, InputHashes, MappingSha256, [], Seed: null);

    /// <summary>The matching options of the mapping file, with command-line overrides.</summary>
    public MatchingOptions MatchingOptions(double? penalty = null, ExplanationLanguage language = ExplanationLanguage.English) => new()
    {
        UnmatchedPenalty = penalty ?? Mapping?.UnmatchedPenalty,
        Language = language,
        MinimumLoad = Mapping?.MinimumLoad ?? 0,
        LoadPenalty = Mapping?.LoadPenalty ?? 0,
        LockedPairs = [.. Mapping?.LockedPairs ?? [], .. KeptPairs],
        ForbiddenPairs = ExcludedPairs,
    };
}
