using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Security
{
    /// <summary>SecurityEventNotification (Security Whitepaper §4.1): detected events, persistent queue, delivery until confirmed. Exact frames.</summary>
    [TestClass]
    public class SecurityEventTests
    {
        private const string Boot = "BootNotification {\"chargePointVendor\":\"OpenEV-nf\",\"chargePointModel\":\"ESP32-AC\",\"firmwareVersion\":\"0.1.0\"}\n";

        [TestMethod]
        public void StartupOfTheDevice_is_reported_after_each_Accepted_boot_and_leaves_the_queue_when_confirmed()
        {
            var k = new SecurityKit(1);
            k.Run(2000);
            k.Expect(Boot + k.Event(SecurityService.StartupOfTheDevice, null, 100) + k.Status(0, "Available", 200) + k.Status(1, "Available", 300));
            Assert.AreEqual(0, k.QueuedEvents());
            Assert.AreEqual(string.Empty, Text(k.W.Storage.Read(SecurityService.RecordName)), "confirmed events leave the record");
            k.Run(120000);
            k.Expect(string.Empty);

            k.Reboot();
            k.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.IsTrue(frames.StartsWith(Boot + k.Event(SecurityService.StartupOfTheDevice, null, 122100)), frames);
            Assert.AreEqual(1, Count(frames, "SecurityEventNotification"), frames);
        }

        [TestMethod]
        public void Unconfirmed_event_is_sent_again_once_after_a_reboot()
        {
            var k = new SecurityKit(1).Idle();
            k.W.Cs.Silent = true; // the Central System receives but never answers
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"00112233445566778899AABBCCDDEEFF\"}"));
            k.Run(1000);
            // A new AuthorizationKey reconnects at once: the unanswered event is sent again on the new connection.
            string changed = k.Event(SecurityService.ReconfigurationOfSecurityParameters, "AuthorizationKey changed", 2000);
            k.Expect(changed + changed);
            Assert.AreEqual(1, k.QueuedEvents());
            Assert.AreEqual("1735689602000\tReconfigurationOfSecurityParameters\t+AuthorizationKey changed\n", Text(k.W.Storage.Read(SecurityService.RecordName)));

            k.Reboot();
            k.W.Cs.Silent = false;
            k.Run(2000);
            k.Expect(Boot + changed + k.Status(0, "Available", 3300) + k.Event(SecurityService.StartupOfTheDevice, null, 3200) +
                k.Status(1, "Available", 3500));
            k.Run(300000);
            k.Expect(string.Empty);
            Assert.AreEqual(0, k.QueuedEvents());
            k.Reboot();
            k.Run(2000);
            Assert.AreEqual(1, Count(k.W.Cs.Take(), "SecurityEventNotification"), "only this boot's StartupOfTheDevice");
        }

        [TestMethod]
        public void CallError_retries_after_the_retry_interval_until_confirmed()
        {
            var k = new SecurityKit(1);
            k.W.Cs.FailAction = "SecurityEventNotification";
            k.Run(2000);
            k.W.Cs.Take();
            k.Run(57000);
            k.Expect(string.Empty);
            k.W.Cs.FailAction = null;
            k.Run(2000);
            k.Expect(k.Event(SecurityService.StartupOfTheDevice, null, 100));
            Assert.AreEqual(0, k.QueuedEvents());
            k.Run(120000);
            k.Expect(string.Empty);
        }

        [TestMethod]
        public void NotImplemented_from_a_Central_System_without_the_whitepaper_drops_the_event_and_the_next_one_goes_out()
        {
            var k = new SecurityKit(1);
            k.W.Cs.FailAction = "SecurityEventNotification";
            k.W.Cs.FailCode = "NotImplemented";
            k.Run(2000);
            Assert.AreEqual(1, Count(k.W.Cs.Take(), "SecurityEventNotification"));
            Assert.AreEqual(0, k.QueuedEvents(), "refused for good: not kept");
            Assert.AreEqual(string.Empty, Text(k.W.Storage.Read(SecurityService.RecordName)), "and not on flash either");
            k.Run(180000);
            Assert.AreEqual(0, Count(k.W.Cs.Take(), "SecurityEventNotification"), "not resent every retry interval");

            // A later event is sent (once) rather than queued behind the refused one.
            k.W.Cs.FailCode = "NotSupported";
            k.W.Set("AuthorizationKey", "00112233445566778899AABBCCDDEEF1");
            k.Run(1000);
            string frames = k.W.Cs.Take();
            Assert.AreEqual(1, Count(frames, "ReconfigurationOfSecurityParameters"), frames);
            Assert.AreEqual(0, k.QueuedEvents(), "refused for good too: not kept");
            k.Run(180000);
            Assert.AreEqual(0, Count(k.W.Cs.Take(), "SecurityEventNotification"), "and not resent");

            k.Reboot();
            k.W.Cs.FailAction = null;
            k.Run(2000);
            Assert.AreEqual(1, Count(k.W.Cs.Take(), "SecurityEventNotification"), "only this boot's StartupOfTheDevice: nothing refused comes back");
        }

        [TestMethod]
        public void Malformed_request_CallErrors_are_permanent_server_faults_are_retried()
        {
            string[] permanent = { "NotImplemented", "NotSupported", "ProtocolError", "FormationViolation", "PropertyConstraintViolation", "OccurenceConstraintViolation", "TypeConstraintViolation" };
            for (int i = 0; i < permanent.Length; i++)
            {
                var k = new SecurityKit(1);
                k.W.Cs.FailAction = "SecurityEventNotification";
                k.W.Cs.FailCode = permanent[i];
                k.Run(2000);
                k.Run(120000);
                Assert.AreEqual(1, Count(k.W.Cs.Take(), "SecurityEventNotification"), permanent[i] + " is sent once");
                Assert.AreEqual(0, k.QueuedEvents(), permanent[i]);
            }

            string[] transient = { "InternalError", "GenericError", "SecurityError" };
            for (int i = 0; i < transient.Length; i++)
            {
                var k = new SecurityKit(1);
                k.W.Cs.FailAction = "SecurityEventNotification";
                k.W.Cs.FailCode = transient[i];
                k.Run(2000);
                k.Run(120000);
                Assert.AreEqual(3, Count(k.W.Cs.Take(), "SecurityEventNotification"), transient[i] + " is retried every 60 s");
                Assert.AreEqual(1, k.QueuedEvents(), transient[i]);
            }
        }

        [TestMethod]
        public void Reset_reports_ResetOrReboot_with_the_type_before_rebooting()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("Reset", "{\"type\":\"Hard\"}"));
            k.Run(1000);
            k.Expect(k.Event(SecurityService.ResetOrReboot, "Hard", 2000));
            Assert.AreEqual(1, k.W.Hooks.Resets);
            Assert.AreEqual(0, k.QueuedEvents(), "confirmed before the reboot");
        }

        [TestMethod]
        public void Clock_moved_by_the_Central_System_beyond_the_threshold_is_SettingSystemTime()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"));
            k.Run(1000);
            k.Expect("Heartbeat {}\n");

            k.W.Cs.WorldMs += 120000; // the Central System's clock jumps 2 minutes ahead of ours
            Assert.AreEqual("{\"status\":\"Accepted\"}", k.Call("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}"));
            k.Run(1000);
            k.Expect("Heartbeat {}\n" + k.Event(SecurityService.SettingSystemTime, "moved 120 s", 123200));
        }

        [TestMethod]
        public void FirmwareUpdated_is_reported_after_the_reboot_into_the_new_image()
        {
            var k = new SecurityKit(1).Idle();
            Assert.AreEqual("{}", k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp-2.0.bin\",\"retrieveDate\":\"" + k.T(2000) + "\"}"));
            while (k.W.Hooks.Resets == 0 && k.W.Now < 60000)
            {
                k.Run(100);
            }

            Assert.AreEqual(1, k.W.Hooks.Resets);
            k.W.Cs.Take();
            Assert.AreEqual(1, k.QueuedEvents(), "on flash when the device reboots into the new image");
            k.Reboot();
            k.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.Contains(k.Event(SecurityService.FirmwareUpdated, null, 17100), frames);
            Assert.AreEqual(2, Count(frames, "SecurityEventNotification"), frames);
        }

        [TestMethod]
        public void Queue_is_bounded_drops_the_oldest_and_survives_a_reboot()
        {
            var k = new SecurityKit(1);
            k.W.Cs.FailAction = "SecurityEventNotification";
            k.Run(2000);
            for (int i = 0; i < SecurityService.MaxQueuedEvents; i++)
            {
                k.W.Set("AuthorizationKey", "00112233445566778899AABBCCDDEE" + (10 + i).ToString());
            }

            int last = SecurityService.MaxQueuedEvents - 1;
            Assert.AreEqual(SecurityService.MaxQueuedEvents, k.QueuedEvents());
            Assert.AreEqual(SecurityService.ReconfigurationOfSecurityParameters, k.Security.At(0).Type, "StartupOfTheDevice was the oldest");

            k.Reboot();
            Assert.AreEqual(SecurityService.MaxQueuedEvents, k.QueuedEvents());
            Assert.AreEqual("AuthorizationKey changed", k.Security.At(last).TechInfo);
            Assert.AreEqual(0L, ChargePoint.Ocpp.Model.Transactions.CaptureTime.ToMs(k.Security.At(last).Timestamp), "recorded outside a loop pass and not stamped before the power cut");
        }

        /// <summary>The record's body: its seal must match (and is left out).</summary>
        private static string Text(byte[]? data)
        {
            if (data == null)
            {
                return string.Empty;
            }

            int length = ChargePoint.Ocpp.Platform.RecordText.CheckedLength(data, true);
            Assert.AreEqual(data.Length - ChargePoint.Ocpp.Platform.RecordText.SealLength, length, "sealed and intact");
            return new string(System.Text.Encoding.UTF8.GetChars(data, 0, length));
        }

        private static int Count(string text, string what)
        {
            int n = 0;
            for (int at = text.IndexOf(what); at >= 0; at = text.IndexOf(what, at + what.Length))
            {
                n++;
            }

            return n;
        }
    }
}
