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
    }
}
