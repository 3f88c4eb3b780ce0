using ChargePoint.Firmware.Settings;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class ConsoleCommandTests
    {
        [TestMethod]
        public void Help_lists_technician_and_simulator_commands()
        {
            var w = new FirmwareWorld(false);
            string help = w.Type("help");
            Assert.Contains("config set <key> <value>", help);
            Assert.Contains("factory-reset", help);
            Assert.Contains("time x<N>", help);
        }

        [TestMethod]
        public void Help_lists_every_syntax_of_the_charger_commands_one_per_line()
        {
            // The help table is one syntax per line; the usage errors quote the same lines.
            var w = new FirmwareWorld(false);
            string help = w.Type("help");
            Assert.Contains("commands:\n  help\n  status\n  config list\n  config get <key>\n  config set <key> <value>\n"
                + "  config clear <key>\n  meter\n  relay test\n  fault clear\n  log level [error|warn|info|debug]\n"
                + "  trace on|off\n  log trace [on|off]\n  reboot\n  factory-reset\n  certs\n", help);
        }

        [TestMethod]
        public void Certs_lists_the_certificate_store_and_the_charge_point_certificate()
        {
            var w = new FirmwareWorld(false);
            Assert.Contains("\n  certs", w.Type("help"));
            string certs = w.Type("certs");
            Assert.Contains("security profile: 0 (active 0, last working ", certs);
            Assert.Contains("root certificates: 0 of 4", certs);
            Assert.Contains("charge point certificate: none", certs);
            Assert.AreEqual("error: usage: certs", w.Type("certs all"));
        }

        [TestMethod]
        public void Garbage_input_gets_one_error_line_each_and_changes_nothing()
        {
            var w = new FirmwareWorld(false);
            byte[] before = SettingsStore.Serialize(w.Charger.Settings.Current);
            string[] garbage = new string[]
            {
                "xyzzy", "config", "config set", "config set MaxCurrent", "config frob MaxCurrent 10", "config get",
                "config get NoSuchKey", "config set NoSuchKey 1", "relay", "relay test now", "log", "log level loud",
                "trace maybe", "status please", "plug 40", "ev", "ev fly", "ev power -3", "ev power 1e3", "card",
                "card ABCDEFGHIJKLMNOPQRSTUVWXYZ", "fault", "fault fire", "time", "time 10", "time x0", "time x100000",
                "\u0001\u0002", new string('a', 300), "reboot now", "factory-reset please", "config set MaxCurrent 5",
                "config set Board mega2560", "config set CentralSystemUrl http://x", "config set HeartbeatInterval -5",
                "config set NumberOfConnectors 3",
            };
            for (int i = 0; i < garbage.Length; i++)
            {
                string output = w.Type(garbage[i]);
                if (garbage[i] == "time")
                {
                    Assert.AreEqual("time x1", output);
                    continue;
                }

                Assert.StartsWith("error: ", output, "input: " + garbage[i]);
                Assert.AreEqual(-1, output.IndexOf('\n'), "one line for: " + garbage[i]);
            }

            CollectionAssert.AreEqual(before, SettingsStore.Serialize(w.Charger.Settings.Current));
            Assert.IsFalse(w.Charger.RebootRequested);
            Assert.IsFalse(w.Board.Ev.IsPlugged);
            Assert.AreEqual(1, w.Sim.Speed);
        }

        [TestMethod]
        public void Errors_say_what_is_expected()
        {
            var w = new FirmwareWorld(false);
            Assert.AreEqual("error: MaxCurrent: expected integer 6..80", w.Type("config set MaxCurrent 100"));
            Assert.AreEqual("error: LogLevel: expected error|warn|info|debug", w.Type("log level loud"));
            Assert.AreEqual("error: usage: log level [error|warn|info|debug] | log trace [on|off]", w.Type("log rotate"));
            // Usage errors list every syntax of the command from the help table.
            Assert.AreEqual("error: usage: config list | config get <key> | config set <key> <value> | config clear <key>", w.Type("config frob"));
            Assert.AreEqual("error: usage: relay test", w.Type("relay"));
            Assert.AreEqual("error: usage: trace on|off", w.Type("trace on off"));
            Assert.AreEqual("ok: FrameTrace = on", w.Type("log trace on"));
            Assert.AreEqual("FrameTrace = on", w.Type("log trace"));
            Assert.AreEqual("ok: LogLevel = debug", w.Type("log level debug"));
            Assert.AreEqual("LogLevel = debug", w.Type("log level"));
            Assert.AreEqual("error: usage: time x<N> with N 1..1000 (e.g. time x60)", w.Type("time 10"));
            Assert.AreEqual("error: unknown command 'xyzzy'", w.Type("xyzzy"));
            Assert.AreEqual("error: HeartbeatInterval: expected integer >= 0", w.Type("config set HeartbeatInterval abc"));
        }

        [TestMethod]
        public void Config_set_device_setting_persists_across_reboot()
        {
            var storage = new SimulatedStorage();
            var w = new FirmwareWorld(storage, false);
            Assert.AreEqual("ok: MaxCurrent = 16", w.Type("config set maxcurrent 16"));
            Assert.AreEqual("ok: WifiSsid = Shop floor 2 (after reboot)", w.Type("config set WifiSsid Shop floor 2"));
            Assert.StartsWith("ok: rebooting", w.Type("reboot"));
            w.Advance(100);
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.AreEqual("MaxCurrent = 16", w.Type("config get MaxCurrent"));
            Assert.AreEqual("WifiSsid = Shop floor 2", w.Type("config get wifissid"));
        }

        [TestMethod]
        public void Ocpp_key_set_from_the_console_is_validated_and_persisted()
        {
            var storage = new SimulatedStorage();
            var w = new FirmwareWorld(storage, false);
            Assert.AreEqual("ok: HeartbeatInterval = 120", w.Type("config set HeartbeatInterval 120"));
            Assert.AreEqual("error: NumberOfConnectors = 1 (read-only)", w.Type("config set NumberOfConnectors 3"));
            w.Type("reboot");
            w.Advance(100);
            Assert.AreEqual("HeartbeatInterval = 120", w.Type("config get HeartbeatInterval"));
            Assert.Contains("NumberOfConnectors = 1 (read-only)", w.Type("config list"));
        }

        [TestMethod]
        public void Secrets_are_never_echoed_listed_or_traced()
        {
            var w = new FirmwareWorld(true);
            w.Advance(2000);
            w.Type("trace on");
            string key = "00112233445566778899AABBCCDDEEFF";
            string set = w.Type("config set AuthorizationKey " + key);
            Assert.StartsWith("ok: AuthorizationKey = (set, write-only)\n", set + "\n");
            w.Type("config set WifiPassword hunter2hunter2");
            // The Central System changes it too: the frame trace must mask it.
            w.CentralSystem.AutoReply("BootNotification", FirmwareWorld.BootAccepted);
            w.CentralSystem.Call("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"FFEEDDCCBBAA99887766554433221100\"}");
            w.Advance(500);
            w.Type("config get AuthorizationKey");
            w.Type("config list");
            w.Type("status");
            string all = w.Console.Output;
            Assert.AreEqual(-1, all.IndexOf(key), "AuthorizationKey echoed");
            Assert.AreEqual(-1, all.IndexOf("FFEEDDCCBBAA99887766554433221100"), "AuthorizationKey traced");
            Assert.AreEqual(-1, all.IndexOf("hunter2"), "Wi-Fi password shown");
            Assert.Contains("AuthorizationKey = (write-only)", all);
            Assert.Contains("\"value\":\"***\"", all);
        }

        [TestMethod]
        public void Factory_reset_needs_confirmation_and_keeps_the_energy_register()
        {
            var storage = new SimulatedStorage();
            var w = new FirmwareWorld(storage, false);
            w.Type("config set MaxCurrent 10");
            w.Type("config set HeartbeatInterval 77");
            string ask = w.Type("factory-reset");
            Assert.Contains("type 'yes'", ask);
            Assert.AreEqual("factory reset cancelled\nMaxCurrent = 10", w.Type("config get MaxCurrent"));
            w.Type("factory-reset");
            w.Charger.Evses[0].Meter!.Flush();
            if (!storage.Exists("meter.energy"))
            {
                w.Charger.Evses[0].Meter!.RaiseTotalTo(1); // saves the record
            }

            Assert.StartsWith("ok: rebooting", w.Type("yes"));
            w.Advance(100);
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.AreEqual("MaxCurrent = 32", w.Type("config get MaxCurrent"));
            Assert.AreEqual("HeartbeatInterval = 86400", w.Type("config get HeartbeatInterval"), "back to the default");
            Assert.IsTrue(storage.Exists("meter.energy"));
        }

        [TestMethod]
        public void Relay_test_runs_without_vehicle_and_is_refused_with_one()
        {
            var w = new FirmwareWorld(false);
            w.Advance(1000);
            Assert.AreEqual("relay test started", w.Type("relay test"));
            Assert.IsTrue(w.Board.Relay.Value, "relay drive on during the test");
            w.Advance(1000);
            Assert.Contains("[info] relay test: passed", w.Console.Output);
            Assert.IsFalse(w.Board.Relay.Value);
            Assert.IsFalse(w.Board.Relay.ContactsClosed);

            w.Type("plug");
            w.Advance(500);
            Assert.StartsWith("error: relay test refused: pilot B", w.Type("relay test"));
            Assert.IsFalse(w.Board.Relay.Value);
        }

        [TestMethod]
        public void Relay_test_reports_a_welded_contactor()
        {
            var w = new FirmwareWorld(false);
            w.Advance(1000);
            w.Type("relay test");
            w.Type("fault weld");
            w.Advance(1500);
            Assert.Contains("relay test: FAILED", w.Console.Output);
        }
    }
}
