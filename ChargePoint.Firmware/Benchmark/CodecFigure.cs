namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>One codec operation measured: mean time, bytes allocated per operation (-1: not measurable) and bytes the result keeps.</summary>
    public sealed class CodecFigure
    {
        public double Micros;

        public double AllocatedBytes = -1;

        public double RetainedBytes;
    }
}
