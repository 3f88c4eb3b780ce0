using System.Text;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Platform;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Json
{
    /// <summary>
    /// Text with surrogates through every char-by-char writer. On the nanoCLR the string indexer returns the high
    /// surrogate for both halves of a pair, so these paths must read such text through a char[].
    /// </summary>
    [TestClass]
    public class SurrogateTextTests
    {
        [TestMethod]
        public void Emoji_and_lone_surrogates_round_trip_exactly_through_writer_and_reader()
        {
            string[] texts =
            {
                "\ud83d\ude00",
                "ok \ud83d\ude00 \"quoted\" \ud83d\udc4d\ud83c\udffd end",
                "\u00e9\\\n\ud83d\ude00\u0001",
                "\ud83d\ude00\ud83d\ude00\ud83d\ude00",
                "lone high \ud800 and lone low \udc00 then pair \ud83d\ude00",
                "\udc00\ud800",
                "\uffff\ue000 private use",
            };
            for (int i = 0; i < texts.Length; i++)
            {
                Assert.AreEqual(texts[i], RoundTrip(texts[i], false), "raw: " + i.ToString());
                Assert.AreEqual(texts[i], RoundTrip(texts[i], true), "escaped: " + i.ToString());
            }
        }

        [TestMethod]
        public void Pairs_are_written_raw_and_lone_halves_escaped()
        {
            Assert.AreEqual("\"a\ud83d\ude00b\"", Write("a\ud83d\ude00b", false));
            Assert.AreEqual("\"x\\uD800y\\uDC00z\"", Write("x\ud800y\udc00z", false));
            Assert.AreEqual("\"\\uDE00\\uD83D\"", Write("\ude00\ud83d", false), "reversed halves are two lone surrogates");
            Assert.AreEqual("\"\\\"\ud83d\ude00\\n\\\\\"", Write("\"\ud83d\ude00\n\\", false), "escapes after the first surrogate");
            Assert.AreEqual("\"\\u00E9\\uD83D\\uDE00\\\"\"", Write("\u00e9\ud83d\ude00\"", true));
        }

        [TestMethod]
        public void Reader_keeps_raw_pairs_next_to_escapes()
        {
            var r = new JsonReader();
            r.Reset("[\"\ud83d\ude00\\n\ud83d\udc4d\\u00e9\ud83d\ude00\"]");
            r.ReadStartArray("a");
            Assert.IsTrue(r.NextItem());
            Assert.AreEqual("\ud83d\ude00\n\ud83d\udc4d\u00e9\ud83d\ude00", r.ReadString("s"));
        }

        [TestMethod]
        public void Record_text_escapes_and_restores_emoji_exactly()
        {
            string value = "a\\b\n\ud83d\ude00\t\r\ud83d\udc4d\\";
            var sb = new StringBuilder();
            RecordText.Escape(sb, value, true);
            Assert.AreEqual("a\\\\b\\n\ud83d\ude00\\t\\r\ud83d\udc4d\\\\", sb.ToString());
            Assert.AreEqual(value, RecordText.Unescape(sb.ToString(), true));
            sb.Append('\n');
            byte[] bytes = RecordText.Seal(RecordText.PlainBytes(sb));
            Assert.AreEqual(value, RecordText.Unescape(RecordText.Lines(bytes, bytes.Length)[0], true));
        }

        private static string Write(string text, bool escapeNonAscii)
        {
            var w = new JsonWriter();
            w.EscapeNonAscii = escapeNonAscii;
            w.String(text);
            return w.ToString();
        }

        private static string RoundTrip(string text, bool escapeNonAscii)
        {
            var w = new JsonWriter();
            w.EscapeNonAscii = escapeNonAscii;
            w.StartArray();
            w.String(text);
            w.EndArray();
            var r = new JsonReader();
            r.Reset(w.ToString());
            r.ReadStartArray("a");
            Assert.IsTrue(r.NextItem());
            return r.ReadString("s");
        }
    }
}
