using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Evse;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>The load-sharing policy (README "Load sharing"), tick by tick, with EVs that follow their offers.</summary>
    [TestClass]
    public class LoadSharingTests
    {
        /// <summary>Load sharing over n connectors without EVSE hardware (only their load-sharing state is used).</summary>
        private static LoadSharing Sharing(int n)
        {
            var connectors = new ConnectorBinding[n];
            for (int i = 0; i < n; i++)
            {
                connectors[i] = new ConnectorBinding(null);
            }

            return new LoadSharing(connectors);
        }

        [TestMethod]
        public void The_limit_is_split_equally_between_two_charging_connectors()
        {
            LoadSharing s = TwoAfterOneTick(20, 32, 32);
            Assert.AreEqual(10.0, s.OfferedA(0));
            Assert.AreEqual(10.0, s.OfferedA(1));
        }

        [TestMethod]
        public void A_cap_below_the_share_gives_the_rest_to_the_other_connector()
        {
            LoadSharing s = TwoAfterOneTick(30, 10, 32);
            Assert.AreEqual(10.0, s.OfferedA(0));
            Assert.AreEqual(20.0, s.OfferedA(1));
        }

        [TestMethod]
        public void Unused_current_is_given_back_when_an_EV_draws_less_than_offered()
        {
            var s = Sharing(2);
            s.LimitA = 32;
            long t = 0;
            for (; t <= 9000; t += 100)
            {
                s.Set(0, 32, s.OfferedA(0) < 8 ? s.OfferedA(0) : 8.0); // a small EV: 8 A at most
                s.Set(1, 32, s.OfferedA(1));
                s.Tick(t);
            }

            Assert.AreEqual(16.0, s.OfferedA(0), "equal split until the draw has settled for 10 s");
            for (; t <= 30000; t += 100)
            {
                s.Set(0, 32, s.OfferedA(0) < 8 ? s.OfferedA(0) : 8.0);
                s.Set(1, 32, s.OfferedA(1));
                s.Tick(t);
            }

            Assert.AreEqual(10.0, s.OfferedA(0), "draw 8 A + 2 A headroom");
            Assert.AreEqual(22.0, s.OfferedA(1), "the unused 6 A go to the other connector");
        }

        [TestMethod]
        public void Below_6_A_each_the_latest_arrival_is_suspended_not_offered_an_illegal_duty()
        {
            var s = Sharing(2);
            s.LimitA = 10;
            s.Set(0, 32, double.NaN);
            s.Tick(0);
            s.Set(0, 32, double.NaN);
            s.Set(1, 32, double.NaN);
            s.Tick(100);
            Assert.AreEqual(10.0, s.OfferedA(0));
            Assert.AreEqual(0.0, s.OfferedA(1));
            Assert.IsTrue(s.Suspended(1));
            s.Set(0, 0, double.NaN); // the first car leaves
            s.Set(1, 32, double.NaN);
            s.Tick(200);
            Assert.AreEqual(0.0, s.OfferedA(0));
            Assert.AreEqual(0.0, s.OfferedA(1), "not while the first EV may still draw its old 10 A");
            Assert.IsFalse(s.Suspended(1), "waiting for the other to drop is not a suspension");
            s.Set(0, 0, 0);
            s.Set(1, 32, double.NaN);
            s.Tick(300);
            Assert.AreEqual(10.0, s.OfferedA(1), "the first EV's draw fell to 0: the second gets the supply");
            Assert.IsFalse(s.Suspended(1));
        }

        [TestMethod]
        public void The_first_connector_drops_at_once_and_the_second_rises_only_after_its_EV_followed_or_5_s()
        {
            var s = Sharing(2);
            s.LimitA = 32;
            s.Set(0, 32, double.NaN);
            s.Tick(0);
            Assert.AreEqual(32.0, s.OfferedA(0));
            s.Set(0, 32, double.NaN); // meter unknown: only time can prove the EV followed
            s.Set(1, 32, double.NaN);
            s.Tick(1000);
            Assert.AreEqual(16.0, s.OfferedA(0), "the decrease applies in the tick the second car arrives");
            Assert.AreEqual(0.0, s.OfferedA(1), "the first EV may still draw 32 A: its old offer still counts");
            s.Tick(5999);
            Assert.AreEqual(0.0, s.OfferedA(1));
            s.Tick(6000);
            Assert.AreEqual(16.0, s.OfferedA(1), "5 s later the first EV must have followed (IEC 61851-1)");
            s.Set(0, 0, double.NaN);
            s.Set(1, 32, 15.9);
            s.Tick(7000);
            Assert.AreEqual(16.0, s.OfferedA(1), "connector 1 left, but its old 16 A still count");
            s.Set(0, 0, 0.0);
            s.Set(1, 32, 15.9);
            s.Tick(7100);
            Assert.AreEqual(32.0, s.OfferedA(1), "measured 0 A on connector 1: the second rises at once");
        }

        [TestMethod]
        public void A_single_connector_without_a_limit_is_offered_its_cap()
        {
            var s = Sharing(1);
            s.Set(0, 16, 3.0);
            for (long t = 0; t < 60000; t += 1000)
            {
                s.Set(0, 16, 3.0);
                s.Tick(t);
            }

            Assert.AreEqual(16.0, s.OfferedA(0), "nothing to give back to: the EV keeps its full offer");
        }

        [TestMethod]
        public void A_NaN_limit_offers_nothing()
        {
            LoadSharing s = TwoAfterOneTick(double.NaN, 32, double.NaN);
            Assert.AreEqual(0.0, s.OfferedA(0));
            Assert.AreEqual(0.0, s.OfferedA(1));
        }

        /// <summary>
        /// Random arrivals, departures, EV sizes and limit changes on three connectors, 100 ms ticks. Each EV draws
        /// min(its size, offer) at once when the offer rises and follows a lower offer only after a random delay of up
        /// to 5 s, and a meter that is sometimes unknown. Invariants at every tick: Σ offered ≤ limit; every offer is 0
        /// or 6 A..cap; and Σ drawn ≤ limit unless the limit itself fell in the last 5 s (no rise ever outruns a drop).
        /// </summary>
        [TestMethod]
        public void Random_arrivals_departures_and_limit_changes_never_exceed_the_limit()
        {
            for (uint seed = 1; seed <= 20; seed++)
            {
                RunRandom(seed, 3, 20000);
            }
        }

        private static void RunRandom(uint seed, int n, int ticks)
        {
            var rng = new XorShiftRandom(seed);
            var s = Sharing(n);
            var cap = new double[n];
            var size = new double[n];
            var draw = new double[n];
            var followAt = new long[n];
            var lastOffer = new double[n];
            double limit = 32;
            long limitFellAt = -100000;
            int rises = 0;
            for (int k = 0; k < ticks; k++)
            {
                long t = k * 100L;
                if (rng.Next(400) == 0)
                {
                    double next = rng.Next(5) == 0 ? LoadSharing.NoLimit : rng.Next(64);
                    if (next < limit)
                    {
                        limitFellAt = t;
                    }

                    limit = next;
                }

                for (int i = 0; i < n; i++)
                {
                    if (rng.Next(300) == 0)
                    {
                        cap[i] = cap[i] > 0 ? 0 : 6 + rng.Next(27); // arrival (cap 6..32 A) or departure
                        size[i] = 2 + rng.Next(31);
                    }

                    // The EV: up at once to min(size, offer), down only when its reaction time is over.
                    double want = cap[i] > 0 ? Min(size[i], lastOffer[i]) : 0;
                    if (want >= draw[i])
                    {
                        draw[i] = want;
                        followAt[i] = -1;
                    }
                    else if (followAt[i] < 0)
                    {
                        followAt[i] = t + rng.Next(50) * 100L;
                    }
                    else if (t >= followAt[i])
                    {
                        draw[i] = want;
                        followAt[i] = -1;
                    }

                    s.Set(i, cap[i], rng.Next(10) == 0 ? double.NaN : draw[i]);
                }

                s.LimitA = limit;
                s.Tick(t);
                double offered = 0;
                double drawn = 0;
                for (int i = 0; i < n; i++)
                {
                    double o = s.OfferedA(i);
                    Assert.IsTrue(o == 0 || (o >= LoadSharing.MinAmps && o <= cap[i]), "seed " + seed.ToString() + " t " + t.ToString() + ": offer " + o.ToString());
                    rises += o > lastOffer[i] ? 1 : 0;
                    lastOffer[i] = o;
                    offered += o;
                    drawn += draw[i];
                }

                Assert.IsTrue(offered <= limit + 1e-9, "seed " + seed.ToString() + " t " + t.ToString() + ": offered " + offered.ToString() + " > " + limit.ToString());
                Assert.IsTrue(t - limitFellAt <= LoadSharing.EvResponseMs || drawn <= limit + 1e-9,
                    "seed " + seed.ToString() + " t " + t.ToString() + ": EVs draw " + drawn.ToString() + " > " + limit.ToString());
            }

            Assert.IsTrue(rises > 50, "the run exercised the sharing: " + rises.ToString() + " rises");
        }

        /// <summary>Two connectors under the limit, each asking for its cap with an unknown draw, after the first tick.</summary>
        private static LoadSharing TwoAfterOneTick(double limitA, double cap0, double cap1)
        {
            var s = Sharing(2);
            s.LimitA = limitA;
            s.Set(0, cap0, double.NaN);
            s.Set(1, cap1, double.NaN);
            s.Tick(0);
            return s;
        }

        private static double Min(double a, double b)
        {
            return a < b ? a : b;
        }
    }
}
