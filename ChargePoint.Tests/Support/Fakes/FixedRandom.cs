using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Tests.Ocpp.Fakes
{
    /// <summary>Deterministic "randomness": always the same fraction of the range.</summary>
    public sealed class FixedRandom : IRandom
    {
        private readonly int _percent;

        public FixedRandom(int percent)
        {
            _percent = percent;
        }

        public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)((long)(maxExclusive - 1) * _percent / 100);
    }
}
