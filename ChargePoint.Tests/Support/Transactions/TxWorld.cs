using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// A charge point with transactions over simulated flash, an in-memory link and <see cref="TxCentralSystem"/>.
    /// Time advances only through <see cref="Run"/>; <see cref="Reboot"/> rebuilds everything on the same storage.
    /// </summary>
    public sealed class TxWorld
    {
        public const long DefaultStepMs = 100;

        /// <summary>Tick granularity.</summary>
        public long StepMs = DefaultStepMs;

        public readonly SimulatedStorage Flash = new SimulatedStorage();
        public readonly InMemoryTransport Transport = new InMemoryTransport();
        public readonly TxCentralSystem Cs;
        public readonly int ConnectorCount;
        public TxHooks Hooks = null!;
        public OcppChargePoint Cp = null!;
        public TransactionService Tx = null!;
        public IStorage Storage;

        /// <summary>The Central System URL of the next boot (set, then <see cref="Reboot"/>: e.g. wss:// for security profiles 2/3).</summary>
        public string CentralSystemUrl = "ws://cs/ocpp";

        /// <summary>Monotonic ms of the current boot.</summary>
        public long Now;

        public TxWorld(int connectorCount)
        {
            ConnectorCount = connectorCount;
            Storage = Flash;
            Cs = new TxCentralSystem(Transport);
            Boot();
        }

        /// <summary>Builds the firmware on the storage (a boot). Plug states survive (the hardware did not change).</summary>
        public void Boot()
        {
            Now = 0;
            var meters = new SimulatedMeter[ConnectorCount + 1];
            var ocppMeters = new IMeter?[ConnectorCount + 1];
            for (int i = 1; i <= ConnectorCount; i++)
            {
                meters[i] = new SimulatedMeter(Storage, "meter" + i.ToString(), 1);
                ocppMeters[i] = meters[i];
            }

            var old = Hooks;
            Hooks = new TxHooks(meters);
            if (old != null)
            {
                for (int i = 1; i <= ConnectorCount; i++)
                {
                    Hooks.Plugged[i] = old.Plugged[i];
                    Hooks.EvReady[i] = old.EvReady[i];
                }
            }

            Cp = new OcppChargePoint(CentralSystemUrl, "CP1", ConnectorCount, Transport, Storage, Hooks, new ZeroRandom(), null);
            Tx = new TransactionService(Cp, ocppMeters, "tx", Now);
        }

        /// <summary>A power cycle: the link drops, then the firmware is rebuilt on the same storage.</summary>
        public void Reboot()
        {
            Transport.PeerDisconnect();
            Flash.PowerOn();
            Boot();
        }

        public SimulatedMeter Meter(int connectorId) => Hooks.Meters[connectorId];

        /// <summary>Advances time; stops at once when the simulated power is cut (the CPU is dead until <see cref="Reboot"/>).</summary>
        public void Run(long ms)
        {
            long end = Now + ms;
            while (Now < end && !Flash.IsPoweredOff)
            {
                Now += StepMs;
                Cs.WorldMs += StepMs;
                try
                {
                    Cp.Tick(Now);
                }
                catch (System.Exception)
                {
                    if (Flash.IsPoweredOff)
                    {
                        return; // the CPU died mid-tick: whatever ran after the cut is moot
                    }

                    throw;
                }
            }
        }

        /// <summary>Boots up to Accepted and the initial StatusNotifications, then forgets those frames.</summary>
        public void ToIdle()
        {
            Run(2000);
            Cs.Take();
        }

        public void Set(string key, string value)
        {
            Cp.Configuration.SetLocal(key, value);
        }

        private sealed class ZeroRandom : IRandom
        {
            public int Next(int maxExclusive) => 0;
        }
    }
}
