using ChargePoint.Hal;
using ChargePoint.Hal.Metering;
using ChargePoint.Hal.Simulation;
using nanoFramework.TestFramework;
using ChargePoint.Hal.Drivers;

namespace ChargePoint.Tests.Hal
{
    [TestClass]
    public class Atm90e32Tests
    {
        /// <summary>Records every frame on the bus.</summary>
        private sealed class SpiTap : ISpiDevice
        {
            private readonly ISpiDevice _inner;

            public SpiTap(ISpiDevice inner)
            {
                _inner = inner;
            }

            public System.Collections.ArrayList Frames { get; } = new System.Collections.ArrayList();

            public void TransferFullDuplex(byte[] write, byte[] read)
            {
                Frames.Add((byte[])write.Clone());
                _inner.TransferFullDuplex(write, read);
            }
        }

        /// <summary>A little-endian int64 counter of the stored energy record.</summary>
        private static long Counter(byte[] record, int at)
        {
            long v = 0;
            for (int i = 7; i >= 0; i--)
            {
                v = (v << 8) | record[at + i];
            }

            return v;
        }

        private static void Run(Atm90e32 meter, SimulatedAtm90e32 chip, long fromMs, long ms, int stepMs)
        {
            for (long t = fromMs + stepMs; t <= fromMs + ms; t += stepMs)
            {
                chip.Advance(stepMs);
                meter.Tick(t);
            }
        }

        [TestMethod]
        public void Start_up_resets_unlocks_configures_and_locks_in_32_bit_mode_3_frames()
        {
            var chip = new SimulatedAtm90e32();
            var tap = new SpiTap(chip);
            var settings = new EvseSettings();
            settings.Ugain = new int[] { 40000, 40001, 40002 };
            var meter = new Atm90e32(tap, new SimulatedStorage(), settings);
            Run(meter, chip, 0, 50, 10);

            var first = (byte[])tap.Frames[0]!;
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x70, 0x78, 0x9A }, first); // write SoftReset ← 0x789A
            var second = (byte[])tap.Frames[1]!;
            CollectionAssert.AreEqual(new byte[] { 0x00, 0x7F, 0x55, 0xAA }, second); // unlock
            var third = (byte[])tap.Frames[2]!;
            CollectionAssert.AreEqual(new byte[] { 0x80, 0x78, 0x00, 0x00 }, third); // read LastSPIData
            Assert.AreEqual(1, chip.Register(Atm90e32.MeterEn));
            Assert.AreEqual(0x0861, chip.Register(Atm90e32.PLconstH));
            Assert.AreEqual(0xC468, chip.Register(Atm90e32.PLconstL));
            Assert.AreEqual(0x0087, chip.Register(Atm90e32.MMode0));
            Assert.AreEqual(40000, chip.Register(Atm90e32.UgainA));
            Assert.AreEqual(40002, chip.Register(Atm90e32.UgainA + 8));
            Assert.AreEqual(0, chip.Register(Atm90e32.CfgRegAccEn)); // locked
            Assert.AreEqual(0, chip.IgnoredWrites);
            Assert.AreEqual(MeterStatus.Running, meter.Status);
            Assert.AreEqual(1, chip.SoftResets, "one start-up");
        }

        [TestMethod]
        public void Simulated_chip_ignores_locked_and_short_writes_and_clears_energy_on_read()
        {
            var chip = new SimulatedAtm90e32();
            var rx = new byte[4];
            chip.TransferFullDuplex(new byte[] { 0x00, 0x61, 0x12, 0x34 }, rx); // locked
            Assert.AreEqual(0, chip.Register(0x61));
            chip.TransferFullDuplex(new byte[] { 0x00, 0x7F, 0x55, 0xAA }, rx);
            chip.TransferFullDuplex(new byte[] { 0x00, 0x61, 0x12 }, new byte[3]); // 24 clocks: ignored
            Assert.AreEqual(0, chip.Register(0x61));
            chip.TransferFullDuplex(new byte[] { 0x00, 0x00, 0x00, 0x01 }, rx); // MeterEn
            chip.TransferFullDuplex(new byte[] { 0x00, 0x61, 0x9A, 0x2E }, rx); // UgainA = true gain
            chip.TransferFullDuplex(new byte[] { 0x00, 0x62, 0x94, 0x70 }, rx); // IgainA
            chip.SetPhase(0, 230, 10, 1);
            chip.Advance(3600000);
            chip.TransferFullDuplex(new byte[] { 0x80, 0x81, 0, 0 }, rx);
            Assert.AreEqual(0xFFFF, (rx[2] << 8) | rx[3]); // 2300 Wh saturates the 16-bit register
            chip.TransferFullDuplex(new byte[] { 0x80, 0x81, 0, 0 }, rx);
            Assert.AreEqual(0, (rx[2] << 8) | rx[3]); // read-to-clear
            Assert.AreEqual(2300.0, chip.TrueEnergyWh);
        }

        [TestMethod]
        public void Seven_point_four_kW_for_one_hour_reads_7400_Wh_within_0_1_percent()
        {
            var board = new SimulatedBoard();
            board.StepMs = 50;
            var rig = new ChargingRig(board);
            board.SetEvPhases(3);
            board.SetEvPowerKw(7.4); // 10.7 A per phase, below the 16 A offered
            board.Plug(32);
            board.EvRequestCharge();
            rig.Evse.SetCurrentLimit(16);
            board.AdvanceUntil(() => board.Relay.ContactsClosed, 3000);
            double start = rig.Evse.Meter!.EnergyActiveImportWh;
            double trueStart = board.Meter.TrueEnergyWh;
            board.AdvanceMs(3600000);
            board.AdvanceMs(1000); // one more poll picks up the last second
            double measured = rig.Evse.Meter.EnergyActiveImportWh - start;
            double flowed = board.Meter.TrueEnergyWh - trueStart;
            Assert.IsTrue(flowed > 7400.0 && flowed < 7400.0 + 2.1 * 2, "simulated flow " + flowed);
            Assert.IsTrue(measured > 7400.0 * 0.999 && measured < 7400.0 * 1.001 + 4.2, "measured " + measured);
            // The per-phase counters are kept in the stored record ("ET", version, 0, total, A, B, C, checksum).
            rig.Evse.Meter.Flush();
            byte[] record = board.Storage.Read("meter.energy")!;
            double phases = 0;
            for (int p = 0; p < 3; p++)
            {
                phases += Counter(record, 12 + 8 * p) * 10.0 / EvseSettings.MeterConstant;
                Assert.IsTrue(rig.Evse.Meter.Amps[p] > 10.7 && rig.Evse.Meter.Amps[p] < 10.73);
            }

            double total = Counter(record, 4) * 10.0 / EvseSettings.MeterConstant;
            Assert.AreEqual(rig.Evse.Meter.EnergyActiveImportWh, total, "the stored total is the running total");
            Assert.IsTrue(phases > total - 1.0 && phases < total + 1.0, "phases " + phases + " total " + total);
            Assert.IsTrue(rig.Evse.Meter.TotalWatts > 7399.0 && rig.Evse.Meter.TotalWatts < 7401.0);
            Assert.AreEqual(50.0, rig.Evse.Meter.FrequencyHz);
        }

        [TestMethod]
        public void Energy_total_survives_a_reboot_on_the_same_storage()
        {
            var storage = new SimulatedStorage();
            var chip = new SimulatedAtm90e32();
            chip.SetPhase(0, 230, 32, 1);
            var meter = new Atm90e32(chip, storage, new EvseSettings());
            Run(meter, chip, 0, 600000, 100); // 10 min at 7.36 kW
            double before = meter.EnergyActiveImportWh;
            Assert.IsTrue(before > 1220 && before < 1227, "before " + before);

            // Power cut without a flush: at most one persist step is lost.
            var rebooted = new Atm90e32(chip, storage, new EvseSettings());
            Assert.IsTrue(rebooted.EnergyActiveImportWh <= before && rebooted.EnergyActiveImportWh > before - 10.0, "after " + rebooted.EnergyActiveImportWh);
            Run(rebooted, chip, 600000, 60000, 100);
            Assert.IsTrue(rebooted.EnergyActiveImportWh > before + 100, "keeps counting");

            rebooted.Flush();
            double flushed = rebooted.EnergyActiveImportWh;
            var again = new Atm90e32(chip, storage, new EvseSettings());
            Assert.AreEqual(flushed, again.EnergyActiveImportWh);
            Assert.IsFalse(again.StoredTotalWasCorrupt);
        }

        [TestMethod]
        public void Corrupt_energy_record_is_detected_and_not_trusted()
        {
            var storage = new SimulatedStorage();
            var chip = new SimulatedAtm90e32();
            var meter = new Atm90e32(chip, storage, new EvseSettings());
            chip.SetPhase(0, 230, 10, 1);
            Run(meter, chip, 0, 60000, 100);
            meter.Flush();
            var raw = storage.Read("meter.energy")!;
            raw[5] ^= 0xFF;
            storage.SetRaw("meter.energy", raw);
            var rebooted = new Atm90e32(chip, storage, new EvseSettings());
            Assert.IsTrue(rebooted.StoredTotalWasCorrupt);
            Assert.AreEqual(0.0, rebooted.EnergyActiveImportWh);
        }

        [TestMethod]
        public void Ic_reset_is_detected_and_the_meter_is_reinitialised()
        {
            var chip = new SimulatedAtm90e32();
            chip.SetPhase(0, 230, 32, 1);
            var meter = new Atm90e32(chip, new SimulatedStorage(), new EvseSettings());
            Run(meter, chip, 0, 10000, 10);
            double before = meter.EnergyActiveImportWh;
            chip.ResetChip();
            Assert.IsFalse(chip.IsMeteringEnabled);
            Run(meter, chip, 10000, 3000, 10);
            Assert.AreEqual(3, chip.SoftResets, "start-up, the brown-out, one re-initialisation");
            Assert.AreEqual(MeterStatus.Running, meter.Status);
            Assert.IsTrue(chip.IsMeteringEnabled);
            Assert.AreEqual(EvseSettings.DefaultUgain, chip.Register(Atm90e32.UgainA));
            Assert.IsTrue(meter.EnergyActiveImportWh > before + 2.0, "counting again");
            Assert.IsTrue(meter.Volts[0] > 229.9 && meter.Volts[0] < 230.1);
        }

        [TestMethod]
        public void Configuration_checksum_error_triggers_a_reinit()
        {
            var chip = new SimulatedAtm90e32();
            var meter = new Atm90e32(chip, new SimulatedStorage(), new EvseSettings());
            Run(meter, chip, 0, 2000, 10);
            chip.FlipConfigBit(Atm90e32.IgainA);
            Assert.AreEqual(1, chip.Register(Atm90e32.CrcErrStatus));
            Run(meter, chip, 2000, 2000, 10);
            Assert.AreEqual(2, chip.SoftResets, "start-up and one re-initialisation");
            Assert.AreEqual(EvseSettings.DefaultIgain, chip.Register(Atm90e32.IgainA));
            Assert.AreEqual(0, chip.Register(Atm90e32.CrcErrStatus));
            Assert.AreEqual(MeterStatus.Running, meter.Status);
        }

        [TestMethod]
        public void Corrupted_spi_reads_are_rejected_without_counting_wrong_energy()
        {
            var chip = new SimulatedAtm90e32();
            chip.SetPhase(0, 230, 32, 1);
            var meter = new Atm90e32(chip, new SimulatedStorage(), new EvseSettings());
            // The same schedule without corruption: its frame count is what the driver needs when every echo matches.
            var clean = new SimulatedAtm90e32();
            clean.SetPhase(0, 230, 32, 1);
            var cleanMeter = new Atm90e32(clean, new SimulatedStorage(), new EvseSettings());
            Run(meter, chip, 0, 1000, 10);
            Run(cleanMeter, clean, 0, 1000, 10);
            for (int i = 0; i < 20; i++)
            {
                chip.CorruptNextReads(1 + (i % 3));
                Run(meter, chip, 1000 + i * 1000L, 1000, 10);
                Run(cleanMeter, clean, 1000 + i * 1000L, 1000, 10);
            }

            Assert.IsTrue(chip.Frames > clean.Frames, "mismatching echoes were read again (" + chip.Frames + " vs " + clean.Frames + " frames)");
            Assert.AreEqual(MeterStatus.Running, meter.Status);
            // Never more than what really flowed (rejected frames may lose a little, never add).
            Assert.IsTrue(meter.EnergyActiveImportWh <= chip.TrueEnergyWh + 0.01, meter.EnergyActiveImportWh + " vs " + chip.TrueEnergyWh + " resets " + chip.SoftResets);
            Assert.IsTrue(meter.EnergyActiveImportWh > chip.TrueEnergyWh * 0.9, meter.EnergyActiveImportWh + " vs " + chip.TrueEnergyWh + " resets " + chip.SoftResets);
        }

        [TestMethod]
        public void Dead_chip_is_reported_failed_after_the_retries()
        {
            var chip = new SimulatedAtm90e32();
            chip.Disconnected = true;
            var meter = new Atm90e32(chip, new SimulatedStorage(), new EvseSettings());
            Run(meter, chip, 0, 1000, 10);
            Assert.AreEqual(MeterStatus.Initialising, meter.Status);
            Run(meter, chip, 1000, 10000, 10);
            Assert.AreEqual(MeterStatus.Failed, meter.Status);
            Assert.IsFalse(chip.IsMeteringEnabled, "never configured");
        }
    }
}
