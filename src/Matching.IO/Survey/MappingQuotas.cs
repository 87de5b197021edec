// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json;
using Matching.Core.Models;

namespace Matching.IO.Survey;

/// <summary>
/// The <c>quotas</c> section of a mapping file: an array of quota objects, each with a <c>name</c> and one rule:
/// <c>{"name": "Sales reach", "field": "Department", "value": "Sales", "minMatched": 1}</c> (or <c>"minPercent": 50</c>),
/// <c>{"name": "mixed pods", "field": "Department", "maxPerPod": 2}</c> (each department on its own; with <c>value</c>
/// only that one), <c>{"name": "every mentor", "everyMentorServed": true}</c>. Errors carry the line of the quota.
/// </summary>
internal static class MappingQuotas
{
    private static readonly string[] Keys = ["name", "field", "value", "minMatched", "minPercent", "maxPerPod", "everyMentorServed", "$comment"];

    /// <summary>Reads the section; <paramref name="error"/> receives (line, message) for every problem.</summary>
    public static List<GroupQuota> Read(JsonElement element, string text, Action<int, string> error)
    {
        var quotas = new List<GroupQuota>();
        int[] lines = ElementLines(text);
        if (element.ValueKind != JsonValueKind.Array)
        {
            error(0, "quotas: expected an array of quota objects, e.g. [{ \"name\": \"Sales reach\", \"field\": \"Department\", \"value\": \"Sales\", \"minMatched\": 1 }]");
            return quotas;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int index = 0;
        foreach (JsonElement q in element.EnumerateArray())
        {
            int line = index < lines.Length ? lines[index] : 0;
            string path = $"quotas[{index}]";
            index++;
            void Error(string message) => error(line, $"{path}: {message}");
            if (q.ValueKind != JsonValueKind.Object)
            {
                Error("expected an object with a name and one rule (minMatched, minPercent, maxPerPod or everyMentorServed)");
                continue;
            }

            foreach (JsonProperty p in q.EnumerateObject())
            {
                if (!Keys.Contains(p.Name, StringComparer.Ordinal))
                {
                    Error($"{p.Name}: unknown setting; expected name, field, value, minMatched, minPercent, maxPerPod or everyMentorServed");
                }
            }

            string? name = q.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(name))
            {
                Error("name: every quota needs a name (a string), which messages report");
                continue;
            }

            path = $"quotas[{index - 1}] (\"{name}\")";
            if (!names.Add(name))
            {
                Error("name: two quotas have this name");
            }

            string? field = null;
            if (q.TryGetProperty("field", out JsonElement f))
            {
                field = f.ValueKind == JsonValueKind.String ? GroupQuota.Fields.FirstOrDefault(x => string.Equals(x, f.GetString(), StringComparison.OrdinalIgnoreCase)) : null;
                if (field is null)
                {
                    Error($"field: expected one of {string.Join(", ", GroupQuota.Fields)}");
                }
            }

            string? value = null;
            if (q.TryGetProperty("value", out JsonElement v))
            {
                value = v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number => v.GetRawText(),
                    _ => null,
                };
                if (value is null)
                {
                    Error("value: expected a text or a number");
                }
                else if (field is null && !q.TryGetProperty("field", out _))
                {
                    Error("value: a value needs a field (e.g. \"field\": \"Department\")");
                }
            }

            int rules = 0;
            int minMatched = 0;
            double minPercent = 0;
            int? maxPerPod = null;
            bool everyMentor = false;
            if (q.TryGetProperty("minMatched", out JsonElement mm))
            {
                rules++;
                if (mm.ValueKind == JsonValueKind.Number && mm.TryGetInt32(out int count) && count >= 1)
                {
                    minMatched = count;
                }
                else
                {
                    Error("minMatched: expected a whole number ≥ 1");
                }
            }

            if (q.TryGetProperty("minPercent", out JsonElement mp))
            {
                rules++;
                if (mp.ValueKind == JsonValueKind.Number && mp.GetDouble() is > 0 and <= 100)
                {
                    minPercent = mp.GetDouble();
                }
                else
                {
                    Error("minPercent: expected a number above 0 and at most 100");
                }
            }

            if ((minMatched > 0 || minPercent > 0) && field is not null && value is null)
            {
                Error("minMatched/minPercent: name the group with a value (e.g. \"value\": \"Sales\"), or leave out the field for all mentees");
            }

            if (q.TryGetProperty("maxPerPod", out JsonElement mx))
            {
                rules++;
                if (mx.ValueKind == JsonValueKind.Number && mx.TryGetInt32(out int most) && most >= 1)
                {
                    maxPerPod = most;
                }
                else
                {
                    Error("maxPerPod: expected a whole number ≥ 1");
                }

                if (field is null && !q.TryGetProperty("field", out _))
                {
                    Error("maxPerPod: needs a field (e.g. \"field\": \"Department\")");
                }
            }

            if (q.TryGetProperty("everyMentorServed", out JsonElement em))
            {
                rules++;
                if (em.ValueKind == JsonValueKind.True)
                {
                    everyMentor = true;
                }
                else if (em.ValueKind != JsonValueKind.False)
                {
                    Error("everyMentorServed: expected true or false");
                }
            }

            if (rules == 0)
            {
                Error("no rule; expected one of minMatched, minPercent, maxPerPod or everyMentorServed");
            }
            else if (rules > 1)
            {
                Error("more than one rule; write one quota per rule");
            }

            quotas.Add(new GroupQuota(name) { Field = field, Value = value, MinMatched = minMatched, MinPercent = minPercent, MaxPerPod = maxPerPod, EveryMentorServed = everyMentor });
        }

        return quotas;
    }

    /// <summary>The 1-based line of each element of the root's <c>quotas</c> array (JsonElement keeps no positions).</summary>
    private static int[] ElementLines(string text)
    {
        var lines = new List<int>();
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        bool inQuotas = false;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    inQuotas = reader.ValueTextEquals("quotas");
                }
                else if (inQuotas && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    int line = 1;
                    for (long k = 0; k < reader.TokenStartIndex; k++)
                    {
                        line += bytes[k] == (byte)'\n' ? 1 : 0;
                    }

                    lines.Add(line);
                }
            }
        }
        catch (JsonException)
        {
            // The document parsed once already; a reader failure only loses line numbers.
        }

        return [.. lines];
    }
}
