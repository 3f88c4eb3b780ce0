using System;
using System.Collections.Generic;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The host firmware as a real process against an independent OCPP 1.6J Central System (ocpp-rpc in strict
    /// mode) over a real WebSocket on 127.0.0.1. Every frame in both directions is schema-validated by the peer;
    /// each test ends by asserting zero violations.
    /// </summary>
    [TestClass]
    public class CentralSystemInteropTests
    {
        [TestMethod]
        public void Boot_accepted_then_status_for_every_connector_and_heartbeats()
        {
            using var rig = Start(bootInterval: 1);
            rig.Check(() =>
            {
                var boot = rig.WaitForCall("BootNotification");
                Assert.IsTrue(boot.GetProperty("params").GetProperty("chargePointVendor").GetString()!.Length > 0);
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 0, "Available"), InteropRig.Wait);
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait);
                rig.WaitForCall("Heartbeat");
            });
        }

        [TestMethod]
        public void Boot_pending_answers_configuration_and_boots_again()
        {
            using var rig = Start(startFirmware: false);
            rig.Respond("BootNotification", Obj("status", "Pending", "currentTime", Now(), "interval", 2));
            rig.StartFirmware();
            rig.Check(() =>
            {
                rig.WaitForCall("BootNotification");
                var config = rig.Call("GetConfiguration", Obj("key", new[] { "HeartbeatInterval" }));
                Assert.AreEqual("result", config.GetProperty("event").GetString(), config.GetRawText());
                var change = rig.Call("ChangeConfiguration", Obj("key", "MeterValueSampleInterval", "value", "30"));
                Assert.AreEqual("Accepted", Status(change));
                int mark = rig.Mark;
                rig.WaitForCall("BootNotification", mark);
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);
            });
        }

        [TestMethod]
        public void Boot_rejected_stays_silent_for_the_interval_then_retries()
        {
            using var rig = Start(startFirmware: false);
            rig.Respond("BootNotification", Obj("status", "Rejected", "currentTime", Now(), "interval", 3));
            rig.StartFirmware();
            rig.Check(() =>
            {
                var first = rig.WaitForCall("BootNotification");
                var firstSeen = DateTime.UtcNow;
                int mark = rig.Mark;
                rig.WaitForCall("BootNotification", mark);
                Assert.IsTrue(DateTime.UtcNow - firstSeen >= TimeSpan.FromSeconds(2.5), "retried before the interval");
                var events = rig.Peer.Events;
                for (int i = mark; i < events.Count; i++)
                {
                    if (NodePeerProcess.Is(events[i], "call"))
                    {
                        Assert.AreEqual("BootNotification", events[i].GetProperty("action").GetString(), "sent while rejected: " + events[i].GetRawText());
                        break;
                    }
                }
            });
        }

        [TestMethod]
        public void Configuration_read_change_and_refusals()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                var all = rig.Call("GetConfiguration", Obj());
                var keys = all.GetProperty("result").GetProperty("configurationKey");
                Assert.IsTrue(keys.GetArrayLength() > 10, all.GetRawText());
                foreach (var k in keys.EnumerateArray())
                {
                    Assert.AreNotEqual("AuthorizationKey", k.GetProperty("key").GetString());
                }

                var change = rig.Call("ChangeConfiguration", Obj("key", "MeterValueSampleInterval", "value", "17"));
                Assert.AreEqual("Accepted", Status(change));
                var read = rig.Call("GetConfiguration", Obj("key", new[] { "MeterValueSampleInterval", "Testing" }));
                Assert.AreEqual("17", read.GetProperty("result").GetProperty("configurationKey")[0].GetProperty("value").GetString());
                Assert.AreEqual("Testing", read.GetProperty("result").GetProperty("unknownKey")[0].GetString());
                var unknown = rig.Call("ChangeConfiguration", Obj("key", "Testing", "value", "1"));
                Assert.AreEqual("NotSupported", Status(unknown));
                var bad = rig.Call("ChangeConfiguration", Obj("key", "MeterValueSampleInterval", "value", "-1"));
                Assert.AreEqual("Rejected", Status(bad));
            });
        }

        [TestMethod]
        public void Availability_round_trip_reports_status()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                var off = rig.Call("ChangeAvailability", Obj("connectorId", 1, "type", "Inoperative"));
                Assert.AreEqual("Accepted", Status(off));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Unavailable"), InteropRig.Wait, mark);
                mark = rig.Mark;
                var on = rig.Call("ChangeAvailability", Obj("connectorId", 1, "type", "Operative"));
                Assert.AreEqual("Accepted", Status(on));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);
            });
        }

        [TestMethod]
        public void Unlock_known_and_unknown_connector()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                var unlocked = rig.Call("UnlockConnector", Obj("connectorId", 1));
                Assert.AreEqual("Unlocked", Status(unlocked));
                var unknown = rig.Call("UnlockConnector", Obj("connectorId", 9));
                Assert.AreEqual("NotSupported", Status(unknown));
            });
        }

        [TestMethod]
        public void Data_transfer_to_unknown_vendor_is_answered()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                var answer = rig.Call("DataTransfer", Obj("vendorId", "com.example.nobody", "messageId", "ping"));
                Assert.AreEqual("UnknownVendorId", Status(answer));
            });
        }

        [TestMethod]
        public void Soft_reset_reboots_and_boots_again()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                var reset = rig.Call("Reset", Obj("type", "Soft"));
                Assert.AreEqual("Accepted", Status(reset));
                rig.WaitForCall("BootNotification", mark);
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);
            });
        }

        [TestMethod]
        public void Remote_started_session_with_meter_values_and_remote_stop()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                rig.Call("ChangeConfiguration", Obj("key", "MeterValueSampleInterval", "value", "1"));
                var start = rig.Call("RemoteStartTransaction", Obj("connectorId", 1, "idTag", "REMOTE1"));
                Assert.AreEqual("Accepted", Status(start));
                rig.Firmware!.Type("plug");
                rig.Firmware.Type("ev charge");
                var started = rig.WaitForCall("StartTransaction");
                Assert.AreEqual("REMOTE1", started.GetProperty("params").GetProperty("idTag").GetString());
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Charging"), InteropRig.Wait);
                var meter = rig.WaitForCall("MeterValues");
                Assert.IsTrue(meter.GetProperty("params").TryGetProperty("transactionId", out _), meter.GetRawText());
                int transactionId = TransactionIdOfFirstStart(rig);
                var stop = rig.Call("RemoteStopTransaction", Obj("transactionId", transactionId));
                Assert.AreEqual("Accepted", Status(stop));
                var stopped = rig.WaitForCall("StopTransaction");
                Assert.AreEqual("Remote", stopped.GetProperty("params").GetProperty("reason").GetString());
                Assert.AreEqual(transactionId, stopped.GetProperty("params").GetProperty("transactionId").GetInt32());
                Assert.IsTrue(stopped.GetProperty("params").GetProperty("meterStop").GetInt32() >= started.GetProperty("params").GetProperty("meterStart").GetInt32());
                int mark = rig.Mark;
                rig.Firmware.Type("unplug");
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);
            });
        }

        [TestMethod]
        public void Locally_started_session_with_a_card_and_stopped_with_the_same_card()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                rig.Firmware!.Type("plug");
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Preparing"), InteropRig.Wait);
                rig.Firmware.Type("card CARD42");
                var authorize = rig.WaitForCall("Authorize");
                Assert.AreEqual("CARD42", authorize.GetProperty("params").GetProperty("idTag").GetString());
                rig.Firmware.Type("ev charge");
                var started = rig.WaitForCall("StartTransaction");
                Assert.AreEqual("CARD42", started.GetProperty("params").GetProperty("idTag").GetString());
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Charging"), InteropRig.Wait);
                rig.Firmware.Type("card CARD42");
                var stopped = rig.WaitForCall("StopTransaction");
                var reason = stopped.GetProperty("params").TryGetProperty("reason", out var r) ? r.GetString() : "Local";
                Assert.AreEqual("Local", reason);
                rig.Firmware.Type("unplug");
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait);
                Assert.AreEqual(1, rig.Calls("StartTransaction").Count);
                Assert.AreEqual(1, rig.Calls("StopTransaction").Count);
            });
        }

        [TestMethod]
        public void Malformed_frames_get_call_errors_or_are_dropped_and_the_connection_survives()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                rig.SendRaw("this is not json");
                rig.SendRaw("[2,\"bad-1\",\"NoSuchAction\",{}]");
                var notImplemented = rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "badMessage") && e.GetProperty("raw").GetString()!.Contains("bad-1"), InteropRig.Wait, mark);
                Assert.Contains("NotImplemented", notImplemented.GetProperty("raw").GetString()!);
                rig.SendRaw("[2,\"bad-2\",\"Reset\",{\"type\":\"Sideways\"}]");
                var invalid = rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "badMessage") && e.GetProperty("raw").GetString()!.Contains("bad-2"), InteropRig.Wait, mark);
                Assert.Contains("[4,\"bad-2\"", invalid.GetProperty("raw").GetString()!);

                // The connection and the engine still work.
                var unlock = rig.Call("UnlockConnector", Obj("connectorId", 1));
                Assert.AreEqual("Unlocked", Status(unlock));
                Assert.AreEqual(0, rig.Calls("BootNotification", mark).Count, "the charge point re-booted");
            });
        }

        [TestMethod]
        public void Server_close_mid_transaction_loses_and_duplicates_nothing()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                rig.Call("ChangeConfiguration", Obj("key", "MeterValueSampleInterval", "value", "1"));
                rig.Firmware!.Type("plug");
                rig.Firmware.Type("card OFFLINE1");
                rig.Firmware.Type("ev charge");
                rig.WaitForCall("StartTransaction");
                rig.WaitForCall("MeterValues");

                rig.CloseConnection(refuseMs: 4000);
                rig.WaitForEvent("disconnected");
                rig.Peer.WaitFor(e => NodePeerProcess.Is(e, "authRejected"), InteropRig.Wait);
                rig.Firmware.Type("card OFFLINE1");
                rig.Firmware.Type("unplug");

                int reconnect = rig.Mark;
                rig.WaitForEvent("connected", reconnect, TimeSpan.FromSeconds(60));
                rig.WaitForCall("StopTransaction", reconnect, TimeSpan.FromSeconds(30));

                // Every transaction message exactly once, in order; meter values chronological.
                Assert.AreEqual(1, rig.Calls("StartTransaction").Count);
                Assert.AreEqual(1, rig.Calls("StopTransaction").Count);
                var timestamps = new List<DateTime>();
                foreach (var mv in rig.Calls("MeterValues"))
                {
                    foreach (var value in mv.GetProperty("params").GetProperty("meterValue").EnumerateArray())
                    {
                        timestamps.Add(value.GetProperty("timestamp").GetDateTime());
                    }
                }

                for (int i = 1; i < timestamps.Count; i++)
                {
                    Assert.IsTrue(timestamps[i] > timestamps[i - 1], "meter values out of order or duplicated at " + i);
                }

                var stop = rig.Calls("StopTransaction")[0];
                Assert.AreEqual(TransactionIdOfFirstStart(rig), stop.GetProperty("params").GetProperty("transactionId").GetInt32());
            });
        }

        [TestMethod]
        public void Basic_auth_wrong_password_is_refused_and_the_right_one_connects()
        {
            using (var wrong = Start(peerPassword: "s3cret", firmwarePassword: "guess"))
            {
                var rejected = wrong.Peer.WaitFor(e => NodePeerProcess.Is(e, "authRejected"), InteropRig.Wait);
                Assert.AreEqual("bad password", rejected.GetProperty("reason").GetString());
                Assert.AreEqual(0, wrong.Calls("BootNotification").Count);
            }

            using var right = Start(peerPassword: "s3cret", firmwarePassword: "s3cret");
            right.Check(() =>
            {
                right.WaitUntilBooted();
            });
        }

        private static InteropRig Start(string? peerPassword = null, string? firmwarePassword = null, bool startFirmware = true, int bootInterval = 300)
        {
            InteropPaths.RequirePeer();

            return new InteropRig(peerPassword, firmwarePassword, startFirmware: startFirmware, bootInterval: bootInterval);
        }

        private static InteropRig Booted()
        {
            return InteropRig.Boot(Start());
        }

        private static int TransactionIdOfFirstStart(InteropRig rig)
        {
            // The peer numbers transactions from 1 in the order it answers StartTransaction.
            Assert.IsTrue(rig.Calls("StartTransaction").Count >= 1);
            return 1;
        }

        /// <summary>The status of a call's result.</summary>
        private static string? Status(JsonElement answer) => answer.GetProperty("result").GetProperty("status").GetString();

        private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
    }
}
