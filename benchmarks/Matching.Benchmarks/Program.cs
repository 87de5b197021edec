// Copyright (c) Matching contributors. Licensed under the MIT License.

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Matching.Benchmarks;

/// <summary>
/// Entry point. <c>ladder DIR</c> times the solvers on the DIMACS ladder in DIR and prints a markdown table;
/// anything else goes to BenchmarkDotNet's switcher.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "ladder")
        {
            return Ladder.RunAll(args[1], args.Length >= 3 ? args[2] : "network-simplex");
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
