using System;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Tests.Ocpp.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Journal
{
    /// <summary>
    /// Journal recovery runs in memory that does not grow with the journal (the nanoCLR heap is small and does not
    /// compact: an ArrayList of 1,599 entries plus one 38 KB block failed there). Measured with the host's per-thread
    /// allocation counter around Open, the reboot path that recovers the journal from storage.
    /// </summary>
    [TestClass]
    public class JournalRecoveryMemoryTests
    {
        private const int N = 600;

        /// <summary>
        /// What recovering ten times the meter values may allocate beyond recovering N: 4 KB. Nothing is allocated
        /// per record (frames are checked in place in one reused 1 KB chunk, no objects per frame); what remains is
        /// one file-name string per 8 KB segment file (about 60 bytes; ~41 more files here: measured ~2.5 KB).
        /// The list-based recovery this replaces allocated 2.2 MB for 6,000 values against 0.28 MB for 600.
        /// </summary>
        private const long BoundBytes = 4 * 1024;

        [TestMethod]
        public void Recovering_a_journal_ten_times_longer_allocates_at_most_a_constant_more()
        {
            long small = RecoveryAllocation(N);
            long large = RecoveryAllocation(10 * N);
            Assert.IsTrue(large - small <= BoundBytes,
                "recovering " + (10 * N).ToString() + " values allocated " + large.ToString() + " bytes, " + N.ToString() + " values " + small.ToString());
        }

        [TestMethod]
        public void Recovery_reads_every_value_back_in_order_after_a_reboot()
        {
            var storage = new SimulatedStorage();
            Build(storage, 10 * N);
            var journal = JournalKit.Open(storage, Limits());
            Assert.AreEqual(10 * N, journal.QueuedMeterValues);
            int count = 0;
            int last = 0;
            while (true)
            {
                JournalMessage? m = journal.Peek(0);
                if (m == null)
                {
                    break;
                }

                if (m.Kind == JournalMessage.MeterValues)
                {
                    Assert.IsTrue(m.Seq > last, "in order");
                    last = m.Seq;
                    count++;
                }

                journal.Confirm(m.Seq, 42);
            }

            Assert.AreEqual(10 * N, count);
            Assert.AreEqual(0, journal.QueuedMeterValues);
        }

        private static long RecoveryAllocation(int values)
        {
            var storage = new SimulatedStorage();
            Build(storage, values);
            var journal = new TransactionJournal(storage);
            Limits().ApplyTo(journal);
            long before = GC.GetAllocatedBytesForCurrentThread();
            journal.Open("cp1");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(values, journal.QueuedMeterValues, "everything recovered");
            return allocated;
        }

        private static void Build(SimulatedStorage storage, int values)
        {
            var journal = JournalKit.Open(storage, Limits());
            int tx = journal.BeginTransaction(1, "TAG", null, 0, JournalKit.At(JournalKit.T0), 0, 0);
            for (int i = 0; i < values; i++)
            {
                Assert.IsTrue(journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i * 1000L, i)));
            }
        }

        private static JournalLimits Limits()
        {
            var limits = new JournalLimits();
            limits.MaxMeterValues = 100000;
            limits.MaxBytes = 4 * 1024 * 1024;
            return limits;
        }
    }
}
