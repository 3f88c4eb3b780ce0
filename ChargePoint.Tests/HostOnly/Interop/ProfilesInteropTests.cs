using System;
using System.Collections.Generic;
using System.Text.Json;
using nanoFramework.TestFramework;
using static ChargePoint.Tests.HostOnly.Interop.PeerJson;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// The profiles beyond Core (RemoteTrigger, LocalAuthListManagement, Reservation, SmartCharging,
    /// FirmwareManagement) between the host firmware process and the independent ocpp-rpc peer in strict mode:
    /// every frame both ways is schema-validated, each test ends by asserting zero violations.
    /// </summary>
    [TestClass]
    public class ProfilesInteropTests
    {
        [TestMethod]
        public void TriggerMessage_for_every_message_sends_it_after_the_answer()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                var profiles = rig.Call("GetConfiguration", Obj("key", new[] { "SupportedFeatureProfiles" }));
                Assert.AreEqual("Core,RemoteTrigger,LocalAuthListManagement,Reservation,SmartCharging,FirmwareManagement",
                    profiles.GetProperty("result").GetProperty("configurationKey")[0].GetProperty("value").GetString());

                int mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "StatusNotification", "connectorId", 1))));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "MeterValues", "connectorId", 1))));
                var meter = rig.WaitForCall("MeterValues", mark).GetProperty("params");
                Assert.AreEqual(1, meter.GetProperty("connectorId").GetInt32());
                Assert.AreEqual("Trigger", meter.GetProperty("meterValue")[0].GetProperty("sampledValue")[0].GetProperty("context").GetString());

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "Heartbeat"))));
                rig.WaitForCall("Heartbeat", mark);

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "DiagnosticsStatusNotification"))));
                Assert.AreEqual("Idle", rig.WaitForCall("DiagnosticsStatusNotification", mark).GetProperty("params").GetProperty("status").GetString());

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "FirmwareStatusNotification"))));
                Assert.AreEqual("Idle", rig.WaitForCall("FirmwareStatusNotification", mark).GetProperty("params").GetProperty("status").GetString());

                Assert.AreEqual("Rejected", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "StatusNotification", "connectorId", 9))));
                Assert.AreEqual("Rejected", Status(rig.Call("TriggerMessage", Obj("requestedMessage", "BootNotification"))), "already accepted (Errata 3.35)");
            });
        }

        [TestMethod]
        public void Local_list_full_then_differential_update_and_version()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                Assert.AreEqual(0, rig.Call("GetLocalListVersion", Obj()).GetProperty("result").GetProperty("listVersion").GetInt32(), "empty list");

                var full = rig.Call("SendLocalList", Obj(
                    "listVersion", 1,
                    "updateType", "Full",
                    "localAuthorizationList", new object[]
                    {
                        Obj("idTag", "LOCAL-A", "idTagInfo", Obj("status", "Accepted")),
                        Obj("idTag", "LOCAL-B", "idTagInfo", Obj("status", "Blocked")),
                    }));
                Assert.AreEqual("Accepted", Status(full));
                Assert.AreEqual(1, rig.Call("GetLocalListVersion", Obj()).GetProperty("result").GetProperty("listVersion").GetInt32());

                var diff = rig.Call("SendLocalList", Obj(
                    "listVersion", 2,
                    "updateType", "Differential",
                    "localAuthorizationList", new object[]
                    {
                        Obj("idTag", "LOCAL-C", "idTagInfo", Obj("status", "Accepted", "expiryDate", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"))),
                        Obj("idTag", "LOCAL-B"),
                    }));
                Assert.AreEqual("Accepted", Status(diff));
                Assert.AreEqual(2, rig.Call("GetLocalListVersion", Obj()).GetProperty("result").GetProperty("listVersion").GetInt32());

                var badVersion = rig.Call("SendLocalList", Obj("listVersion", 0, "updateType", "Full"));
                Assert.AreEqual("Failed", Status(badVersion), "version 0 is refused (Errata 3.52)");
                Assert.AreEqual(2, rig.Call("GetLocalListVersion", Obj()).GetProperty("result").GetProperty("listVersion").GetInt32(), "list unchanged");

                // A card of the list is authorized locally (LocalPreAuthorize) without asking the Central System.
                Assert.AreEqual("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
                rig.Firmware!.Type("plug");
                rig.Firmware.Type("card LOCAL-C");
                rig.Firmware.Type("ev charge");
                var started = rig.WaitForCall("StartTransaction");
                Assert.AreEqual("LOCAL-C", started.GetProperty("params").GetProperty("idTag").GetString());
                Assert.AreEqual(0, rig.Calls("Authorize").Count, "the local list answered");
            });
        }

        [TestMethod]
        public void ReserveNow_shows_Reserved_and_CancelReservation_frees_the_connector()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                var reserve = rig.Call("ReserveNow", Obj("connectorId", 1, "expiryDate", At(TimeSpan.FromHours(1)), "idTag", "RES-1", "reservationId", 42));
                Assert.AreEqual("Accepted", Status(reserve));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Reserved"), InteropRig.Wait, mark);
                int line = rig.Firmware!.LineCount;
                rig.Firmware.Type("status");
                rig.Firmware.WaitForLine("reservation: id 42 on connector 1 for RES-1", InteropRig.Wait, line);

                var occupied = rig.Call("ReserveNow", Obj("connectorId", 1, "expiryDate", At(TimeSpan.FromHours(1)), "idTag", "RES-2", "reservationId", 43));
                Assert.AreEqual("Occupied", Status(occupied));

                mark = rig.Mark;
                Assert.AreEqual("Accepted", Status(rig.Call("CancelReservation", Obj("reservationId", 42))));
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Available"), InteropRig.Wait, mark);
                Assert.AreEqual("Rejected", Status(rig.Call("CancelReservation", Obj("reservationId", 42))), "already cancelled");
            });
        }

        [TestMethod]
        public void Charging_profiles_set_composite_schedule_and_clear_reach_the_pilot()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                rig.Firmware!.Type("plug");
                rig.Firmware.Type("card PROFILE1");
                rig.Firmware.Type("ev charge");
                rig.WaitForCall("StartTransaction");
                rig.Peer.WaitFor(e => InteropRig.IsStatus(e, 1, "Charging"), InteropRig.Wait);

                var set = rig.Call("SetChargingProfile", Obj(
                    "connectorId", 1,
                    "csChargingProfiles", Obj(
                        "chargingProfileId", 11,
                        "transactionId", 1,
                        "stackLevel", 0,
                        "chargingProfilePurpose", "TxProfile",
                        "chargingProfileKind", "Relative",
                        "chargingSchedule", Obj(
                            "chargingRateUnit", "A",
                            "chargingSchedulePeriod", new object[] { Obj("startPeriod", 0, "limit", 10.0) }))));
                Assert.AreEqual("Accepted", Status(set));
                WaitForStatusLine(rig, "offered 10.0 A");

                var composite = rig.Call("GetCompositeSchedule", Obj("connectorId", 1, "duration", 600, "chargingRateUnit", "A"));
                var result = composite.GetProperty("result");
                Assert.AreEqual("Accepted", result.GetProperty("status").GetString(), composite.GetRawText());
                var period = result.GetProperty("chargingSchedule").GetProperty("chargingSchedulePeriod")[0];
                Assert.AreEqual(10.0, period.GetProperty("limit").GetDouble());

                var wrongTx = rig.Call("SetChargingProfile", Obj(
                    "connectorId", 1,
                    "csChargingProfiles", Obj(
                        "chargingProfileId", 12,
                        "transactionId", 99,
                        "stackLevel", 1,
                        "chargingProfilePurpose", "TxProfile",
                        "chargingProfileKind", "Relative",
                        "chargingSchedule", Obj("chargingRateUnit", "A", "chargingSchedulePeriod", new object[] { Obj("startPeriod", 0, "limit", 8.0) }))));
                Assert.AreEqual("Rejected", Status(wrongTx), "transactionId does not match");

                Assert.AreEqual("Accepted", Status(rig.Call("ClearChargingProfile", Obj("id", 11))));
                WaitForStatusLine(rig, "offered 32.0 A");
                Assert.AreEqual("Unknown", Status(rig.Call("ClearChargingProfile", Obj("id", 11))));
            });
        }

        [TestMethod]
        public void UpdateFirmware_downloads_installs_reboots_and_reports_Installed()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                using var files = new TempFiles();
                string location = rig.Serve("/fw/cp-0.2.bundle", files.Add(HostBundles.Build("0.2.0")));
                var update = rig.Call("UpdateFirmware", Obj("location", location, "retrieveDate", At(TimeSpan.Zero)));
                Assert.AreEqual("result", update.GetProperty("event").GetString(), update.GetRawText());
                var installed = rig.Peer.WaitFor(e => IsFirmwareStatus(e, "Installed"), TimeSpan.FromSeconds(40), mark);

                var sequence = new List<string>();
                int bootAt = -1;
                var events = rig.Peer.Events;
                for (int i = mark; i < events.Count; i++)
                {
                    if (NodePeerProcess.Is(events[i], "call", "FirmwareStatusNotification"))
                    {
                        sequence.Add(events[i].GetProperty("params").GetProperty("status").GetString()!);
                    }
                    else if (NodePeerProcess.Is(events[i], "call", "BootNotification") && bootAt < 0)
                    {
                        bootAt = sequence.Count;
                    }
                }

                Assert.AreEqual("Downloading,Downloaded,Installing,Installed", string.Join(",", sequence));
                Assert.AreEqual(3, bootAt, "the reboot comes between Installing and Installed");
                rig.Firmware!.WaitForLine("rebooting through the loader", InteropRig.Wait);
            });
        }

        [TestMethod]
        public void GetDiagnostics_names_the_file_and_reports_Uploading_then_Uploaded()
        {
            using var rig = Booted();
            rig.Check(() =>
            {
                int mark = rig.Mark;
                var diagnostics = rig.Call("GetDiagnostics", Obj("location", rig.FilesUrl + "/upload"));
                Assert.AreEqual("diagnostics.log", diagnostics.GetProperty("result").GetProperty("fileName").GetString(), diagnostics.GetRawText());
                rig.Peer.WaitFor(e => IsDiagnosticsStatus(e, "Uploading"), InteropRig.Wait, mark);
                rig.Peer.WaitFor(e => IsDiagnosticsStatus(e, "Uploaded"), InteropRig.Wait, mark);
                Assert.AreEqual(0, rig.Calls("BootNotification", mark).Count, "no reboot for diagnostics");
            });
        }

        private static bool IsFirmwareStatus(JsonElement e, string status)
        {
            return NodePeerProcess.Is(e, "call", "FirmwareStatusNotification") && e.GetProperty("params").GetProperty("status").GetString() == status;
        }

        private static bool IsDiagnosticsStatus(JsonElement e, string status)
        {
            return NodePeerProcess.Is(e, "call", "DiagnosticsStatusNotification") && e.GetProperty("params").GetProperty("status").GetString() == status;
        }

        /// <summary>Types `status` until the firmware's connector line shows the text (the limit applies within a tick).</summary>
        private static void WaitForStatusLine(InteropRig rig, string text)
        {
            DateTime deadline = DateTime.UtcNow + InteropRig.Wait;
            while (true)
            {
                int line = rig.Firmware!.LineCount;
                rig.Firmware.Type("status");
                try
                {
                    rig.Firmware.WaitForLine(text, TimeSpan.FromSeconds(1), line);
                    return;
                }
                catch (TimeoutException)
                {
                    if (DateTime.UtcNow > deadline)
                    {
                        throw;
                    }
                }
            }
        }

        private static InteropRig Booted()
        {
            return InteropRig.Boot(new InteropRig());
        }

        private static string At(TimeSpan fromNow) => (DateTime.UtcNow + fromNow).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

    }
}
