// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Matching.Core.Results;
using Matching.Core.Scoring;

namespace Matching.IO.Output;

/// <summary>
/// Writes <c>summary.json</c> (counts, score distribution, solver status, certificate, input and config hashes) and,
/// for apps, the whole result as JSON. Output is deterministic: no timings, invariant numbers, stable order.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class JsonResultWriter
{
    /// <summary>Gets how people are named. Default: real names.</summary>
    public Redactor Redactor { get; init; } = Redactor.None;

    /// <summary>Writes the machine-readable summary.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <param name="summary">Its summary.</param>
    /// <param name="run">What the run was made from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteSummary(TextWriter writer, MatchingResult result, MatchingSummary summary, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        Write(writer, json =>
        {
            json.WriteStartObject();
            WriteSummaryBody(json, result, summary, run);
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the whole result: the summary plus every match with its criteria, the unmatched and the loads.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The matching.</param>
    /// <param name="summary">Its summary.</param>
    /// <param name="run">What the run was made from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteResult(TextWriter writer, MatchingResult result, MatchingSummary summary, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            WriteSummaryBody(json, result, summary, run);
            json.WriteEndObject();
            json.WriteStartArray("matches");
            foreach (Match match in result.Matches)
            {
                json.WriteStartObject();
                WritePerson(json, "mentee", match.Mentee);
                WritePerson(json, "mentor", match.Mentor);
                json.WriteNumber("score", Round(match.Score));
                json.WriteStartArray("reasons");
                foreach (string reason in match.Explanation.Reasons)
                {
                    json.WriteStringValue(reason);
                }

                json.WriteEndArray();
                json.WriteStartObject("criteria");
                foreach (CriterionContribution c in match.Explanation.Contributions)
                {
                    json.WriteStartObject(c.Criterion.ToString());
                    if (c.Criterion == Criterion.Affinity)
                    {
                        // Privacy: only that an affinity preference was honored, never the fraction of shared identity.
                        json.WriteNumber("weight", Round(c.Weight));
                        json.WriteBoolean("honored", c.Value > 0);
                    }
                    else
                    {
                        json.WriteNumber("value", Round(c.Value));
                        json.WriteNumber("weight", Round(c.Weight));
                        json.WriteNumber("points", Round(c.Points));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unmatched");
            foreach (UnmatchedParticipant u in result.Unmatched)
            {
                json.WriteStartObject();
                WritePerson(json, "person", u.Participant);
                json.WriteString("side", u.Side.ToString().ToLowerInvariant());
                json.WriteString("reason", u.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("mentors");
            foreach (MentorLoad load in result.MentorLoads)
            {
                json.WriteStartObject();
                WritePerson(json, "mentor", load.Mentor);
                json.WriteNumber("load", load.Load);
                json.WriteNumber("capacity", load.Capacity);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WritePerson(Utf8JsonWriter json, string name, Core.Domain.Participant person)
    {
        json.WriteStartObject(name);
        json.WriteString("id", Redactor.IsRedacting ? Redactor.NameOf(person) : person.Id);
        json.WriteString("name", Redactor.NameOf(person));
        json.WriteString("email", Redactor.EmailOf(person));
        json.WriteEndObject();
    }

    private static void WriteSummaryBody(Utf8JsonWriter json, MatchingResult result, MatchingSummary summary, RunInfo run)
    {
        json.WriteString("version", run.Version);
        json.WriteStartArray("inputs");
        foreach (var (file, sha) in run.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("sha256", sha);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("config");
        json.WriteString("source", run.ConfigSha256 is null ? "defaults" : "mapping file");
        if (run.ConfigSha256 is { } config)
        {
            json.WriteString("sha256", config);
        }
        else
        {
            json.WriteNull("sha256");
        }

        foreach (var (name, value) in run.Options)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        if (run.Seed is int seed)
        {
            json.WriteNumber("seed", seed);
        }
        else
        {
            json.WriteNull("seed");
        }

        json.WriteString("status", result.Status.ToString());
        json.WriteStartObject("certificate");
        json.WriteBoolean("verified", result.Certificate?.IsOptimal ?? false);
        json.WriteNumber("violations", result.Certificate?.ViolationCount ?? 0);
        json.WriteNumber("pricedPairs", result.PricedPairs);
        if (result.PricingRounds > 0)
        {
            json.WriteNumber("pricingRounds", result.PricingRounds);
            json.WriteNumber("pricingScoredPairs", result.PricingScoredPairs);
        }

        if (result.CandidatesPerMentee is int kept)
        {
            json.WriteString("scope", $"optimal among each mentee's {kept} best mentors (program too large to score every pair)");
        }
        else
        {
            json.WriteString("scope", "optimal over all pairs");
        }
        json.WriteString("method", "min-cost flow; feasibility and complementary slackness checked independently of the solver; pairs left out of the network priced by reduced cost");
        json.WriteEndObject();
        json.WriteNumber("objective", result.Objective);
        json.WriteStartObject("counts");
        json.WriteNumber("participants", summary.Participants);
        json.WriteNumber("mentees", summary.Mentees);
        json.WriteNumber("mentors", summary.Mentors);
        json.WriteNumber("mentorPlaces", summary.MentorPlaces);
        json.WriteNumber("matched", summary.Matched);
        json.WriteNumber("unmatchedMentees", summary.UnmatchedMentees);
        json.WriteNumber("idleMentors", summary.IdleMentors);
        json.WriteEndObject();
        json.WriteStartObject("scores");
        json.WriteNumber("mean", Round(summary.MeanScore));
        json.WriteNumber("median", Round(summary.MedianScore));
        json.WriteNumber("min", Round(summary.MinScore));
        json.WriteNumber("max", Round(summary.MaxScore));
        json.WriteStartArray("histogram");
        for (int band = 0; band < summary.ScoreHistogram.Count; band++)
        {
            json.WriteStartObject();
            json.WriteString("band", string.Create(CultureInfo.InvariantCulture, $"{band * 10}-{(band + 1) * 10}"));
            json.WriteNumber("count", summary.ScoreHistogram[band]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("criteriaSatisfaction");
        foreach (var (criterion, mean) in summary.CriteriaSatisfaction)
        {
            json.WriteNumber(criterion.ToString(), Round(mean));
        }

        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    private static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(json);
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }
}
