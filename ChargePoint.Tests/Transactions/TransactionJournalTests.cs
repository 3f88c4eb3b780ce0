using System.Text;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    [TestClass]
    public class TransactionJournalTests
    {
        [TestMethod]
        public void Messages_go_out_in_order_and_the_real_transactionId_is_patched_in()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int tx = journal.BeginTransaction(1, "TAG1", null, 1000, JournalKit.At(JournalKit.T0), -1, 0);
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 60000, 1100));
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 120000, 1200));
            journal.EndTransaction(tx, "TAG1", 1250, JournalKit.At(JournalKit.T0 + 150000), StopReason.Local, null);

            var order = new StringBuilder();
            JournalMessage? m;
            while ((m = journal.Peek(0)) != null)
            {
                order.Append(JournalKit.Describe(m)).Append(' ');
                journal.Confirm(m.Seq, 42);
            }

            Assert.AreEqual("S1 M1:42 M1:42 T1:42 ", order.ToString());
            Assert.AreEqual(0, journal.QueuedMessages);
            Assert.AreEqual(0, journal.Transactions().Length);
        }

        [TestMethod]
        public void Unconfirmed_message_is_resent_after_reboot_with_the_same_id_and_confirmed_ones_never()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 1000, 10));
            JournalMessage start = journal.Peek(0)!;
            journal.Confirm(start.Seq, 7);
            JournalMessage meter = journal.Peek(0)!;
            Assert.AreEqual(JournalMessage.MeterValues, meter.Kind);

            // Sent, never answered, then a reboot.
            journal = JournalKit.Open(storage);
            JournalMessage again = journal.Peek(0)!;
            Assert.AreEqual(meter.MessageId, again.MessageId);
            Assert.AreEqual(7, again.TransactionId);
            Assert.AreNotEqual(start.MessageId, again.MessageId);
            journal.Confirm(again.Seq, 0);
            Assert.IsNull(journal.Peek(0));

            journal = JournalKit.Open(storage);
            Assert.IsNull(journal.Peek(0));
            Assert.AreEqual(1, journal.Transactions().Length, "still open: no stop yet");
            JournalTransaction open = journal.Transactions()[0];
            Assert.IsFalse(open.Stopped);
            Assert.AreEqual(1, open.ConnectorId);
            Assert.AreEqual(7, open.TransactionId);
        }

        [TestMethod]
        public void Start_is_dropped_after_its_attempts_and_later_messages_carry_minus_one()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            journal.TransactionMessageAttempts = 3;
            journal.TransactionMessageRetryIntervalSeconds = 60;
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            journal.EndTransaction(tx, null, 5, JournalKit.At(JournalKit.T0 + 1000), StopReason.Remote, null);

            JournalMessage start = journal.Peek(0)!;
            journal.Fail(start.Seq, 0);
            Assert.IsNull(journal.Peek(59999), "first retry waits 60 s");
            Assert.AreEqual(start.MessageId, journal.Peek(60000)!.MessageId);
            journal.Fail(start.Seq, 60000);
            Assert.IsNull(journal.Peek(60000 + 119999), "second retry waits 120 s");

            // The attempt count survives a reboot.
            journal = JournalKit.Open(storage);
            journal.TransactionMessageAttempts = 3;
            JournalMessage third = journal.Peek(0)!;
            Assert.AreEqual(start.MessageId, third.MessageId);
            journal.Fail(third.Seq, 0); // the third failure: dropped only if the two before were kept

            JournalMessage stop = journal.Peek(0)!;
            Assert.AreEqual(JournalMessage.StopTransaction, stop.Kind);
            Assert.AreEqual(-1, stop.TransactionId);
        }

        [TestMethod]
        public void Power_cut_at_every_byte_loses_nothing_that_was_journalled_and_repeats_nothing_confirmed()
        {
            // Measure the script once without cuts.
            var probe = new SimulatedStorage();
            RunScript(probe, null);
            long total = probe.BytesWritten;
            Assert.IsTrue(total > 500);

            for (long cut = 0; cut <= total; cut++)
            {
                var storage = new SimulatedStorage();
                var log = new ScriptLog();
                storage.CutPowerAfterBytes(cut);
                try
                {
                    RunScript(storage, log);
                }
                catch (PowerCutException)
                {
                }

                storage.PowerOn();
                var journal = JournalKit.Open(storage);
                JournalMessage? m;
                while ((m = journal.Peek(0)) != null)
                {
                    log.Deliver(m, cut);
                    journal.Confirm(m.Seq, 100);
                }

                log.Check(cut);
            }
        }

        [TestMethod]
        public void Overflow_drops_meter_values_never_a_start_or_stop_and_reports_it()
        {
            var storage = new SimulatedStorage();
            var limits = new JournalLimits();
            limits.MaxMeterValues = 3;
            limits.MaxTransactions = 2;
            var journal = JournalKit.Open(storage, limits);

            int tx = journal.BeginTransaction(1, "A", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 5; i++)
            {
                bool stored = journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i, i));
                Assert.AreEqual(i < 3, stored);
            }

            Assert.AreEqual(2, journal.DroppedMeterValues);
            journal.EndTransaction(tx, null, 9, JournalKit.At(JournalKit.T0 + 10), StopReason.Local, null);
            int tx2 = journal.BeginTransaction(2, "B", null, 0, JournalKit.At(JournalKit.T0 + 20), -1, 0);
            Assert.IsTrue(tx2 > 0);
            Assert.AreEqual(-1, journal.BeginTransaction(1, "C", null, 0, JournalKit.At(JournalKit.T0 + 30), -1, 0), "transaction capacity reached");
            journal.EndTransaction(tx2, null, 1, JournalKit.At(JournalKit.T0 + 40), StopReason.Local, null);

            var order = new StringBuilder();
            JournalMessage? m;
            while ((m = journal.Peek(0)) != null)
            {
                order.Append(JournalKit.Describe(m)).Append(' ');
                journal.Confirm(m.Seq, m.Transaction!.TxNr * 10);
            }

            Assert.AreEqual("S1 M1:10 M1:10 M1:10 T1:10 S2 T2:20 ", order.ToString());
            Assert.AreEqual(2, JournalKit.Open(storage, limits).DroppedMeterValues, "the count is persisted");
        }

        [TestMethod]
        public void Default_capacity_holds_100_transactions_and_10000_meter_values_within_1_MiB()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            Assert.AreEqual(100, journal.MaxTransactions);
            Assert.AreEqual(10000, journal.MaxMeterValues);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 10000; i++)
            {
                Assert.IsTrue(journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i * 60000L, 1000000 + i)));
            }

            Assert.IsFalse(journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0, 1)));
            journal.EndTransaction(tx, null, 2000000, JournalKit.At(JournalKit.T0 + 700000000), StopReason.Local, null);
            for (int i = 0; i < 99; i++)
            {
                int other = journal.BeginTransaction(2, "TAG2", null, i, JournalKit.At(JournalKit.T0 + i), -1, 0);
                Assert.IsTrue(other > 0);
                for (int d = 0; d < journal.MaxTransactionData; d++)
                {
                    journal.AddTransactionData(other, JournalKit.Energy(JournalKit.T0 + d, d));
                }

                journal.EndTransaction(other, "TAG2", i + 1, JournalKit.At(JournalKit.T0 + i), StopReason.Local, null);
            }

            Assert.AreEqual(100, journal.Transactions().Length);
            int bytes = 0;
            string[] names = storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                bytes += storage.Read(names[i])!.Length;
            }

            Assert.AreEqual(bytes, journal.StorageBytes);
            Assert.IsTrue(bytes <= 1024 * 1024, "journal bytes " + bytes.ToString());
            System.Console.WriteLine("journal with 100 transactions (10 transactionData each) and 10,000 meter values: " + bytes.ToString() + " bytes");
        }

        [TestMethod]
        public void Timestamps_taken_before_the_clock_was_set_are_held_back_then_restamped()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int boot = journal.Boot;
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, new CaptureTime(0, boot, 1000), -1, 0);
            Assert.IsNull(journal.Peek(0), "held back while the clock is unknown");
            journal.SetClock(JournalKit.T0, 5000);
            JournalMessage start = journal.Peek(0)!;
            Assert.AreEqual(JournalKit.T0 - 4000, journal.ResolveUtcMs(start.Transaction!.StartTime));
            journal.Confirm(start.Seq, 1);

            // A sample taken without a clock, then power lost before the clock was set in that boot.
            journal = JournalKit.Open(storage);
            journal.AddMeterValue(tx, JournalKit.Energy(new CaptureTime(0, journal.Boot, 2000), 5, ReadingContext.SamplePeriodic));
            journal = JournalKit.Open(storage);
            Assert.IsNull(journal.Peek(0));
            journal.SetClock(JournalKit.T0 + 900000, 30000);
            JournalMessage meter = journal.Peek(0)!;
            Assert.AreEqual(JournalKit.T0 + 900000 - 30000, journal.ResolveUtcMs(meter.MeterValue!.Time), "stamped with the start of the next boot that knew the time");
        }

        [TestMethod]
        public void TransactionData_is_capped_keeping_the_first_and_the_last()
        {
            var storage = new SimulatedStorage();
            var limits = new JournalLimits();
            limits.MaxTransactionData = 4;
            var journal = JournalKit.Open(storage, limits);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 10; i++)
            {
                journal.AddTransactionData(tx, JournalKit.Energy(JournalKit.T0 + i, i));
            }

            journal.EndTransaction(tx, null, 99, JournalKit.At(JournalKit.T0 + 99), StopReason.Local, JournalKit.Energy(JournalKit.T0 + 99, 99));
            journal = JournalKit.Open(storage, limits);
            JournalTransaction t = journal.Find(tx)!;
            Assert.IsTrue(t.TransactionData.Count <= 4);
            Assert.AreEqual("0", ((MeterValue)t.TransactionData[0]!).SampledValues[0].Value);
            Assert.AreEqual("99", ((MeterValue)t.TransactionData[t.TransactionData.Count - 1]!).SampledValues[0].Value);
        }

        [TestMethod]
        public void Segments_roll_over_and_are_deleted_once_delivered()
        {
            var storage = new SimulatedStorage();
            var limits = new JournalLimits();
            limits.SegmentBytes = 256;
            var journal = JournalKit.Open(storage, limits);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            for (int i = 0; i < 40; i++)
            {
                journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + i, i));
            }

            Assert.IsTrue(storage.List().Length > 5);
            journal = JournalKit.Open(storage, limits);
            int expected = 0;
            JournalMessage? m;
            while ((m = journal.Peek(0)) != null)
            {
                if (m.Kind == JournalMessage.MeterValues)
                {
                    Assert.AreEqual(expected.ToString(), m.MeterValue!.SampledValues[0].Value);
                    expected++;
                }

                journal.Confirm(m.Seq, 5);
            }

            Assert.AreEqual(40, expected);
            Assert.AreEqual(2, storage.List().Length, "only the state record and its mirror are left");
        }

        [TestMethod]
        public void Corrupt_segment_tail_is_cut_off_and_appends_continue()
        {
            var storage = new SimulatedStorage();
            var journal = JournalKit.Open(storage);
            int tx = journal.BeginTransaction(1, "TAG1", null, 0, JournalKit.At(JournalKit.T0), -1, 0);
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 1, 1));
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 2, 2));
            byte[] seg = storage.Read("txj.m1")!;
            var torn = new byte[seg.Length - 3];
            System.Array.Copy(seg, torn, torn.Length);
            storage.SetRaw("txj.m1", torn);

            journal = JournalKit.Open(storage);
            Assert.AreEqual(1, journal.QueuedMeterValues);
            journal.AddMeterValue(tx, JournalKit.Energy(JournalKit.T0 + 3, 3));
            journal = JournalKit.Open(storage);
            var values = new StringBuilder();
            JournalMessage? m;
            while ((m = journal.Peek(0)) != null)
            {
                if (m.MeterValue != null)
                {
                    values.Append(m.MeterValue.SampledValues[0].Value);
                }

                journal.Confirm(m.Seq, 5);
            }

            Assert.AreEqual("13", values.ToString());
        }

        /// <summary>Two sessions with samples, deliveries confirmed as they go; a null log runs without checks.</summary>
        private static void RunScript(SimulatedStorage storage, ScriptLog? log)
        {
            var journal = JournalKit.Open(storage);
            for (int session = 0; session < 2; session++)
            {
                long t = JournalKit.T0 + session * 1000000;
                int tx = journal.BeginTransaction(1, "TAG" + session.ToString(), null, session * 100, JournalKit.At(t), -1, 0);
                if (log != null)
                {
                    log.Journalled("S" + tx.ToString());
                }

                for (int i = 1; i <= 4; i++)
                {
                    journal.AddMeterValue(tx, JournalKit.Energy(t + i * 1000, session * 100 + i));
                    if (log != null)
                    {
                        log.Journalled("M" + tx.ToString() + "." + i.ToString());
                    }

                    if (i % 2 == 0)
                    {
                        JournalMessage m = journal.Peek(0)!;
                        if (log != null)
                        {
                            log.Deliver(m, -1);
                        }

                        journal.Confirm(m.Seq, 100);
                        if (log != null)
                        {
                            log.Confirmed(m.MessageId);
                        }
                    }
                }

                journal.AddTransactionData(tx, JournalKit.Energy(t + 4500, session * 100 + 4));
                journal.EndTransaction(tx, null, session * 100 + 5, JournalKit.At(t + 5000), StopReason.Local, null);
                if (log != null)
                {
                    log.Journalled("T" + tx.ToString());
                }
            }
        }

        private sealed class ScriptLog
        {
            private readonly System.Collections.ArrayList _journalled = new System.Collections.ArrayList();
            private readonly System.Collections.ArrayList _confirmed = new System.Collections.ArrayList();
            private readonly System.Collections.ArrayList _delivered = new System.Collections.ArrayList();
            private readonly System.Collections.ArrayList _deliveredIds = new System.Collections.ArrayList();
            private int _lastSeq;

            public void Journalled(string what)
            {
                _journalled.Add(what);
            }

            public void Confirmed(string messageId)
            {
                _confirmed.Add(messageId);
            }

            public void Deliver(JournalMessage m, long cut)
            {
                string what = Key(m);
                if (_confirmed.Contains(m.MessageId))
                {
                    throw new System.Exception("cut " + cut.ToString() + ": confirmed message sent again: " + what);
                }

                if (m.Seq < _lastSeq)
                {
                    throw new System.Exception("cut " + cut.ToString() + ": out of order: " + what);
                }

                if (m.Kind != JournalMessage.StartTransaction && m.TransactionId != 100)
                {
                    throw new System.Exception("cut " + cut.ToString() + ": transactionId not patched: " + what);
                }

                _lastSeq = m.Seq;
                if (!_deliveredIds.Contains(m.MessageId))
                {
                    _deliveredIds.Add(m.MessageId);
                    _delivered.Add(what);
                }
            }

            public void Check(long cut)
            {
                for (int i = 0; i < _journalled.Count; i++)
                {
                    Assert.IsTrue(_delivered.Contains(_journalled[i]), "cut " + cut.ToString() + ": lost " + (string)_journalled[i]!);
                }
            }

            private static string Key(JournalMessage m)
            {
                string tx = m.Transaction == null ? "?" : m.Transaction.TxNr.ToString();
                switch (m.Kind)
                {
                    case JournalMessage.StartTransaction: return "S" + tx;
                    case JournalMessage.StopTransaction: return "T" + tx;
                    default:
                        long wh = long.Parse(m.MeterValue!.SampledValues[0].Value);
                        return "M" + tx + "." + (wh % 100).ToString();
                }
            }
        }

        [TestMethod]
        public void State_record_bytes_are_pinned_and_read_back_to_the_same_bytes()
        {
            // An anchor, a stopped transaction with transactionData and a stop reason, an open one with a null parent
            // and a retried head: every field of the state record. The bytes were written by the code before the
            // record's read and write became one routine; a change of format must be a new StateVersion.
            var storage = new SimulatedStorage();
            TransactionJournal journal = JournalKit.Open(storage);
            journal.SetClock(JournalKit.T0 + 5, 1234);
            int a = journal.BeginTransaction(1, "TAG-\u00e9", "PARENT", 100, new CaptureTime(0, 1, 77), 42, JournalTransaction.RemoteStarted);
            journal.AddTransactionData(a, JournalKit.Energy(JournalKit.T0 + 1000, 150));
            journal.EndTransaction(a, "STOP", 2500, JournalKit.At(JournalKit.T0 + 2000), StopReason.EVDisconnected, JournalKit.Energy(JournalKit.T0 + 2000, 2500));
            int b = journal.BeginTransaction(2, "B", null, 7, JournalKit.At(JournalKit.T0 + 3000), -1, 0);
            journal.SetFlags(b, JournalTransaction.InvalidIdSuspended);
            JournalMessage head = journal.Peek(0)!;
            journal.Fail(head.Seq, 10);
            byte[] stored = storage.Read("txj.state")!;
            const string Expected = "54584a3101030063703101000000040000000300000001000000000000000100000001000000000000000101000000d20400"
                + "00000000000568e5cf8b0100000200010000000106005441472dc3a90600504152454e546400000000000000000000000000"
                + "0000010000004d000000000000002a00000001000000000000000002000000e86be5cf8b0100000100000000000000000000"
                + "00c4090000000000000102000000040053544f50c409000000000000d06fe5cf8b0100000100000000000000000000000202"
                + "e86be5cf8b0100000100000000000000000000000105020005010300313530d06fe5cf8b0100000100000000000000000000"
                + "000105020005010400323530300200000002010042ffff0700000000000000b873e5cf8b0100000100000000000000000000"
                + "00ffffffff03000000000000000001000000b873e5cf8b0100000100000000000000000000000700000000000000000072e9"
                + "1572";
            Assert.AreEqual(Expected, Hex(stored));
            Assert.AreEqual(Hex(stored), Hex(storage.Read("txj.state.m")!));

            // A reboot reads it back and writes the same transactions again (only the boot counter moves).
            journal = JournalKit.Open(storage);
            Assert.AreEqual(2, journal.Transactions().Length);
            JournalTransaction[] all = journal.Transactions();
            Assert.AreEqual("TAG-\u00e9", all[0].IdTag);
            Assert.AreEqual("PARENT", all[0].ParentIdTag);
            Assert.AreEqual(2, all[0].TransactionData.Count);
            Assert.AreEqual(StopReason.EVDisconnected, all[0].StopReason);
            Assert.AreEqual("STOP", all[0].StopIdTag);
            Assert.AreEqual(77, all[0].StartTime.MonoMs);
            Assert.IsNull(all[1].ParentIdTag);
            Assert.AreEqual(JournalTransaction.InvalidIdSuspended, all[1].Flags);
            Assert.AreEqual(JournalKit.T0 + 5 + (77 - 1234), journal.ResolveUtcMs(all[0].StartTime));
            byte[] again = storage.Read("txj.state")!;
            Assert.AreEqual(stored.Length, again.Length);
            Assert.AreEqual(2, (int)again[10]); // the boot counter after magic, version and the "cp1" prefix (1 before)
            again[10] = 1;
            Assert.AreEqual(Hex(stored).Substring(0, 2 * (stored.Length - 4)), Hex(again).Substring(0, 2 * (again.Length - 4)));
        }

        private static string Hex(byte[] bytes)
        {
            var text = new StringBuilder();
            for (int i = 0; i < bytes.Length; i++)
            {
                text.Append("0123456789abcdef"[bytes[i] >> 4]).Append("0123456789abcdef"[bytes[i] & 15]);
            }

            return text.ToString();
        }
    }
}
