// Copyright (c) Matching contributors. Licensed under the MIT License.

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Matching.Benchmarks;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher with the memory diagnoser, or with <c>generate-ladder DIR</c> the ladder's
/// instances and certified optima written into DIR, or with <c>ladder DIR [network-simplex|ssp|ortools]</c>
/// the plain timing of the DIMACS ladder in DIR, or with <c>pods [mentees mentors seconds seed workers]</c> one pod
/// solve (see <c>benchmarks/README.md</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "ladder")
        {
            return Ladder.RunAll(args[1], args.Length >= 3 ? args[2] : "network-simplex");
        }

        if (args.Length >= 2 && args[0] == "generate-ladder")
        {
            return LadderGenerator.Run(args[1]);
        }

        if (args.Length >= 1 && args[0] == "pods")
        {
            return PodBenchmark.Run(args[1..]);
        }

        if (args.Length >= 2 && args[0] == "ladder-one")
        {
            return Ladder.RunOne(args[1], args.Length >= 3 ? args[2] : "network-simplex");
        }

        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
