using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Rpc;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Fakes
{
    /// <summary>
    /// A charge point (<see cref="OcppChargePoint"/>) on simulated storage, an in-memory transport and a scripted
    /// Central System, driven by a fake clock in 100 ms ticks. <see cref="Reboot"/> builds the engine again on the same storage.
    /// </summary>
    public sealed class OcppWorld
    {
        public const string BootAccepted = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}";
        public const long StepMs = 100;

        public OcppWorld(int connectors)
        {
            Storage = new SimulatedStorage();
            Transport = new InMemoryTransport();
            CentralSystem = new FakeCentralSystem(Transport);
            Hooks = new FakeHooks();
            Log = new ListLog();
            ConnectorCount = connectors;
            ChargePoint = Build();
        }

        public SimulatedStorage Storage { get; }

        public InMemoryTransport Transport { get; }

        public FakeCentralSystem CentralSystem { get; }

        public FakeHooks Hooks { get; }

        public ListLog Log { get; }

        public int ConnectorCount { get; }

        public OcppChargePoint ChargePoint { get; private set; }

        public long NowMs { get; private set; }

        /// <summary>Ticks once at the current time, then every 100 ms for the given duration.</summary>
        public void Run(long durationMs)
        {
            long end = NowMs + durationMs;
            ChargePoint.Tick(NowMs);
            while (NowMs < end)
            {
                NowMs += StepMs;
                ChargePoint.Tick(NowMs);
            }
        }

        /// <summary>Power cycle: the connection drops and the engine is built again on the same storage.</summary>
        public void Reboot()
        {
            Transport.PeerDisconnect();
            NowMs += 1000;
            ChargePoint = Build();
        }

        /// <summary>Boots with BootNotification Accepted and reports the initial status; clears the transcript.</summary>
        public void BootAcceptedAndIdle()
        {
            CentralSystem.AutoReply("BootNotification", BootAccepted);
            CentralSystem.AutoReply("StatusNotification", "{}");
            CentralSystem.AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:00:00.000Z\"}");
            Run(2000);
            Assert.IsTrue(ChargePoint.IsAccepted, "boot accepted");
            CentralSystem.Clear();
        }

        public void AssertTranscript(string[] expected)
        {
            var actual = CentralSystem.Transcript();
            string all = string.Empty;
            for (int i = 0; i < actual.Length; i++)
            {
                all += actual[i] + "\n";
            }

            Assert.AreEqual(expected.Length, actual.Length, "frame count; transcript:\n" + all);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], actual[i], "frame " + i.ToString() + "; transcript:\n" + all);
            }
        }

        private OcppChargePoint Build()
        {
            var cp = new OcppChargePoint("ws://cs.test/ocpp", "CP 1", ConnectorCount, Transport, Storage, Hooks, new FixedRandom(0), Log);
            cp.BootNotification.FirmwareVersion = "1.0";
            return cp;
        }
    }
}
