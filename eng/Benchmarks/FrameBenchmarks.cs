using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ChargePoint.Benchmarks
{
    /// <summary>BenchmarkDotNet suite: per frame, encode and decode with every codec; ours is the baseline of each group.</summary>
    [MemoryDiagnoser]
    [CategoriesColumn]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
    public class FrameBenchmarks
    {
        private FrameCodec _ours = null!, _stj = null!, _stjGen = null!, _newtonsoft = null!;
        private int _frame;

        public static IEnumerable<string> FrameNames()
        {
            foreach (var f in Corpus.All)
            {
                yield return f.Name;
            }
        }

        [ParamsSource(nameof(FrameNames))]
        public string Frame { get; set; } = "";

        [GlobalSetup]
        public void Setup()
        {
            var all = Codecs.CreateAll();
            _ours = all[0];
            _stj = all[1];
            _stjGen = all[2];
            _newtonsoft = all[3];
            _frame = System.Array.IndexOf(Corpus.All, Corpus.Find(Frame));
        }

        [Benchmark(Baseline = true), BenchmarkCategory("Encode")]
        public string Ours_Encode() => _ours.Encode(_frame);

        [Benchmark, BenchmarkCategory("Encode")]
        public string StjReflection_Encode() => _stj.Encode(_frame);

        [Benchmark, BenchmarkCategory("Encode")]
        public string StjSourceGen_Encode() => _stjGen.Encode(_frame);

        [Benchmark, BenchmarkCategory("Encode")]
        public string Newtonsoft_Encode() => _newtonsoft.Encode(_frame);

        [Benchmark(Baseline = true), BenchmarkCategory("Decode")]
        public object Ours_Decode() => _ours.Decode(_frame);

        [Benchmark, BenchmarkCategory("Decode")]
        public object StjReflection_Decode() => _stj.Decode(_frame);

        [Benchmark, BenchmarkCategory("Decode")]
        public object StjSourceGen_Decode() => _stjGen.Decode(_frame);

        [Benchmark, BenchmarkCategory("Decode")]
        public object Newtonsoft_Decode() => _newtonsoft.Decode(_frame);
    }
}
