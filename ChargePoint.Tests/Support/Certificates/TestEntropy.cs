using ChargePoint.Firmware.Simulator;
using ChargePoint.Ocpp.Crypto;

namespace ChargePoint.Tests.Ocpp.Certificates
{
    /// <summary>The simulator's deterministic entropy (<see cref="SimulatedEntropy"/>), counting the calls for the tests.</summary>
    public sealed class TestEntropy : IEntropySource
    {
        private readonly SimulatedEntropy _blocks;

        public TestEntropy(string seed)
        {
            _blocks = new SimulatedEntropy(seed);
        }

        public int Calls { get; private set; }

        public void Fill(byte[] buffer)
        {
            Calls++;
            _blocks.Fill(buffer);
        }
    }
}
