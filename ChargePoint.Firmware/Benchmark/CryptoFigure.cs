namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>The P-256 ECDSA of ChargePoint.Ocpp.Crypto measured: mean time per operation and the field multiplications each needs.</summary>
    public sealed class CryptoFigure
    {
        public int Iterations;

        public double KeyGenerationMicros;

        public double SignMicros;

        public double VerifyMicros;

        public long SignFieldMultiplications;

        public long VerifyFieldMultiplications;
    }
}
