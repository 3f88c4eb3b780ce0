using ChargePoint.Benchmarks.Peers;

namespace ChargePoint.Benchmarks
{
    public static class Codecs
    {
        /// <summary>All codecs, ours first (the baseline of every ratio).</summary>
        public static FrameCodec[] CreateAll()
        {
            var all = new FrameCodec[]
            {
                new OursCodec(),
                new StjCodec(sourceGenerated: false),
                new StjCodec(sourceGenerated: true),
                new NewtonsoftCodec(),
            };
            foreach (var c in all)
            {
                c.Prepare();
            }

            return all;
        }
    }
}
