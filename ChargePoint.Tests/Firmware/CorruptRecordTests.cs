using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>
    /// A stored record that fails its check is recovered where a good copy exists, moved aside to "&lt;name&gt;.corrupt"
    /// (never overwritten in place), warned about on the console and reported to the Central System once
    /// (StatusNotification on connector 0, OtherError, vendorErrorCode JournalCorrupt / RecordCorrupt:&lt;name&gt;).
    /// </summary>
    [TestClass]
    public class CorruptRecordTests
    {
        [TestMethod]
        public void A_journal_state_overwritten_with_random_bytes_loses_no_queued_message_and_is_reported()
        {
            var w = Online();
            w.Type("config set MeterValuesSampledData Energy.Active.Import.Register");
            w.Type("config set MeterValueSampleInterval 30");
            w.Type("plug");
            w.Type("card TAG-1");
            w.Type("ev charge");
            w.Advance(5000);
            Assert.AreEqual(1, w.CountSent("\"StartTransaction\""));
            w.Transport.AcceptConnections = false;
            w.Transport.PeerDisconnect();
            w.Advance(31000); // one sample queued offline
            w.Type("card TAG-1"); // offline stop by the same card: queued
            w.Advance(1000);
            Assert.Contains("journal: 2 queued", w.Type("status"));

            byte[] garbage = Garbage(96);
            w.Storage.SetRaw("txj.state", garbage);
            int from = w.Console.LineCount;
            w.Sim.Reboot();
            w.Transport.AcceptConnections = true;
            w.Advance(15000);
            string console = w.Console.From(from);

            Assert.Contains("txj.state", console, "a warning names the record:\n" + console);
            byte[]? kept = w.Storage.Read("txj.state.corrupt");
            Assert.IsNotNull(kept, "the corrupt bytes are kept aside");
            Assert.AreEqual(garbage.Length, kept!.Length);
            for (int i = 0; i < garbage.Length; i++)
            {
                Assert.AreEqual(garbage[i], kept[i]);
            }

            Assert.AreEqual(1, w.CountSent("\"StopTransaction\""), "the queued StopTransaction survives:\n" + w.Frames());
            Assert.Contains("\"reason\":\"Local\"", w.LastSent("\"StopTransaction\""));
            Assert.AreEqual(1, w.CountSent("\"vendorErrorCode\":\"JournalCorrupt\""), "reported once:\n" + w.Frames());
            string report = w.LastSent("JournalCorrupt");
            Assert.Contains("\"connectorId\":0", report);
            Assert.Contains("\"errorCode\":\"OtherError\"", report);
            Assert.Contains("journal: 0 queued", w.Type("status"));
        }

        [TestMethod]
        public void A_corrupt_local_list_is_moved_aside_reported_and_the_charger_starts_with_an_empty_list()
        {
            var w = Online();
            w.CentralSystem.Send("[2,\"l1\",\"SendLocalList\",{\"listVersion\":4,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"A\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}]");
            w.Advance(1000);
            string name = "auth.list";
            byte[] bytes = w.Storage.Read(name)!;
            bytes[bytes.Length / 2] ^= 0x40;
            w.Storage.SetRaw(name, bytes);
            w.Sim.Reboot();
            w.Advance(10000);
            Assert.IsNotNull(w.Storage.Read(name + ".corrupt"));
            Assert.AreEqual(1, w.CountSent("\"vendorErrorCode\":\"RecordCorrupt:" + name + "\""), w.Frames());
            Assert.Contains("CORRUPT RECORD " + name, w.Type("status"));
        }

        [TestMethod]
        public void A_bit_flip_in_the_configuration_record_is_moved_aside_reported_and_the_charger_uses_defaults()
        {
            var w = Online();
            w.Type("config set MeterValueSampleInterval 37");
            Assert.Contains("37", w.Type("config get MeterValueSampleInterval"));
            string name = "ocpp.config";
            byte[] bytes = w.Storage.Read(name)!;
            bytes[bytes.Length / 3] ^= 0x04;
            w.Storage.SetRaw(name, bytes);
            int from = w.Console.LineCount;
            w.Sim.Reboot();
            w.Advance(10000);
            Assert.Contains(name, w.Console.From(from), "a warning names the record");
            byte[]? kept = w.Storage.Read(name + ".corrupt");
            Assert.IsNotNull(kept, "the corrupt bytes are kept aside");
            Assert.AreEqual(bytes.Length, kept!.Length);
            Assert.IsFalse(w.Type("config get MeterValueSampleInterval").IndexOf("37") >= 0, "defaults, not the damaged value");
            Assert.AreEqual(1, w.CountSent("\"vendorErrorCode\":\"RecordCorrupt:" + name + "\""), w.Frames());
            Assert.Contains("CORRUPT RECORD " + name, w.Type("status"));
        }

        [TestMethod]
        public void A_bit_flip_in_the_security_event_record_is_moved_aside_and_reported()
        {
            var w = Online();
            string name = "sec.events";
            byte[]? bytes = w.Storage.Read(name);
            Assert.IsNotNull(bytes, "the boot's security event was saved");
            bytes![bytes.Length / 2] ^= 0x01;
            w.Storage.SetRaw(name, bytes);
            w.Sim.Reboot();
            w.Advance(10000);
            Assert.IsNotNull(w.Storage.Read(name + ".corrupt"));
            Assert.AreEqual(1, w.CountSent("\"vendorErrorCode\":\"RecordCorrupt:" + name + "\""), w.Frames());
            Assert.Contains("CORRUPT RECORD " + name, w.Type("status"));
        }

        private static byte[] Garbage(int length)
        {
            var b = new byte[length];
            uint x = 0x9E3779B9;
            for (int i = 0; i < length; i++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                b[i] = (byte)x;
            }

            return b;
        }

        private static FirmwareWorld Online()
        {
            var w = new FirmwareWorld(true);
            w.CentralSystem.AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("StopTransaction", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            w.CentralSystem.AutoReply("MeterValues", "{}");
            w.Advance(3000);
            return w;
        }
    }
}
