using System;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Hal.Boards;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// The whole firmware (Charger) on a simulated board, with a scripted Central System on an in-memory transport and
    /// a scripted console. Time moves only through <see cref="Advance"/>; a reboot rebuilds the charger on the same storage.
    /// </summary>
    public sealed class FirmwareWorld
    {
        public const string BootAccepted = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}";

        public FirmwareWorld(bool withCentralSystem)
            : this(new SimulatedStorage(), withCentralSystem)
        {
        }

        public FirmwareWorld(SimulatedStorage storage, bool withCentralSystem)
            : this(storage, withCentralSystem, null)
        {
        }

        /// <param name="board">The board setting (e.g. the dual-connector board); null keeps the default.</param>
        public FirmwareWorld(SimulatedStorage storage, bool withCentralSystem, string? board)
        {
            Storage = storage;
            if (board != null)
            {
                Assert.IsNull(new SettingsStore(storage, BoardCatalog.Ids()).Set("Board", board));
            }

            Console = new ScriptedConsole();
            Transport = new InMemoryTransport();
            CentralSystem = new FakeCentralSystem(Transport);
            if (withCentralSystem)
            {
                var settings = new SettingsStore(storage, BoardCatalog.Ids());
                Assert.IsNull(settings.Set("CentralSystemUrl", "ws://cs.test/ocpp"));
                Assert.IsNull(settings.Set("ChargePointId", "CP_1"));
                CentralSystem.AutoReply("BootNotification", BootAccepted);
                CentralSystem.AutoReply("StatusNotification", "{}");
                CentralSystem.AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:00:00.000Z\"}");
                CentralSystem.AutoReply("SecurityEventNotification", "{}"); // StartupOfTheDevice after every boot
            }

            Sim = new Simulation(storage, Console, () => Transport, new FixedRandom(0), new DateTime(2026, 11, 24, 9, 0, 0));
            Sim.Commands = new SimulatorCommands(Sim);
            Sim.Start();
        }

        public SimulatedStorage Storage { get; }

        public ScriptedConsole Console { get; }

        public InMemoryTransport Transport { get; }

        public FakeCentralSystem CentralSystem { get; }

        public Simulation Sim { get; }

        public Charger Charger
        {
            get { return Sim.Charger; }
        }

        public SimulatedBoard Board
        {
            get { return Sim.World; }
        }

        public void Advance(long ms)
        {
            Sim.Advance(ms);
        }

        /// <summary>Types a console line, lets the charger run it, and returns the output it produced.</summary>
        public string Type(string line)
        {
            int from = Console.LineCount;
            Console.Type(line);
            Sim.Advance(Charger.TickMs);
            return Console.From(from);
        }

        /// <summary>Frames exchanged so far, in the fake Central System's notation ("&gt; " from the charger).</summary>
        public string Frames()
        {
            string[] t = CentralSystem.Transcript();
            string all = string.Empty;
            for (int i = 0; i < t.Length; i++)
            {
                all += t[i] + "\n";
            }

            return all;
        }

        /// <summary>Number of frames sent by the charger whose text contains the fragment.</summary>
        public int CountSent(string fragment)
        {
            string[] t = CentralSystem.Transcript();
            int n = 0;
            for (int i = 0; i < t.Length; i++)
            {
                if (t[i].StartsWith("> ") && t[i].IndexOf(fragment) >= 0)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>The CALLRESULT payload the charger sent for the Central System's call id ("" when none yet), e.g. <c>{"status":"Accepted"}]</c>.</summary>
        public string Answer(string callId)
        {
            string head = "> [3,\"" + callId + "\",";
            string[] t = CentralSystem.Transcript();
            for (int i = 0; i < t.Length; i++)
            {
                if (t[i].StartsWith(head))
                {
                    return t[i].Substring(head.Length);
                }
            }

            return string.Empty;
        }

        public string LastSent(string fragment)
        {
            string[] t = CentralSystem.Transcript();
            for (int i = t.Length - 1; i >= 0; i--)
            {
                if (t[i].StartsWith("> ") && t[i].IndexOf(fragment) >= 0)
                {
                    return t[i];
                }
            }

            return string.Empty;
        }
    }
}
