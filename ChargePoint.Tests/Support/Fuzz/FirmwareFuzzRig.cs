using System;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Tests.Ocpp.Fakes;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// The whole firmware on the simulated board for the fuzzers: a scripted Central System that answers every
    /// charger request, a console without transcript, simulated time. Building a rig on existing storage is a reboot.
    /// </summary>
    public sealed class FirmwareFuzzRig
    {
        public const string BootAccepted = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}";

        public FirmwareFuzzRig(SimulatedStorage storage)
        {
            Storage = storage;
            Console = new FuzzConsole();
            Transport = new InMemoryTransport();
            CentralSystem = new FakeCentralSystem(Transport);
            CentralSystem.AutoReply("BootNotification", BootAccepted);
            CentralSystem.AutoReply("StatusNotification", "{}");
            CentralSystem.AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:00:00.000Z\"}");
            CentralSystem.AutoReply("SecurityEventNotification", "{}");
            CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":7,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            CentralSystem.AutoReply("StopTransaction", "{}");
            CentralSystem.AutoReply("MeterValues", "{}");
            CentralSystem.AutoReply("DataTransfer", "{\"status\":\"Accepted\"}");
            CentralSystem.AutoReply("FirmwareStatusNotification", "{}");
            CentralSystem.AutoReply("DiagnosticsStatusNotification", "{}");
            CentralSystem.AutoReply("LogStatusNotification", "{}");
            CentralSystem.AutoReply("SignedFirmwareStatusNotification", "{}");
            Sim = new Simulation(storage, Console, () => Transport, new FixedRandom(0), new DateTime(2026, 11, 24, 9, 0, 0));
            Sim.Commands = new SimulatorCommands(Sim);
            Sim.Start();
        }

        public SimulatedStorage Storage { get; }

        public FuzzConsole Console { get; }

        public InMemoryTransport Transport { get; }

        public FakeCentralSystem CentralSystem { get; }

        public Simulation Sim { get; }

        /// <summary>Liveness probes that a connected charger answered (shows the fuzzed charger was really online).</summary>
        public int ProbesAnswered { get; private set; }

        /// <summary>Points the firmware at the scripted Central System (on first power-up; effective after a reboot).</summary>
        public static void Provision(SimulatedStorage storage)
        {
            var settings = new SettingsStore(storage, BoardCatalog.Ids());
            settings.Set("CentralSystemUrl", "ws://cs.test/ocpp");
            settings.Set("ChargePointId", "CP_1");
        }

        public void Advance(long ms)
        {
            Sim.Advance(ms);
        }

        /// <summary>
        /// Something went wrong that no input may cause: a crash caught by a catch-all (console "failed:" or an
        /// InternalError CallError). Empty when all is well. Forgets the transcript so that long runs stay small.
        /// </summary>
        public string TakeFailure()
        {
            string failure = Console.Crash;
            Console.Crash = string.Empty;
            string[] frames = CentralSystem.Transcript();
            for (int i = 0; i < frames.Length && failure.Length == 0; i++)
            {
                if (frames[i].StartsWith("> [4,") && frames[i].IndexOf("\"InternalError\"") >= 0)
                {
                    failure = "charger answered InternalError: " + frames[i];
                }
            }

            CentralSystem.Clear();
            return failure;
        }

        /// <summary>The charger still works: the console answers and, when connected, a CALL gets its answer.</summary>
        public string Liveness(int probe)
        {
            int before = Console.LinesWritten;
            Console.Type("status");
            Advance(100);
            if (Console.LinesWritten == before)
            {
                return "console did not answer 'status'";
            }

            if (!Sim.Charger.Ocpp.IsAccepted)
            {
                return string.Empty;
            }

            string id = "alive" + probe.ToString();
            CentralSystem.Send("[2,\"" + id + "\",\"GetConfiguration\",{\"key\":[\"HeartbeatInterval\"]}]");
            Advance(500);
            string[] frames = CentralSystem.Transcript();
            for (int i = 0; i < frames.Length; i++)
            {
                if (frames[i].StartsWith("> [3,\"" + id + "\""))
                {
                    ProbesAnswered++;
                    return string.Empty;
                }
            }

            return Transport.IsOpen ? "connected, but GetConfiguration got no answer" : string.Empty;
        }
    }
}
