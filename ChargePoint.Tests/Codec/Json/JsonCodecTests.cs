using System;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Json;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Json
{
    [TestClass]
    public class JsonCodecTests
    {
        [TestMethod]
        public void Writer_escapes_quotes_controls_and_lone_surrogates_and_keeps_pairs()
        {
            var w = new JsonWriter();
            w.String("a\"b\\c\n\u0001\u00e9\ud83d\ude00\ud800x");
            Assert.AreEqual("\"a\\\"b\\\\c\\n\\u0001\u00e9\ud83d\ude00\\uD800x\"", w.ToString());
        }

        [TestMethod]
        public void Writer_can_escape_every_non_ascii_unit_including_surrogate_pairs()
        {
            var w = new JsonWriter();
            w.EscapeNonAscii = true;
            w.String("\u00e9\ud83d\ude00");
            Assert.AreEqual("\"\\u00E9\\uD83D\\uDE00\"", w.ToString());
        }

        [TestMethod]
        public void Reader_decodes_escapes_and_surrogate_pairs()
        {
            var r = new JsonReader();
            r.Reset("[\"\\u00e9\\ud83d\\ude00\\n\\/\\\"\"]");
            r.ReadStartArray("a");
            Assert.IsTrue(r.NextItem());
            Assert.AreEqual("\u00e9\ud83d\ude00\n/\"", r.ReadString("s"));
            Assert.IsFalse(r.NextItem());
            r.ReadEnd();
        }

        private static string FormatDouble(double value)
        {
            var w = new JsonWriter();
            w.Number(value);
            return w.ToString();
        }

        private static double ReadDouble(string number)
        {
            var r = new JsonReader();
            r.Reset("[" + number + "]");
            r.ReadStartArray("list");
            r.NextItem();
            return r.ReadDouble("n");
        }

        [TestMethod]
        public void Decimals_are_invariant_and_trimmed()
        {
            Assert.AreEqual("16.5", FormatDouble(16.5));
            Assert.AreEqual("-0.125", FormatDouble(-0.125));
            Assert.AreEqual("0", FormatDouble(-0.0000001));
            Assert.AreEqual("230", FormatDouble(230.0));
            Assert.AreEqual("0.1", FormatDouble(0.1));
            Assert.AreEqual(150.0, ReadDouble("1.5e2"));
            Assert.AreEqual(-0.1, ReadDouble("-0.1"));
            Assert.AreEqual(-1.25e-3, ReadDouble("-125E-5"));
            Assert.AreEqual(1.5, ReadDouble("1.50000000000000000001"), "fraction digits beyond 18 are dropped");
            Assert.AreEqual(123456789012345678.0 * 1000, ReadDouble("123456789012345678901"), "integer digits beyond 18 scale");
            Assert.ThrowsException(typeof(OcppException), () => ReadDouble("1."));
            Assert.ThrowsException(typeof(OcppException), () => ReadDouble("1e400"), "infinity is not a number");
        }

        [TestMethod]
        public void Timestamps_parse_every_legal_form_and_write_one_canonical_form()
        {
            var expected = new DateTime(2026, 11, 24, 10, 0, 0, 123);
            DateTime t;
            Assert.IsTrue(TryParse("2026-11-24T10:00:00.123Z", out t));
            Assert.AreEqual(expected.Ticks, t.Ticks);
            Assert.IsTrue(TryParse("2026-11-24T11:30:00.123456+01:30", out t));
            Assert.AreEqual(expected.Ticks, t.Ticks);
            Assert.IsTrue(TryParse("2026-11-24T05:00:00.123-0500", out t));
            Assert.AreEqual(expected.Ticks, t.Ticks);
            Assert.IsTrue(TryParse("2026-11-24T10:00:00Z", out t));
            Assert.AreEqual("2026-11-24T10:00:00.000Z", IsoTime.Format(t));
            Assert.IsFalse(TryParse("2026-02-30T10:00:00Z", out t));
            Assert.IsFalse(TryParse("2026-11-24 10:00:00Z", out t));
            Assert.IsFalse(TryParse("2026-11-24T10:00:00.Z", out t));
        }

        [TestMethod]
        public void Reader_skips_unknown_values_in_any_order()
        {
            var r = new JsonReader();
            r.Reset("{\"x\":[1,{\"y\":null}],\"b\":true,\"a\":-5}");
            r.ReadStartObject("payload");
            int a = 0;
            bool b = false;
            while (r.NextProperty())
            {
                if (r.NameIs("a"))
                {
                    a = r.ReadInt("a");
                }
                else if (r.NameIs("b"))
                {
                    b = r.PeekKind() == JsonReader.KindTrue;
                    r.SkipValue();
                }
                else
                {
                    r.SkipValue();
                }
            }

            r.ReadEnd();
            Assert.AreEqual(-5, a);
            Assert.IsTrue(b);
        }

        [TestMethod]
        public void A_property_value_not_read_is_skipped_and_checked_by_the_next_NextProperty()
        {
            var r = new JsonReader();
            r.Reset("{\"x\":{\"y\":[1,{\"z\":null}],\"w\":\"\\u00e9\"},\"a\":2,\"b\":true}");
            r.ReadStartObject("payload");
            int a = 0;
            int properties = 0;
            while (r.NextProperty())
            {
                properties++;
                if (r.NameIs("a"))
                {
                    a = r.ReadInt(null);
                }
            }

            r.ReadEnd();
            Assert.AreEqual(2, a);
            Assert.AreEqual(3, properties);

            r.Reset("{\"x\":[1,],\"a\":2}");
            r.ReadStartObject("payload");
            Assert.IsTrue(r.NextProperty());
            Assert.ThrowsException(typeof(OcppException), () => r.NextProperty(), "the unread value is malformed: FormationViolation");
        }

        [TestMethod]
        public void Reader_caps_depth_and_size_as_FormationViolation()
        {
            var r = new JsonReader(64, 3);
            AssertCode(CallErrorCode.FormationViolation, () => r.Reset(new string(' ', 65)));
            r.Reset("[[[[1]]]]");
            AssertCode(CallErrorCode.FormationViolation, () => r.SkipValue());
        }

        [TestMethod]
        public void Reader_rejects_syntax_errors_as_FormationViolation()
        {
            string[] bad = { "{\"a\":}", "[1,]", "{\"a\" 1}", "\"abc", "[01]", "[tru]", "{\"a\":\"\u0001\"}", "[\"\\x\"]", "[1 2]" };
            for (int i = 0; i < bad.Length; i++)
            {
                var r = new JsonReader();
                r.Reset(bad[i]);
                AssertCode(CallErrorCode.FormationViolation, () =>
                {
                    r.SkipValue();
                    r.ReadEnd();
                });
            }
        }

        [TestMethod]
        public void Reader_type_errors_are_TypeConstraintViolation()
        {
            var r = new JsonReader();
            r.Reset("[\"1\",1.5,\"2026-13-01T00:00:00Z\",\"toolong\"]");
            r.ReadStartArray("a");
            r.NextItem();
            AssertCode(CallErrorCode.TypeConstraintViolation, () => r.ReadInt("n"));
            r.SkipValue();
            r.NextItem();
            AssertCode(CallErrorCode.TypeConstraintViolation, () => r.ReadInt("n"));
            r.NextItem();
            AssertCode(CallErrorCode.TypeConstraintViolation, () => r.ReadDateTime("t"));
            r.NextItem();
            AssertCode(CallErrorCode.TypeConstraintViolation, () => r.ReadString("s", 3));
        }

        [TestMethod]
        public void Writer_caps_frame_size()
        {
            var w = new JsonWriter(10, 4);
            AssertCode(CallErrorCode.InternalError, () => w.String("0123456789"));
        }

        internal static void AssertCode(string code, Action action)
        {
            try
            {
                action();
            }
            catch (OcppException e)
            {
                Assert.AreEqual(code, e.ErrorCode, e.Message);
                return;
            }

            Assert.IsTrue(false, "expected " + code);
        }

        private static bool TryParse(string s, out DateTime utc)
        {
            long ticks = IsoTime.Ticks(s, 0, s.Length);
            utc = ticks < 0 ? new DateTime(2000, 1, 1) : new DateTime(ticks, DateTimeKind.Utc);
            return ticks >= 0;
        }
    }
}
