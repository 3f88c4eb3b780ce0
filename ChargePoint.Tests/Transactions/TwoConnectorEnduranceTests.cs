using System;
using System.Collections;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// Randomized endurance on two connectors whose sessions overlap: random plugs, cards, energy, link drops and power
    /// cuts at any write, each followed by a reboot on the same flash. Per connector, the Central System must see every
    /// StartTransaction and StopTransaction exactly once (a resend carries the same message id and payload), alternating,
    /// each stop naming that connector's last transaction, meters never going back, and billed == metered.
    /// </summary>
    [TestClass]
    public class TwoConnectorEnduranceTests
    {
        private const int Connectors = 2;

        [TestMethod]
        public void Endurance_two_connectors_concurrent_sessions_with_connection_drops_and_power_cuts()
        {
            for (int seed = 20261203; seed < 20261203 + 8; seed++)
            {
                try
                {
                    Run(seed, 80);
                }
                catch (Exception e)
                {
                    throw new Exception("two-connector endurance failed with seed " + seed.ToString() + ": " + e.Message, e);
                }
            }
        }

        private static void Run(int seed, int sessionsPerConnector)
        {
            var rng = new Random(seed);
            var log = new CsLog();
            TxWorld w = EnduranceKit.World(Connectors, log.Seen);

            var started = new Hashtable();
            int powerCuts = 0;
            int overlaps = 0;
            int steps = 0;
            while (Min(started, 1) < sessionsPerConnector || Min(started, 2) < sessionsPerConnector)
            {
                if (++steps > sessionsPerConnector * 400)
                {
                    throw new Exception("too few sessions: " + started.Count.ToString());
                }

                EnduranceKit.DisturbLinkAndPower(w, rng);

                int running = 0;
                for (int c = 1; c <= Connectors; c++)
                {
                    JournalTransaction? tx = w.Flash.IsPoweredOff ? null : w.Tx.RunningTransaction(c);
                    running += tx != null ? 1 : 0;
                    Drive(w, rng, c, tx, started);
                }

                overlaps += running == Connectors ? 1 : 0;
                w.Run(1000 + rng.Next(20) * 1000);
                if (w.Flash.IsPoweredOff)
                {
                    powerCuts++;
                    w.Reboot();
                }
            }

            w.Flash.PowerOn();
            w.Transport.AcceptConnections = true;
            for (int c = 1; c <= Connectors; c++)
            {
                JournalTransaction? tx = w.Tx.RunningTransaction(c);
                if (tx != null)
                {
                    w.Tx.PresentIdTag(c, tx.IdTag, w.Now);
                }
            }

            EnduranceKit.Drain(w, 3000);

            Console.WriteLine("two-connector endurance seed " + seed.ToString() + ": " + started.Count.ToString() + " sessions, "
                + overlaps.ToString() + " overlapping steps, " + powerCuts.ToString() + " power cuts, " + log.Resends.ToString() + " resends");
            Assert.IsTrue(powerCuts > 10, "power cuts: " + powerCuts.ToString());
            Assert.IsTrue(overlaps > 20, "sessions overlapped: " + overlaps.ToString());
            Assert.AreEqual(0, w.Tx.Journal.QueuedMessages, "journal drained");
            for (int c = 1; c <= Connectors; c++)
            {
                log.Check(c, w.Meter(c).EnergyActiveImportWh);
            }
        }

        /// <summary>One connector's random step: plug, card, energy, stop or unplug.</summary>
        private static void Drive(TxWorld w, Random rng, int c, JournalTransaction? running, Hashtable started)
        {
            if (running == null)
            {
                if (!w.Hooks.Plugged[c])
                {
                    w.Hooks.Plugged[c] = true;
                    w.Hooks.EvReady[c] = true;
                }
                else if (rng.Next(3) == 0)
                {
                    EnduranceKit.Act(w, () => w.Tx.PresentIdTag(c, "TAG" + c.ToString() + rng.Next(5).ToString(), w.Now));
                }
                else if (rng.Next(10) == 0)
                {
                    w.Hooks.Plugged[c] = false;
                }

                return;
            }

            started[c.ToString() + ":" + running.TxNr.ToString()] = c;
            int action = rng.Next(100);
            if (action < 60)
            {
                long wh = rng.Next(400);
                EnduranceKit.Act(w, () => w.Meter(c).AddEnergy(wh));
            }
            else if (action < 66)
            {
                EnduranceKit.Act(w, () => w.Tx.PresentIdTag(c, running.IdTag, w.Now));
            }
            else if (action < 70)
            {
                w.Hooks.Plugged[c] = false;
            }
        }

        private static int Min(Hashtable started, int connector)
        {
            int n = 0;
            foreach (DictionaryEntry e in started)
            {
                n += (int)e.Value! == connector ? 1 : 0;
            }

            return n;
        }

        /// <summary>The Central System's view per connector: first-seen Start/Stop in order, payload per message id.</summary>
        private sealed class CsLog
        {
            private readonly ArrayList[] _order = new ArrayList[] { new ArrayList(), new ArrayList(), new ArrayList() };
            private readonly Hashtable _payloadById = new Hashtable();
            private readonly Hashtable _connectorOfTx = new Hashtable();
            private int _nextId = 1001;

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
                    if ((string)_payloadById[messageId]! != payload)
                    {
                        throw new Exception("resend of " + messageId + " changed: " + payload);
                    }

                    return;
                }

                if (_payloadById.Contains(messageId))
                {
                    throw new Exception("message id reused: " + messageId);
                }

                _payloadById[messageId] = payload;
                int connector;
                if (action == "StartTransaction")
                {
                    connector = (int)EnduranceKit.Number(payload, "\"connectorId\":");
                    _connectorOfTx[_nextId++] = connector; // the fake CS hands out ids in this same order
                }
                else
                {
                    object? c = _connectorOfTx[(int)EnduranceKit.Number(payload, "\"transactionId\":")];
                    if (c == null)
                    {
                        throw new Exception("stop of an unknown transaction: " + payload);
                    }

                    connector = (int)c;
                }

                _order[connector].Add(action + " " + payload);
            }

            public void Check(int connector, long meteredWh)
            {
                ArrayList order = _order[connector];
                long billed = 0;
                long lastStop = 0;
                if (order.Count % 2 != 0)
                {
                    throw new Exception("connector " + connector.ToString() + ": unpaired Start/Stop: " + order.Count.ToString());
                }

                for (int i = 0; i < order.Count; i += 2)
                {
                    string start = (string)order[i]!;
                    string stop = (string)order[i + 1]!;
                    if (!start.StartsWith("StartTransaction ") || !stop.StartsWith("StopTransaction "))
                    {
                        throw new Exception("connector " + connector.ToString() + ": out of order at " + i.ToString() + ": " + start + " / " + stop);
                    }

                    long meterStart = EnduranceKit.Number(start, "\"meterStart\":");
                    long meterStop = EnduranceKit.Number(stop, "\"meterStop\":");
                    if (meterStop < meterStart || meterStart < lastStop)
                    {
                        throw new Exception("connector " + connector.ToString() + ": meter went backwards: " + start + " / " + stop);
                    }

                    billed += meterStop - meterStart;
                    lastStop = meterStop;
                }

                Assert.IsTrue(order.Count >= 2, "connector " + connector.ToString() + " had sessions");
                Assert.AreEqual(meteredWh, billed, "connector " + connector.ToString() + ": energy billed == energy metered");
            }
        }
    }
}
