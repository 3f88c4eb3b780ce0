using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// The whole firmware on the simulated board, power cut = rebuild on the same storage without a shutdown: the energy
    /// register never goes back below a value that already left the charger (a Central System bills on it).
    /// </summary>
    [TestClass]
    public class PowerCutEnergyTests
    {
        [TestMethod]
        public void After_a_power_cut_meterStop_and_the_next_meterStart_are_not_below_the_energy_already_reported()
        {
            var w = new FirmwareWorld(true);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StopTransaction", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.Advance(3000);
            w.Type("config set MeterValuesSampledData Energy.Active.Import.Register");
            w.Type("config set MeterValueSampleInterval 10");
            w.Type("config set MaxCurrent 6");
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(25000); // two samples at 6 A: below the meter's 10 Wh / 300 s save step
            Assert.Contains("\"meterStart\":0", w.LastSent("StartTransaction"));
            long reported = HighestEnergyReported(w);
            Assert.IsTrue(reported > 0 && reported < 10, "energy reported before the cut: " + reported + "\n" + w.Frames());

            w.Sim.PowerCut();
            w.Advance(5000);
            string stop = w.LastSent("\"StopTransaction\"");
            Assert.Contains("\"reason\":\"PowerLoss\"", stop);
            long meterStop = FrameText.NumberAfter(stop, "\"meterStop\":");
            Assert.IsTrue(meterStop >= reported, "meterStop " + meterStop + " below the " + reported + " Wh already reported");

            w.Type("unplug");
            w.Advance(2000);
            w.Type("plug");
            w.Type("card TAG-1");
            w.Advance(2000);
            Assert.AreEqual(2, w.CountSent("\"StartTransaction\""));
            long meterStart = FrameText.NumberAfter(w.LastSent("\"StartTransaction\""), "\"meterStart\":");
            Assert.IsTrue(meterStart >= meterStop, "meterStart " + meterStart + " below meterStop " + meterStop);
        }

        /// <summary>The highest value in the MeterValues the charger sent (only the energy register is sampled).</summary>
        private static long HighestEnergyReported(FirmwareWorld w)
        {
            string[] t = w.CentralSystem.Transcript();
            long highest = -1;
            for (int i = 0; i < t.Length; i++)
            {
                if (!t[i].StartsWith("> ") || t[i].IndexOf("\"MeterValues\"") < 0)
                {
                    continue;
                }

                int at = t[i].IndexOf("\"value\":\"");
                while (at >= 0)
                {
                    long v = FrameText.NumberAfter(t[i].Substring(at), "\"value\":\"");
                    highest = v > highest ? v : highest;
                    at = t[i].IndexOf("\"value\":\"", at + 1);
                }
            }

            return highest;
        }
    }
}
