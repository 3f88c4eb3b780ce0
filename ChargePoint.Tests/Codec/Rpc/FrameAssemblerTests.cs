using System.Text;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Rpc
{
    /// <summary>The transports' receive side: fragments in, frames out, bounded by the engine's frame cap.</summary>
    [TestClass]
    public class FrameAssemblerTests
    {
        private static byte[] Ascii(int count, char c)
        {
            var b = new byte[count];
            for (int i = 0; i < count; i++)
            {
                b[i] = (byte)c;
            }

            return b;
        }

        private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

        [TestMethod]
        public void Oversized_frame_is_dropped_as_it_streams_in_reported_once_and_the_next_frame_gets_through()
        {
            var log = new ListLog();
            var a = new FrameAssembler(100, log);
            byte[] part = Ascii(60, 'x');
            Assert.IsNull(a.Add(part, 0, part.Length, true, false));
            Assert.IsNull(a.Add(part, 0, part.Length, false, false), "crosses 100 characters: dropped here");
            Assert.IsNull(a.Add(part, 0, part.Length, false, false));
            Assert.IsNull(a.Add(part, 0, part.Length, false, true), "the end of the dropped frame delivers nothing");
            Assert.AreEqual(1, a.DroppedFrames);
            Assert.AreEqual(1, log.Lines.Count, "reported once, not per fragment");
            Assert.StartsWith("frame over ", (string)log.Lines[0]!);

            byte[] next = Utf8("[2,\"1\",\"Heartbeat\",{}]");
            Assert.AreEqual("[2,\"1\",\"Heartbeat\",{}]", a.Add(next, 0, next.Length, true, true), "recovers for the next frame");
            byte[] exact = Ascii(100, 'y');
            Assert.AreEqual(100, a.Add(exact, 0, exact.Length, true, true)!.Length, "exactly the cap is accepted");
            Assert.AreEqual(1, a.DroppedFrames);
        }

        [TestMethod]
        public void Receive_buffer_stays_within_the_engine_cap_and_shrinks_after_a_large_frame()
        {
            var a = new FrameAssembler(OcppChargePoint.DefaultMaxFrameChars, null);
            byte[] part = Ascii(1000, 'z');
            int largest = 0;

            // 100 KB in 1 KB fragments: dropped after 16 KB, the buffer never grows past the cap.
            for (int i = 0; i < 100; i++)
            {
                Assert.IsNull(a.Add(part, 0, part.Length, i == 0, i == 99));
                largest = a.Capacity > largest ? a.Capacity : largest;
            }

            Assert.IsTrue(largest <= OcppChargePoint.DefaultMaxFrameChars, "largest buffer " + largest.ToString());
            Assert.AreEqual(1, a.DroppedFrames);
            Assert.AreEqual(FrameAssembler.InitialBytes, a.Capacity, "released after the drop");

            // A 16,000-character frame is delivered whole, then the buffer shrinks back.
            for (int i = 0; i < 16; i++)
            {
                string? text = a.Add(part, 0, part.Length, i == 0, i == 15);
                Assert.AreEqual(i == 15, text != null);
                if (text != null)
                {
                    Assert.AreEqual(16000, text.Length);
                }
            }

            Assert.AreEqual(FrameAssembler.InitialBytes, a.Capacity, "not kept at 16 KB for the rest of the uptime");
        }

        [TestMethod]
        public void Cap_counts_characters_like_the_engine_not_bytes()
        {
            var a = new FrameAssembler(4, null);
            byte[] four = Utf8("\u00e9\u00e9\u00e9\u00e9"); // 8 bytes, 4 characters
            Assert.AreEqual("\u00e9\u00e9\u00e9\u00e9", a.Add(four, 0, four.Length, true, true));
            byte[] five = Utf8("\u00e9\u00e9\u00e9\u00e9\u00e9");
            Assert.IsNull(a.Add(five, 0, five.Length, true, true));
            byte[] pairs = { 0xF0, 0x9F, 0x94, 0x8C, 0xF0, 0x9F, 0x94, 0x8C, 0x41 }; // two surrogate pairs + 'A' = 5 UTF-16 units
            Assert.IsNull(a.Add(pairs, 0, pairs.Length, true, true));
            Assert.AreEqual(2, a.DroppedFrames);

            // A multi-byte character split across fragments is counted once.
            byte[] e = Utf8("\u00e9");
            Assert.IsNull(a.Add(e, 0, 1, true, false));
            Assert.AreEqual("\u00e9abc", a.Add(new byte[] { e[1], (byte)'a', (byte)'b', (byte)'c' }, 0, 4, false, true));
        }

        [TestMethod]
        public void Continuation_without_a_first_fragment_is_ignored()
        {
            var a = new FrameAssembler(100, null);
            byte[] b = Utf8("[2,\"1\"");
            Assert.IsNull(a.Add(b, 0, b.Length, false, true));
            Assert.AreEqual("ok", a.Add(Utf8("ok"), 0, 2, true, true));
        }
    }
}
