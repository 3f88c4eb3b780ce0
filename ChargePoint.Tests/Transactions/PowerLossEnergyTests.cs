using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// The energy register never goes back across a power cut: the PowerLoss stop and the next meterStart are at
    /// least the highest reading already journalled (reported or queued), even when the meter's own saved total is
    /// older or lost; the recovered value is fed back into the meter.
    /// </summary>
    [TestClass]
    public class PowerLossEnergyTests
    {
        [TestMethod]
        public void A_confirmed_reading_above_the_saved_total_bounds_the_PowerLoss_stop_and_the_next_start()
        {
            var w = Charging();
            w.Meter(1).AddEnergy(2000);
            w.Run(60000); // periodic sample 2000 Wh at 63.1 s, confirmed: its segment is deleted
            Assert.AreEqual(1, w.Cs.Count("MeterValues"));
            w.Cs.Take();
            LoseMeterTotal(w); // the meter's saved total is gone (older than what was reported)
            w.Reboot();
            w.Run(2000);
            string frames = w.Cs.Take();
            Assert.Contains("\"meterStop\":2000,", frames, "PowerLoss stop at the confirmed reading:\n" + frames);
            Assert.Contains("\"reason\":\"PowerLoss\"", frames);
            Assert.AreEqual(2000L, w.Meter(1).EnergyActiveImportWh, "the meter's register is raised to the recovered total");
            StartAgain(w);
            Assert.Contains("\"meterStart\":2000,", w.Cs.Take());
        }

        [TestMethod]
        public void A_queued_reading_above_the_saved_total_bounds_the_PowerLoss_stop_and_the_next_start()
        {
            var w = Charging();
            w.Transport.AcceptConnections = false;
            w.Transport.PeerDisconnect();
            w.Meter(1).AddEnergy(1500);
            w.Run(60000); // sample 1500 Wh journalled, not sent
            w.Cs.Take();
            LoseMeterTotal(w);
            w.Transport.AcceptConnections = true;
            w.Reboot();
            w.Run(20000);
            string frames = w.Cs.Take();
            Assert.Contains("\"value\":\"1500\"", frames, "the queued sample goes out:\n" + frames);
            Assert.Contains("\"meterStop\":1500,", frames, "PowerLoss stop at the queued reading:\n" + frames);
            Assert.AreEqual(1500L, w.Meter(1).EnergyActiveImportWh);
            StartAgain(w);
            Assert.Contains("\"meterStart\":1500,", w.Cs.Take());
        }

        private static void LoseMeterTotal(TxWorld w)
        {
            w.Flash.CutPowerNow();
            w.Flash.PowerOn();
            w.Flash.Delete("meter1");
        }

        private static TxWorld Charging()
        {
            var w = new TxWorld(1);
            w.ToIdle();
            w.Hooks.Plugged[1] = true;
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            Assert.IsNotNull(w.Tx.RunningTransaction(1));
            w.Cs.Take();
            return w;
        }

        private static void StartAgain(TxWorld w)
        {
            w.Hooks.Plugged[1] = false;
            w.Run(1000);
            w.Hooks.Plugged[1] = true;
            w.Run(1000);
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            Assert.IsNotNull(w.Tx.RunningTransaction(1), "a new session runs");
        }
    }
}
