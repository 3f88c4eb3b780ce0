using System.Text;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Tests.Ocpp.Security;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp
{
    /// <summary>
    /// The escaping of the two line records (ocpp.config, sec.events), pinned byte for byte so stored data keeps loading.
    /// They differ on purpose in one point: tab is plain data in a config value but the field separator of an event line.
    /// </summary>
    [TestClass]
    public class StoredRecordEscapingTests
    {
        [TestMethod]
        public void Config_record_escapes_backslash_and_line_breaks_but_stores_tab_raw_and_reads_it_back()
        {
            var storage = new SimulatedStorage();
            var store = new ConfigurationStore(storage);
            store.Declare("Note", ConfigurationStore.TypeString, string.Empty, 500, null);
            Assert.IsTrue(store.SetLocal("Note", "a\tb\\c\nd\re"));
            Assert.AreEqual("Note=a\tb\\\\c\\nd\\re\n#crc32=AC88DA95\n", Text(storage.Read(ConfigurationStore.RecordName)));

            var rebooted = new ConfigurationStore(storage);
            Assert.AreEqual("a\tb\\c\nd\re", rebooted.Value(rebooted.Declare("Note", ConfigurationStore.TypeString, string.Empty, 500, null)));
        }

        [TestMethod]
        public void Config_record_reads_an_unknown_escape_as_the_escaped_char_and_a_lone_trailing_backslash_as_is_legacy_without_seal()
        {
            var storage = new SimulatedStorage();
            storage.SetRaw(ConfigurationStore.RecordName, Encoding.UTF8.GetBytes("A=x\\ty\\q\nB=z\\\n"));
            var store = new ConfigurationStore(storage);
            Assert.AreEqual("xtyq", store.Value(store.Declare("A", ConfigurationStore.TypeString, string.Empty, 500, null)));
            Assert.AreEqual("z\\", store.Value(store.Declare("B", ConfigurationStore.TypeString, string.Empty, 500, null)));
        }

        [TestMethod]
        public void Security_event_record_escapes_tab_backslash_and_line_breaks_and_reads_them_back_after_a_reboot()
        {
            var k = new SecurityKit(1);
            k.Security.Add("T\tx", "a\tb\\c\nd\re", SecurityService.UnknownTime);
            k.Security.Add("Plain", null, SecurityService.UnknownTime);
            Assert.AreEqual("0\tT\\tx\t+a\\tb\\\\c\\nd\\re\n0\tPlain\t\n#crc32=2126F8FF\n", Text(k.W.Storage.Read(SecurityService.RecordName)));

            k.Reboot();
            Assert.AreEqual(2, k.QueuedEvents());
            Assert.AreEqual("T\tx", k.Security.At(0).Type);
            Assert.AreEqual("a\tb\\c\nd\re", k.Security.At(0).TechInfo);
            Assert.AreEqual("Plain", k.Security.At(1).Type);
            Assert.IsNull(k.Security.At(1).TechInfo);
        }

        [TestMethod]
        public void A_legacy_config_record_without_seal_loads_and_the_next_save_seals_it()
        {
            var storage = new SimulatedStorage();
            storage.SetRaw(ConfigurationStore.RecordName, Encoding.UTF8.GetBytes("Note=old\n"));
            var store = new ConfigurationStore(storage);
            Assert.AreEqual("old", store.Value(store.Declare("Note", ConfigurationStore.TypeString, string.Empty, 500, null)));
            Assert.IsNull(storage.Read(ConfigurationStore.RecordName + StoreHealth.CorruptSuffix));
            Assert.IsTrue(store.SetLocal("Note", "a\tb\\c\nd\re"));
            Assert.AreEqual("Note=a\tb\\\\c\\nd\\re\n#crc32=AC88DA95\n", Text(storage.Read(ConfigurationStore.RecordName)));
        }

        [TestMethod]
        public void A_legacy_security_event_record_without_seal_loads()
        {
            var k = new SecurityKit(1);
            k.W.Storage.Write(SecurityService.RecordName, Encoding.UTF8.GetBytes("5\tOld\t+x\\ty\n"));
            k.Reboot();
            Assert.AreEqual(1, k.QueuedEvents());
            Assert.AreEqual("Old", k.Security.At(0).Type);
            Assert.AreEqual("x\ty", k.Security.At(0).TechInfo);
        }

        [TestMethod]
        public void A_sealed_record_with_one_flipped_bit_or_torn_or_extended_fails_its_check()
        {
            byte[] good = RecordText.Seal(RecordText.PlainBytes(new StringBuilder("A=1\nB=2\n")));
            Assert.AreEqual(good.Length - RecordText.SealLength, RecordText.CheckedLength(good, true));
            for (int i = 0; i < good.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    var bad = new byte[good.Length];
                    System.Array.Copy(good, bad, good.Length);
                    bad[i] ^= (byte)(1 << bit);
                    Assert.AreEqual(RecordText.Corrupt, RecordText.CheckedLength(bad, true), "bit " + bit.ToString() + " of byte " + i.ToString());
                }
            }

            for (int n = 9; n < good.Length; n++)
            {
                var torn = new byte[n];
                System.Array.Copy(good, torn, n);
                Assert.AreEqual(RecordText.Corrupt, RecordText.CheckedLength(torn, true), "torn to " + n.ToString());
            }

            var longer = new byte[good.Length + 1];
            System.Array.Copy(good, longer, good.Length);
            longer[good.Length] = (byte)'x';
            Assert.AreEqual(RecordText.Corrupt, RecordText.CheckedLength(longer, true));
        }

        private static string Text(byte[]? data) => data == null ? string.Empty : new string(Encoding.UTF8.GetChars(data));
    }
}
