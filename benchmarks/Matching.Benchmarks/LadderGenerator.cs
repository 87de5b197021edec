// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Matching.IO.Dimacs;
using Matching.Solvers.Flow;
using Matching.TestUtils;

namespace Matching.Benchmarks;

/// <summary>
/// <c>generate-ladder DIR</c>: writes every rung of <see cref="LadderInstances.Rungs"/> as <c>DIR/NAME.min</c>
/// (DIMACS, via <see cref="DimacsWriter"/>) and records each optimal cost — found by the network simplex and proved
/// by <see cref="FlowCertificate"/> — in <c>DIR/known.tsv</c>, which <see cref="Ladder"/> checks against.
/// </summary>
internal static class LadderGenerator
{
    /// <summary>Name of the file of certified optima in the instance directory.</summary>
    public const string KnownFile = "known.tsv";

    public static int Run(string directory)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(directory);
        var known = new StringBuilder("name\tmentees\tmentors\tk\tseed\tnodes\tarcs\toptimal_cost\n");
        foreach (LadderRung rung in LadderInstances.Rungs)
        {
            var watch = Stopwatch.StartNew();
            FlowNetwork network = LadderInstances.Generate(rung);
            double generateSeconds = watch.Elapsed.TotalSeconds;
            long? optimum = LadderInstances.CertifiedOptimum(network);
            if (optimum is null)
            {
                Console.Error.WriteLine($"{rung.Name}: the network simplex's answer failed the certificate check; nothing recorded.");
                return 1;
            }

            string path = Path.Combine(directory, rung.Name + ".min");
            string temporary = path + ".tmp";
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
            {
                string comment = string.Create(inv, $"Matching benchmark ladder rung {rung.Name}: {rung.Mentees} mentees, {rung.Mentors} mentors, k={rung.K}, seed={rung.Seed}\ncertified optimal cost {optimum}");
                DimacsWriter.Write(network, writer, comment);
            }

            File.Move(temporary, path, overwrite: true);
            known.Append(string.Create(inv, $"{rung.Name}\t{rung.Mentees}\t{rung.Mentors}\t{rung.K}\t{rung.Seed}\t{network.NodeCount}\t{network.ArcCount}\t{optimum}\n"));
            Console.WriteLine(string.Create(inv, $"{rung.Name}: {network.NodeCount} nodes, {network.ArcCount} arcs, optimum {optimum:N0} (certified), generated in {generateSeconds:0.0} s, total {watch.Elapsed.TotalSeconds:0.0} s"));
        }

        string knownPath = Path.Combine(directory, KnownFile);
        File.WriteAllText(knownPath + ".tmp", known.ToString());
        File.Move(knownPath + ".tmp", knownPath, overwrite: true);
        Console.WriteLine($"wrote {knownPath}");
        return 0;
    }

    /// <summary>Reads <c>DIR/known.tsv</c>: rung name to certified optimal cost, in file order.</summary>
    /// <exception cref="InvalidDataException">A line is malformed (the message names file and line).</exception>
    public static List<(string Name, long Cost)> ReadKnown(string directory)
    {
        string path = Path.Combine(directory, KnownFile);
        var result = new List<(string Name, long Cost)>();
        string[] lines = File.ReadAllLines(path);
        for (int l = 1; l < lines.Length; l++)
        {
            if (lines[l].Length == 0)
            {
                continue;
            }

            string[] f = lines[l].Split('\t');
            if (f.Length < 8 || !long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out long cost))
            {
                throw new InvalidDataException($"{path}:{l + 1}: expected 8 tab-separated fields ending in an integer cost.");
            }

            result.Add((f[0], cost));
        }

        return result;
    }
}
