using System;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The dual-connector board (host firmware process) against the independent ocpp-rpc peer in strict mode: two
    /// concurrent sessions, a ChargePointMaxProfile on connector 0 set mid-session and shared between them.
    /// </summary>
    [TestClass]
    public class MultiConnectorInteropTests
    {
        [TestMethod]
        public void Two_concurrent_sessions_share_a_ChargePointMaxProfile_set_mid_session()
        {
            using var rig = new InteropRig(board: "esp32-s3-dual");
            rig.Check(() =>
            {
                rig.WaitUntilBooted();
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 2, "Available"), InteropRig.Wait);
                var number = rig.Call("GetConfiguration", Obj("key", new[] { "NumberOfConnectors" }));
                Assert.AreEqual("2", number.GetProperty("result").GetProperty("configurationKey")[0].GetProperty("value").GetString());

                int first = StartSession(rig, 1, "TAG-A");
                int second = StartSession(rig, 2, "TAG-B");
                Assert.AreNotEqual(first, second, "two transactions");
                WaitForStatusLine(rig, "load sharing: no limit: 1 32.0 A 2 32.0 A");

                var set = rig.Call("SetChargingProfile", Obj(
                    "connectorId", 0,
                    "csChargingProfiles", Obj(
                        "chargingProfileId", 31,
                        "stackLevel", 0,
                        "chargingProfilePurpose", "ChargePointMaxProfile",
                        "chargingProfileKind", "Absolute",
                        "chargingSchedule", Obj(
                            "startSchedule", (DateTime.UtcNow - TimeSpan.FromMinutes(1)).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                            "chargingRateUnit", "A",
                            "chargingSchedulePeriod", new object[] { Obj("startPeriod", 0, "limit", 20.0) }))));
                Assert.AreEqual("Accepted", set.GetProperty("result").GetProperty("status").GetString(), set.GetRawText());
                WaitForStatusLine(rig, "load sharing: limit 20.0 A: 1 10.0 A 2 10.0 A");

                int mark = rig.Mark;
                rig.Firmware!.Type("card 1 TAG-A");
                var stop = rig.WaitForCall("StopTransaction", mark).GetProperty("params");
                Assert.AreEqual(first, stop.GetProperty("transactionId").GetInt32());
                WaitForStatusLine(rig, "load sharing: limit 20.0 A: 1 0.0 A 2 20.0 A");
                Assert.AreEqual(0, rig.Calls("StopTransaction", mark).Count - 1, "connector 2's session goes on");
            });
        }

        /// <summary>Plug, card, EV charging on one connector; returns the transactionId the peer gave.</summary>
        private static int StartSession(InteropRig rig, int connector, string tag)
        {
            int mark = rig.Mark;
            rig.Firmware!.Type("plug " + connector + " 32");
            rig.Firmware.Type("card " + connector + " " + tag);
            rig.Firmware.Type("ev " + connector + " charge");
            var start = rig.WaitForCall("StartTransaction", mark);
            Assert.AreEqual(connector, start.GetProperty("params").GetProperty("connectorId").GetInt32());
            rig.Peer.WaitFor(e => InteropRig.IsStatus(e, connector, "Charging"), InteropRig.Wait, mark);
            string key = "; transaction on connector " + connector + " id ";
            for (int attempt = 0; ; attempt++)
            {
                string journal = WaitForStatusLine(rig, key);
                string rest = journal.Substring(journal.IndexOf(key) + key.Length);
                if (int.TryParse(rest.Substring(0, rest.IndexOf(' ')), out int id) || attempt > 20)
                {
                    return id; // "pending" until StartTransaction.conf has been read
                }
            }
        }

        /// <summary>Types `status` until the firmware's output shows the text (the limit applies within a tick).</summary>
        private static string WaitForStatusLine(InteropRig rig, string text)
        {
            DateTime until = DateTime.UtcNow + InteropRig.Wait;
            while (true)
            {
                int line = rig.Firmware!.LineCount;
                rig.Firmware.Type("status");
                try
                {
                    return rig.Firmware.WaitForLine(text, TimeSpan.FromSeconds(1), line);
                }
                catch (TimeoutException)
                {
                    if (DateTime.UtcNow > until)
                    {
                        throw;
                    }
                }
            }
        }
    }
}
