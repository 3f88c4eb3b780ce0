using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// Quick mode: a manual loop per frame × codec × operation. Bytes per op come from
    /// GC.GetAllocatedBytesForCurrentThread (exact, the same counter MemoryDiagnoser uses); time is a Stopwatch mean
    /// after warm-up (indicative only; use the BenchmarkDotNet mode for publishable times).
    /// </summary>
    public static class QuickRunner
    {
        public static void Run(int iterations)
        {
            var codecs = Codecs.CreateAll();
            var sb = new StringBuilder();
            sb.AppendLine("| Frame | Op | Codec | Mean (ns) | Allocated (B/op) | Time ratio | Alloc ratio |");
            sb.AppendLine("|---|---|---|---:|---:|---:|---:|");
            for (int f = 0; f < Corpus.All.Length; f++)
            {
                foreach (bool encode in new[] { true, false })
                {
                    double baseNs = 0, baseBytes = 0;
                    foreach (var codec in codecs)
                    {
                        Measure(codec, f, encode, iterations, out double ns, out double bytes);
                        if (codec == codecs[0])
                        {
                            baseNs = ns;
                            baseBytes = bytes;
                        }

                        sb.Append("| ").Append(Corpus.All[f].Name).Append(" | ").Append(encode ? "Encode" : "Decode")
                            .Append(" | ").Append(codec.Name)
                            .Append(" | ").Append(ns.ToString("F0", CultureInfo.InvariantCulture))
                            .Append(" | ").Append(bytes.ToString("F0", CultureInfo.InvariantCulture))
                            .Append(" | ").Append(Ratio(ns, baseNs))
                            .Append(" | ").Append(Ratio(bytes, baseBytes))
                            .AppendLine(" |");
                    }
                }
            }

            Console.Write(sb.ToString());
        }

        private static string Ratio(double value, double baseline) =>
            baseline <= 0 ? (value <= 0 ? "1.00" : "∞") : (value / baseline).ToString("F2", CultureInfo.InvariantCulture);

        private static void Measure(FrameCodec codec, int frame, bool encode, int iterations, out double ns, out double bytes)
        {
            object sink = null;
            for (int i = 0; i < iterations / 4 + 100; i++)
            {
                sink = encode ? codec.Encode(frame) : codec.Decode(frame);
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                sink = encode ? codec.Encode(frame) : codec.Decode(frame);
            }

            sw.Stop();
            long after = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(sink);
            ns = sw.Elapsed.TotalMilliseconds * 1e6 / iterations;
            bytes = (double)(after - before) / iterations;
        }
    }
}
