// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.CommandLine;
using System.Security.Cryptography;
using Matching.Core.Domain;
using Matching.Core.Rounds;
using Matching.Core.Scoring;
using Matching.IO;
using Matching.IO.Survey;

namespace Matching.Cli;

/// <summary>
/// The program-over-time options shared by <c>run</c>, <c>compare</c>, <c>rematch</c>, <c>place</c> and <c>suggest</c>:
/// earlier rounds (<c>--history DIR</c> or <c>--previous FILE</c>), feedback, how repeats and fatigue are handled,
/// and what happens to incomplete profiles. <see cref="Load"/> turns them into a <see cref="RoundPlan"/>.
/// </summary>
internal sealed class RoundInputs
{
    public Option<DirectoryInfo?> HistoryOption { get; } = new("--history")
    {
        Description = "A folder of earlier rounds, one subfolder per round in name order (round1, round2, …), each as 'match run --out' wrote it: matches.csv and, where present, unmatched.csv, mentors.csv and feedback.csv.",
    };

    public Option<FileInfo[]> PreviousOption { get; } = new("--previous")
    {
        Description = "An earlier round's matches.csv, oldest first; unmatched.csv, mentors.csv and feedback.csv beside it are read too. Repeatable.",
    };

    public Option<FileInfo[]> FeedbackOption { get; } = new("--feedback")
    {
        Description = "A feedback.csv (Mentee, Mentor, Rating 1-5, Would continue yes/no; other columns are never read): a pair rated badly is never proposed again. Repeatable.",
    };

    public Option<string> RepeatsOption { get; } = new Option<string>("--repeats")
    {
        Description = "Pairs of earlier rounds (either direction for peers): forbid (default) or penalize (--repeat-penalty points).",
        DefaultValueFactory = _ => "forbid",
    }.AcceptOnlyFromAmong("forbid", "penalize");

    public Option<double> RepeatPenaltyOption { get; } = new("--repeat-penalty")
    {
        Description = "Score points a repeated pair costs with --repeats penalize. Default 25.",
        DefaultValueFactory = _ => 25,
    };

    public Option<int> BadRatingOption { get; } = new("--bad-rating")
    {
        Description = "A pair rated at or below this (1-5), or that would not continue, is never proposed again. Default 2.",
        DefaultValueFactory = _ => 2,
    };

    public Option<int> FatigueRoundsOption { get; } = new("--fatigue-rounds")
    {
        Description = "A mentor at full load in this many recent rounds in a row is fatigued (0 = off). Default 2.",
        DefaultValueFactory = _ => 2,
    };

    public Option<int> CooldownOption { get; } = new("--cooldown-rounds")
    {
        Description = "Rounds below full load after which a mentor's fatigue is gone. Default 1.",
        DefaultValueFactory = _ => 1,
    };

    public Option<string> FatigueOption { get; } = new Option<string>("--fatigue")
    {
        Description = "How fatigue applies: load-penalty (a fatigued mentor's extra mentees cost more points, so rested mentors with room are used first; default) or capacity (one place fewer per round of fatigue, even if mentees stay unmatched).",
        DefaultValueFactory = _ => "load-penalty",
    }.AcceptOnlyFromAmong("load-penalty", "capacity");

    public Option<string> IncompleteOption { get; } = new Option<string>("--incomplete")
    {
        Description = "Mentees missing answers the enabled criteria need: last (matched after everyone complete; default), exclude (not matched), include (matched like everyone).",
        DefaultValueFactory = _ => "last",
    }.AcceptOnlyFromAmong("last", "exclude", "include");

    /// <summary>Adds the history, feedback and profile options.</summary>
    public void AddTo(Command command, bool history = true, bool incomplete = true)
    {
        if (history)
        {
            command.Add(HistoryOption);
            command.Add(PreviousOption);
            command.Add(RepeatsOption);
            command.Add(RepeatPenaltyOption);
            command.Add(FatigueRoundsOption);
            command.Add(CooldownOption);
            command.Add(FatigueOption);
        }

        command.Add(FeedbackOption);
        command.Add(BadRatingOption);
        if (incomplete)
        {
            command.Add(IncompleteOption);
        }
    }

    /// <summary>What was loaded: the earlier rounds, feedback, and the plan for this round.</summary>
    public sealed record Loaded(IReadOnlyList<PastRound> Rounds, IReadOnlyList<PairFeedback> Feedback, RoundPlan Plan, IReadOnlyList<IncompleteProfile> Incomplete, IReadOnlyList<(string File, string Sha256)> Hashes)
    {
        public bool ChangesMatching => Plan != RoundPlan.Empty;
    }

    /// <summary>Reads the rounds and feedback and builds the plan; null (reported) when a file is unreadable or has errors.</summary>
    public Loaded? Load(CliConsole console, ParseResult parseResult, IReadOnlyList<Participant> participants, ScoringOptions? scoring)
    {
        var hashes = new List<(string, string)>();
        var rounds = new List<PastRound>();
        var folders = new List<(string Name, DirectoryInfo Folder, FileInfo Matches)>();
        if (Has(parseResult, HistoryOption) && parseResult.GetValue(HistoryOption) is { } history)
        {
            if (!history.Exists)
            {
                console.Error.WriteLine($"{history.Name}: error: the history folder does not exist");
                return null;
            }

            if (File.Exists(Path.Combine(history.FullName, "matches.csv")))
            {
                folders.Add((history.Name, history, new FileInfo(Path.Combine(history.FullName, "matches.csv"))));
            }

            foreach (DirectoryInfo round in history.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                string matches = Path.Combine(round.FullName, "matches.csv");
                if (File.Exists(matches))
                {
                    folders.Add((round.Name, round, new FileInfo(matches)));
                }
            }

            if (folders.Count == 0)
            {
                console.Error.WriteLine($"{history.Name}: error: no round found: expected subfolders (round1, round2, …) with a matches.csv each");
                return null;
            }
        }

        foreach (FileInfo file in Has(parseResult, PreviousOption) ? parseResult.GetValue(PreviousOption) ?? [] : [])
        {
            DirectoryInfo folder = file.Directory ?? new DirectoryInfo(".");
            folders.Add((folder.Name + "/" + file.Name, folder, file));
        }

        foreach (var (name, folder, matches) in folders)
        {
            (TextReader, string)? Optional(string file) =>
                File.Exists(Path.Combine(folder.FullName, file)) && ReadText(console, new FileInfo(Path.Combine(folder.FullName, file)), hashes) is { } text ? (new StringReader(text), file) : null;

            if (ReadText(console, matches, hashes) is not { } matchesText)
            {
                return null;
            }

            var (round, problems) = PastRoundReader.Read(name, (new StringReader(matchesText), matches.Name), Optional("unmatched.csv"), Optional("mentors.csv"), Optional("feedback.csv"));
            if (!Report(console, name, problems) || round is null)
            {
                return null;
            }

            rounds.Add(round);
        }

        var extra = new List<PairFeedback>();
        foreach (FileInfo file in parseResult.GetValue(FeedbackOption) ?? [])
        {
            if (ReadText(console, file, hashes) is not { } text)
            {
                return null;
            }

            var (read, problems) = FeedbackReader.Read(new StringReader(text), file.Name);
            if (!Report(console, string.Empty, problems))
            {
                return null;
            }

            extra.AddRange(read);
        }

        HistoryOptions options = Options(parseResult);
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException)
        {
            console.Error.WriteLine("error: --repeat-penalty must be 0-100 points, --bad-rating 0-5, --fatigue-rounds ≥ 0 and --cooldown-rounds ≥ 1.");
            return null;
        }

        // Feedback given on the command line counts as feedback on the latest round.
        IReadOnlyList<PastRound> basis = rounds.Count == 0
            ? [new PastRound { Name = "feedback", Pairs = [], Feedback = extra }]
            : [.. rounds[..^1], WithFeedback(rounds[^1], extra)];
        RoundPlan plan = rounds.Count == 0 && extra.Count == 0 ? RoundPlan.Empty : RoundHistory.Plan(participants, basis, options);
        IReadOnlyList<IncompleteProfile> incomplete = ProfileCompleteness.Find(participants, scoring);
        if (Has(parseResult, IncompleteOption))
        {
            IncompleteProfiles policy = parseResult.GetValue(IncompleteOption) switch { "exclude" => IncompleteProfiles.Exclude, "include" => IncompleteProfiles.Include, _ => IncompleteProfiles.Last };
            RoundPlan profiles = ProfileCompleteness.Plan(participants, incomplete, policy);
            if (profiles != RoundPlan.Empty)
            {
                plan = plan == RoundPlan.Empty ? profiles : plan.With(profiles);
            }
        }

        return new Loaded(rounds, [.. basis.SelectMany(r => r.Feedback)], plan, incomplete, hashes);
    }

    /// <summary>The history options given on the command line.</summary>
    public HistoryOptions Options(ParseResult parseResult) => new()
    {
        Repeats = Value(parseResult, RepeatsOption, "forbid") == "penalize" ? RepeatPolicy.Penalize : RepeatPolicy.Forbid,
        RepeatPenalty = Value(parseResult, RepeatPenaltyOption, 25.0),
        BadRating = parseResult.GetValue(BadRatingOption),
        FatigueRounds = Value(parseResult, FatigueRoundsOption, 2),
        CooldownRounds = Value(parseResult, CooldownOption, 1),
        Fatigue = Value(parseResult, FatigueOption, "load-penalty") == "capacity" ? FatigueMode.Capacity : FatigueMode.LoadPenalty,
    };

    /// <summary>Reads a small input file as text; null (reported) when it cannot be read.</summary>
    public static string? ReadText(CliConsole console, FileInfo file, List<(string File, string Sha256)>? hashes = null)
    {
        try
        {
            if (!file.Exists)
            {
                console.Error.WriteLine($"{file.Name}: error: the file does not exist");
                return null;
            }

            if (file.Length > ProgramInputs.MaxFileBytes)
            {
                console.Error.WriteLine($"{file.Name}: error: the file is {file.Length / (1024 * 1024)} MiB; at most {ProgramInputs.MaxFileBytes / (1024 * 1024)} MiB are accepted");
                return null;
            }

            byte[] bytes = File.ReadAllBytes(file.FullName);
            hashes?.Add((file.Name, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            return SurveyText.Decode(bytes).Text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{file.Name}: error: cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads a pair list (matches.csv, ended.csv); null (reported) on any error.</summary>
    public static IReadOnlyList<(string Mentee, string Mentor)>? ReadPairs(CliConsole console, FileInfo file, List<(string File, string Sha256)>? hashes = null)
    {
        if (ReadText(console, file, hashes) is not { } text)
        {
            return null;
        }

        var (pairs, problems) = PairListReader.Read(new StringReader(text), file.Name);
        return Report(console, string.Empty, problems) ? pairs : null;
    }

    private static bool Report(CliConsole console, string round, IReadOnlyList<SurveyDiagnostic> problems)
    {
        foreach (SurveyDiagnostic problem in problems)
        {
            console.Error.WriteLine(round.Length > 0 ? $"{round}/{problem}" : problem.ToString());
        }

        return !problems.Any(p => p.Severity == DiagnosticSeverity.Error);
    }

    private static PastRound WithFeedback(PastRound round, List<PairFeedback> feedback) => feedback.Count == 0 ? round : new()
    {
        Name = round.Name,
        Pairs = round.Pairs,
        UnmatchedMentees = round.UnmatchedMentees,
        MentorLoads = round.MentorLoads,
        Feedback = [.. round.Feedback, .. feedback],
    };

    private static bool Has(ParseResult parseResult, Option option) => parseResult.CommandResult.Command.Options.Contains(option);

    private static T Value<T>(ParseResult parseResult, Option<T> option, T fallback) => Has(parseResult, option) ? parseResult.GetValue(option)! : fallback;
}
