using ChargePoint.Ocpp.Json;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Json
{
    [TestClass]
    public class JsonVocabularyTests
    {
        [TestMethod]
        public void Known_words_decode_to_one_shared_instance_and_other_text_to_copies()
        {
            var vocabulary = new JsonVocabulary(new string[] { "Accepted", "Rejected", "EV", "Accepted", "L1" });
            var reader = new JsonReader();
            reader.Vocabulary = vocabulary;
            reader.Reset("[\"Rejected\",\"EV\",\"Rejected\",\"Blocked\",\"\",\"Accepted\"]");
            reader.ReadStartArray("list");
            var values = new string[6];
            for (int i = 0; i < values.Length; i++)
            {
                Assert.IsTrue(reader.NextItem());
                values[i] = reader.ReadString("item");
            }

            Assert.IsFalse(reader.NextItem());
            Assert.AreEqual("Rejected", values[0]);
            Assert.AreEqual("EV", values[1]);
            Assert.IsTrue(object.ReferenceEquals(values[0], values[2]), "the same known word is one instance");
            Assert.AreEqual("Blocked", values[3]);
            Assert.AreEqual(string.Empty, values[4]);
            Assert.AreEqual("Accepted", values[5]);
        }

        [TestMethod]
        public void Find_compares_in_place_by_length_and_misses_cleanly()
        {
            var vocabulary = new JsonVocabulary(new string[] { "L1", "L2", "EV", "Inlet", "Outlet" });
            Assert.AreEqual("EV", vocabulary.Find("xEVx", 1, 2));
            Assert.AreEqual("L2", vocabulary.Find("L1L2", 2, 2));
            Assert.AreEqual("Outlet", vocabulary.Find("Outlet", 0, 6));
            Assert.IsNull(vocabulary.Find("L3", 0, 2));
            Assert.IsNull(vocabulary.Find("Inle", 0, 4), "no word of that length");
            Assert.IsNull(vocabulary.Find("", 0, 0));
            Assert.IsNull(vocabulary.Find("a much longer text", 0, 18), "longer than every word");
        }

        [TestMethod]
        public void Words_of_space_separated_tables_are_found_in_place_and_handed_out_as_one_instance()
        {
            var vocabulary = new JsonVocabulary(new string[] { "Accepted Rejected", "L1 L2 L1-N", "Rejected", "Heartbeat" });
            string first = vocabulary.Find("x\"Rejected\"", 2, 8)!;
            Assert.AreEqual("Rejected", first);
            Assert.IsTrue(object.ReferenceEquals(first, vocabulary.Find("Rejected", 0, 8)), "cut out once, then shared");
            Assert.AreEqual("L1-N", vocabulary.Find("L1-N", 0, 4));
            Assert.AreEqual("L2", vocabulary.Find("L2", 0, 2));
            Assert.AreEqual("Heartbeat", vocabulary.Find("Heartbeat", 0, 9), "a one-word table");
            Assert.IsNull(vocabulary.Find("L1 L2", 0, 5), "never across words");
            Assert.IsNull(vocabulary.Find("Accept", 0, 6));
        }

        [TestMethod]
        public void The_V16_vocabulary_knows_the_enumeration_values_and_actions_the_charger_reads()
        {
            JsonVocabulary vocabulary = ChargePoint.Ocpp.Messages.V16.DataTypes.OcppEnum.Vocabulary();
            Assert.AreEqual("RemoteStartTransaction", vocabulary.Find("RemoteStartTransaction", 0, 22));
            Assert.AreEqual("Accepted", vocabulary.Find("Accepted", 0, 8));
            Assert.AreEqual("TxDefaultProfile", vocabulary.Find("TxDefaultProfile", 0, 16));
            Assert.AreEqual("SignChargePointCertificate", vocabulary.Find("SignChargePointCertificate", 0, 26));
            Assert.AreEqual("ConcurrentTx", vocabulary.Find("ConcurrentTx", 0, 12));
            Assert.IsNull(vocabulary.Find("Sample.Periodic", 0, 15), "the charger writes measurement contexts, never reads them");
            Assert.IsNull(vocabulary.Find("SuspendedEVSE", 0, 13), "nor connector states");
        }

        [TestMethod]
        public void The_central_system_vocabulary_knows_every_enumeration_value_and_action()
        {
            JsonVocabulary vocabulary = ChargePoint.Ocpp.CentralSystem.CentralSystemVocabulary.Create();
            Assert.AreEqual("Sample.Periodic", vocabulary.Find("Sample.Periodic", 0, 15));
            Assert.AreEqual("Energy.Reactive.Import.Interval", vocabulary.Find("Energy.Reactive.Import.Interval", 0, 31));
            Assert.AreEqual("SignedFirmwareStatusNotification", vocabulary.Find("SignedFirmwareStatusNotification", 0, 32));
            Assert.AreEqual("RemoteStartTransaction", vocabulary.Find("RemoteStartTransaction", 0, 22));
            Assert.AreEqual("Heartbeat", vocabulary.Find("Heartbeat", 0, 9));
            Assert.AreEqual("Accepted", vocabulary.Find("Accepted", 0, 8));
            Assert.AreEqual("Celcius", vocabulary.Find("Celcius", 0, 7));
            Assert.IsNull(vocabulary.Find("Sample.Periodik", 0, 15));
        }

        [TestMethod]
        public void Every_word_found_stays_one_instance_beyond_the_first_few_found()
        {
            const string Table = "w00 w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19";
            var vocabulary = new JsonVocabulary(new string[] { Table, "x" });
            var first = new string[21];
            for (int i = 0; i < 20; i++)
            {
                first[i] = vocabulary.Find(Table, 4 * i, 3)!;
                Assert.AreEqual(Table.Substring(4 * i, 3), first[i]);
            }

            first[20] = vocabulary.Find("x", 0, 1)!;
            for (int i = 19; i >= 0; i--)
            {
                Assert.IsTrue(object.ReferenceEquals(first[i], vocabulary.Find("(" + Table.Substring(4 * i, 3) + ")", 1, 3)), "word " + i);
            }

            Assert.IsTrue(object.ReferenceEquals(first[20], vocabulary.Find("x", 0, 1)), "a one-word table");
        }

        [TestMethod]
        public void IsOneOf_matches_whole_words_of_a_table_only()
        {
            const string Table = "L1-N L1 Accepted Rejected";
            Assert.IsTrue(ChargePoint.Ocpp.Messages.Validate.IsOneOf("L1", Table));
            Assert.IsTrue(ChargePoint.Ocpp.Messages.Validate.IsOneOf("L1-N", Table));
            Assert.IsTrue(ChargePoint.Ocpp.Messages.Validate.IsOneOf("Rejected", Table), "the last word");
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf("L1-", Table), "a prefix");
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf("ccepted", Table), "a suffix");
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf("Accepted Rejected", Table), "two words");
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf("accepted", Table), "case matters");
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf("", Table));
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf(null, Table));
            Assert.IsFalse(ChargePoint.Ocpp.Messages.Validate.IsOneOf(" ", Table));
        }
    }
}
