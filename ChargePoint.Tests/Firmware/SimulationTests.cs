using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Simulator;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class SimulationTests
    {
        [TestMethod]
        public void A_reboot_rebuilds_the_firmware_but_keeps_the_world_and_the_energy()
        {
            var w = new FirmwareWorld(false);
            w.Type("config set AllowOfflineTxForUnknownId true");
            w.Type("plug");
            w.Type("card T1");
            w.Type("ev charge");
            w.Advance(10 * 60 * 1000);
            double before = w.Charger.Evses[0].Meter!.EnergyActiveImportWh;
            Assert.IsTrue(before > 1000, "charged " + before);
            var old = w.Charger;
            w.Type("reboot");
            w.Advance(2000);
            Assert.AreEqual(1, w.Sim.Reboots);
            Assert.AreNotSame(old, w.Charger);
            Assert.IsTrue(w.Board.Ev.IsPlugged, "the EV is still plugged in after a firmware restart");
            Assert.IsTrue(w.Charger.Evses[0].Meter!.EnergyActiveImportWh >= before - 10.5, "energy register survives (persisted in steps)");
            Assert.Contains("[info] firmware restarted (console)", w.Console.Output);
        }

        [TestMethod]
        public void Options_parse_and_reject_bad_command_lines()
        {
            SimulatorOptions? o = SimulatorOptions.Parse(new string[] { "--central-system", "ws://h/ocpp", "--id", "CP_9", "--storage", "d", "--headless", "--board", "esp32-s3-devkitc-1", "--password", "pw" }, out string error);
            Assert.IsNotNull(o);
            Assert.AreEqual("ws://h/ocpp", o!.CentralSystem);
            Assert.AreEqual("CP_9", o.Id);
            Assert.AreEqual("d", o.StorageDirectory);
            Assert.AreEqual("pw", o.Password);
            Assert.AreEqual("esp32-s3-devkitc-1", o.Board);
            Assert.IsTrue(o.Headless);
            Assert.IsFalse(o.Demo);
            Assert.IsNull(SimulatorOptions.Parse(new string[] { "--demo", "--central-system", "ws://h/ocpp" }, out error));
            Assert.StartsWith("--demo runs offline", error);
            Assert.IsNull(SimulatorOptions.Parse(new string[] { "--demo", "--headless" }, out error));
            Assert.IsTrue(SimulatorOptions.Parse(new string[] { "--version" }, out error)!.Version);
            Assert.IsNull(SimulatorOptions.Parse(new string[] { "--id" }, out error));
            Assert.AreEqual("option --id needs a value", error);
            Assert.IsNull(SimulatorOptions.Parse(new string[] { "--verbose" }, out error));
            Assert.AreEqual("unknown option '--verbose'", error);
        }

        [TestMethod]
        public void Command_line_overrides_are_validated_before_anything_is_stored()
        {
            var storage = new ChargePoint.Hal.Simulation.SimulatedStorage();
            var bad = new SimulatorOptions();
            bad.Id = "CP_OK";
            bad.CentralSystem = "http://not-a-websocket";
            Assert.Contains("CentralSystemUrl: expected", SimulatorSetup.ApplyOverrides(storage, bad)!);
            Assert.AreEqual(0, storage.WriteOperations);
            var good = new SimulatorOptions();
            good.Id = "CP_OK";
            good.CentralSystem = "ws://127.0.0.1:9000/ocpp";
            Assert.IsNull(SimulatorSetup.ApplyOverrides(storage, good));
            var w = new FirmwareWorld(storage, false);
            Assert.StartsWith("ChargePointId = CP_OK", w.Type("config get ChargePointId"));
        }

        [TestMethod]
        public void Status_line_shows_pilot_relay_meter_status_and_connection()
        {
            var w = new FirmwareWorld(true);
            w.Advance(3000);
            string line = w.Charger.StatusLine();
            Assert.StartsWith("CP A | relay open | 230.0 V 0.00 A 0.00 kW 0.000 kWh | Available | CS connected", line);
        }
    }
}
