using System;
using BenchmarkDotNet.Running;

namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project eng/Benchmarks              full BenchmarkDotNet run (all frames, all codecs)
    /// dotnet run -c Release --project eng/Benchmarks -- --quick   manual-loop table in well under a minute
    /// dotnet run -c Release --project eng/Benchmarks -- --short   BenchmarkDotNet ShortRun job (~2 minutes)
    /// dotnet run -c Release --project eng/Benchmarks -- --crypto  ECDSA P-256 key generation / sign / verify: host time and multiplication counts
    /// Other arguments go to BenchmarkDotNet (e.g. --filter '*Decode*').
    /// Every run first checks that all codecs produce the corpus text exactly and decode it to equal objects.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--crypto")
            {
                CryptoQuickRunner.Run(args.Length > 1 ? int.Parse(args[1]) : 200);
                return 0;
            }

            string problem = Verify.Run();
            if (problem != null)
            {
                Console.Error.WriteLine("corpus check failed: " + problem);
                return 1;
            }

            if (args.Length > 0 && args[0] == "--verify")
            {
                Console.WriteLine("corpus check passed");
                return 0;
            }

            if (args.Length > 0 && args[0] == "--quick")
            {
                int iterations = args.Length > 1 ? int.Parse(args[1]) : 20000;
                QuickRunner.Run(iterations);
                return 0;
            }

            if (args.Length > 0 && args[0] == "--short")
            {
                var rest = args[1..];
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
                    .Run(rest.Length == 0 ? new[] { "--filter", "*", "--job", "short" } : Concat(rest, "--job", "short"));
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args);
            return 0;
        }

        private static string[] Concat(string[] a, params string[] b)
        {
            var r = new string[a.Length + b.Length];
            a.CopyTo(r, 0);
            b.CopyTo(r, a.Length);
            return r;
        }
    }
}
