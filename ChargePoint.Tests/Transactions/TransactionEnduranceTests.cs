using System;
using System.Collections;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// Randomized endurance: 200+ sessions with random connection drops and random power cuts at any write
    /// (including mid-append and mid-record), each followed by a reboot on the same flash. The Central System must see
    /// every StartTransaction and StopTransaction exactly once (a resend carries the same message id and payload) and
    /// in order, with meterStop &gt;= meterStart, and the energy billed must equal the energy metered.
    /// </summary>
    [TestClass]
    public class TransactionEnduranceTests
    {
        private const int SeedCount = 20;

        [TestMethod]
        public void Endurance_200_sessions_with_connection_drops_and_power_cuts()
        {
            // Several seeds of 200 sessions each; a failure names its seed so it can be replayed alone.
            for (int seed = 20261124; seed < 20261124 + SeedCount; seed++)
            {
                try
                {
                    Run(seed, 200);
                }
                catch (Exception e)
                {
                    Console.WriteLine("endurance failed with seed " + seed.ToString());
                    throw new Exception("endurance failed with seed " + seed.ToString() + ": " + e.Message, e);
                }
            }
        }

        private static void Run(int seed, int sessions)
        {
            var rng = new Random(seed);
            var log = new CsLog();
            TxWorld w = EnduranceKit.World(1, log.Seen);

            var started = new Hashtable();
            int powerCuts = 0;
            int drops = 0;
            int steps = 0;
            int lastTxNr = 0;
            while (started.Count < sessions && steps < sessions * 200)
            {
                steps++;
                drops += EnduranceKit.DisturbLinkAndPower(w, rng) ? 1 : 0;

                JournalTransaction? running = Safe(w) ? w.Tx.RunningTransaction(1) : null;
                if (running == null)
                {
                    if (!w.Hooks.Plugged[1])
                    {
                        w.Hooks.Plugged[1] = true;
                        w.Hooks.EvReady[1] = true;
                    }
                    else if (rng.Next(3) == 0)
                    {
                        EnduranceKit.Act(w, () => w.Tx.PresentIdTag(1, "TAG" + rng.Next(5).ToString(), w.Now));
                    }
                    else if (rng.Next(10) == 0)
                    {
                        w.Hooks.Plugged[1] = false;
                    }
                }
                else
                {
                    if (running.TxNr != lastTxNr)
                    {
                        lastTxNr = running.TxNr;
                        started[running.TxNr] = running.TxNr;
                    }

                    int action = rng.Next(100);
                    if (action < 60)
                    {
                        long wh = rng.Next(400);
                        EnduranceKit.Act(w, () => w.Meter(1).AddEnergy(wh));
                    }
                    else if (action < 66)
                    {
                        EnduranceKit.Act(w, () => w.Tx.PresentIdTag(1, running.IdTag, w.Now));
                    }
                    else if (action < 70)
                    {
                        w.Hooks.Plugged[1] = false;
                    }
                }

                w.Run(1000 + rng.Next(20) * 1000);
                if (w.Flash.IsPoweredOff)
                {
                    powerCuts++;
                    w.Reboot();
                    lastTxNr = 0;
                }
            }

            // Back online for good: everything queued must drain.
            w.Flash.PowerOn();
            w.Transport.AcceptConnections = true;
            if (w.Tx.RunningTransaction(1) != null)
            {
                w.Tx.PresentIdTag(1, w.Tx.RunningTransaction(1)!.IdTag, w.Now);
            }

            EnduranceKit.Drain(w, 2000);

            Console.WriteLine("endurance seed " + seed.ToString() + ": " + started.Count.ToString() + " sessions seen running, " +
                log.Starts.ToString() + " StartTransaction, " + powerCuts.ToString() + " power cuts, " + drops.ToString() + " link drops, " +
                log.Resends.ToString() + " resends, " + steps.ToString() + " steps");
            Assert.IsTrue(started.Count >= sessions, "sessions: " + started.Count.ToString());
            Assert.IsTrue(powerCuts > 20, "power cuts: " + powerCuts.ToString());
            Assert.AreEqual(0, w.Tx.Journal.QueuedMessages, "journal drained");
            log.Check(w.Meter(1).EnergyActiveImportWh);
        }

        private static bool Safe(TxWorld w) => !w.Flash.IsPoweredOff;

        /// <summary>The Central System's view: first-seen Start/Stop in order, payload per message id.</summary>
        private sealed class CsLog
        {
            private readonly ArrayList _order = new ArrayList();
            private readonly Hashtable _payloadById = new Hashtable();
            private readonly Hashtable _startTxId = new Hashtable();
            private int _nextId = 1001;

            public int Starts;
            public int Resends;

            public void Seen(string action, string messageId, string payload, bool isResend)
            {
                if (action != "StartTransaction" && action != "StopTransaction")
                {
                    return;
                }

                if (isResend)
                {
                    Resends++;
                    string first = (string)_payloadById[messageId]!;
                    if (first != payload)
                    {
                        throw new Exception("resend of " + messageId + " changed: " + first + " -> " + payload);
                    }

                    return;
                }

                if (_payloadById.Contains(messageId))
                {
                    throw new Exception("message id reused: " + messageId);
                }

                _payloadById[messageId] = payload;
                if (action == "StartTransaction")
                {
                    Starts++;
                    _startTxId[messageId] = _nextId++; // the fake CS hands out ids in this same order
                }

                _order.Add(action + " " + payload);
            }

            public void Check(long meteredWh)
            {
                long billed = 0;
                long lastStop = 0;
                if (_order.Count % 2 != 0)
                {
                    throw new Exception("unpaired Start/Stop: " + _order.Count.ToString());
                }

                for (int i = 0; i < _order.Count; i += 2)
                {
                    string start = (string)_order[i]!;
                    string stop = (string)_order[i + 1]!;
                    if (!start.StartsWith("StartTransaction ") || !stop.StartsWith("StopTransaction "))
                    {
                        throw new Exception("out of order at " + i.ToString() + ": " + start + " / " + stop);
                    }

                    int txId = 1001 + i / 2;
                    if (EnduranceKit.Number(stop, "\"transactionId\":") != txId)
                    {
                        throw new Exception("stop does not match start " + txId.ToString() + ": " + stop);
                    }

                    long meterStart = EnduranceKit.Number(start, "\"meterStart\":");
                    long meterStop = EnduranceKit.Number(stop, "\"meterStop\":");
                    if (meterStop < meterStart || meterStart < lastStop)
                    {
                        throw new Exception("meter went backwards: " + start + " / " + stop);
                    }

                    billed += meterStop - meterStart;
                    lastStop = meterStop;
                }

                Assert.AreEqual(meteredWh, billed, "energy billed == energy metered");
            }
        }
    }
}
