using System.Text;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// The journal reads its segments in fixed-size chunks and keeps only the head message decoded (bounded memory on
    /// the nanoCLR): frames larger than a chunk, torn new segments and last capture times must all still come back.
    /// </summary>
    [TestClass]
    public class JournalStreamingTests
    {
        [TestMethod]
        public void A_frame_larger_than_the_read_chunk_survives_a_reboot()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 3; i++)
            {
                Assert.IsTrue(journal.AddMeterValue(tx, Wide(JournalKit.T0 + i, i)));
            }

            journal = JournalKit.Open(storage);
            Assert.AreEqual(3, journal.QueuedMeterValues);
            string order = Drain(journal);
            Assert.AreEqual("0,1,2,", order);
        }

        [TestMethod]
        public void A_torn_first_append_of_a_new_segment_keeps_the_older_segments_and_its_number_is_reused()
        {
            var storage = new SimulatedStorage();
            var limits = new JournalLimits();
            limits.SegmentBytes = 256;
            var journal = JournalKit.Open(storage, limits);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 20; i++)
            {
                journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i, i));
            }

            int segments = storage.List().Length - 2; // all but the state record and its mirror
            Assert.IsTrue(segments > 3);
            string torn = "txj.m" + (segments + 1).ToString();
            storage.SetRaw(torn, new byte[] { 0xA5, 0x40, 0x00, 0x01 });

            journal = JournalKit.Open(storage, limits);
            Assert.AreEqual(20, journal.QueuedMeterValues);
            Assert.IsFalse(storage.Exists(torn), "the torn segment is gone");
            for (int i = 20; i < 30; i++)
            {
                journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i, i));
            }

            journal = JournalKit.Open(storage, limits);
            Assert.AreEqual(30, journal.QueuedMeterValues);
            Assert.AreEqual(JournalKit.T0 + 29, journal.Find(tx)!.LastTime.UtcMs, "last capture time recovered from the segments");
            var expected = new StringBuilder();
            for (int i = 0; i < 30; i++)
            {
                expected.Append(i.ToString()).Append(',');
            }

            Assert.AreEqual(expected.ToString(), Drain(journal));
            Assert.AreEqual(2, storage.List().Length, "only the state record and its mirror are left");
        }

        [TestMethod]
        public void A_delivered_tail_is_deleted_and_the_next_value_starts_a_fresh_segment()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 1, 1));
            Assert.AreEqual("1,", Drain(journal));
            Assert.AreEqual(0, journal.StorageBytes - StateBytes(storage));
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 2, 2));
            journal = JournalKit.Open(storage);
            Assert.AreEqual(1, journal.QueuedMeterValues);
            Assert.AreEqual("2,", Drain(journal));
        }

        private static int StateBytes(SimulatedStorage storage)
        {
            return storage.Read("txj.state")!.Length + storage.Read("txj.state.m")!.Length; // the state record and its mirror
        }

        /// <summary>Sends everything queued; returns the first sampled value of each MeterValues, comma-terminated.</summary>
        private static string Drain(TransactionJournal journal)
        {
            var sb = new StringBuilder();
            while (true)
            {
                JournalMessage? m = journal.Peek(0);
                if (m == null)
                {
                    return sb.ToString();
                }

                if (m.Kind == JournalMessage.MeterValues)
                {
                    sb.Append(m.MeterValue!.SampledValues[0].Value).Append(',');
                }

                journal.Confirm(m.Seq, 7);
            }
        }

        /// <summary>A meter value of about 2 KB (40 sampled values with long texts): larger than the 1 KB read chunk.</summary>
        private static MeterValue Wide(long utcMs, int first)
        {
            var values = new SampledValue[40];
            values[0] = new SampledValue(first.ToString(), ReadingContext.SamplePeriodic, Measurand.EnergyActiveImportRegister, Phase.None, Location.Outlet, UnitOfMeasure.Wh);
            for (int i = 1; i < values.Length; i++)
            {
                values[i] = new SampledValue("1234567890123456789012345678901234567890." + i.ToString(), ReadingContext.SamplePeriodic, Measurand.EnergyActiveImportRegister, Phase.None, Location.Outlet, UnitOfMeasure.Wh);
            }

            return new MeterValue(new CaptureTime(utcMs, 1, 0), values);
        }
    }
}
