namespace ChargePoint.Firmware.Evse
{
    /// <summary>
    /// Shares the charge point's supply limit (A per phase) among its connectors, evaluated every tick. Platform-free.
    /// <para>Policy (README "Load sharing"):</para>
    /// <list type="number">
    /// <item>A connector takes part while its own cap (OCPP session limit, MaxCurrent, its smart-charging limit, cable) is
    /// at least 6 A; the engine sets the session limit above 0 only while a transaction or authorized session runs.</item>
    /// <item>Equal split (water-filling): each gets min(its demand, an equal share of what is left). Demand is the cap,
    /// or, once its EV has drawn less than offered − 2 A for 10 s at an unchanged offer, the draw + 2 A (at least
    /// 6 A): that unused current goes to the others. An EV drawing within 1 A of its offer asks for its cap again.
    /// Budget still left after every demand is met is split again up to the caps.</item>
    /// <item>When the limit cannot give every participant 6 A, the latest arrivals get 0 (SuspendedEVSE, no PWM) until
    /// it can: never a duty cycle below 6 A.</item>
    /// <item>Drops before rises: a decrease is applied at once, but the connector's old offer stays counted against
    /// the limit until its EV has followed (measured draw at or below the new offer) or had 5 s to (IEC 61851-1: the EV
    /// follows a lower duty cycle within 5 s). An increase is granted only from the limit minus every connector's
    /// counted current, so Σ offered ≤ limit at every tick and Σ counted ≤ limit whenever an offer rises.</item>
    /// </list>
    /// Index i is connector i + 1.
    /// </summary>
    public sealed class LoadSharing
    {
        public const double NoLimit = double.MaxValue;
        public const double MinAmps = 6.0;
        public const long EvResponseMs = 5000;
        public const double HeadroomA = 2.0;
        public const long DrawSettleMs = 10000;

        private readonly ConnectorBinding[] _c;

        /// <summary>Shares among these connectors (their load-sharing fields are this class's state).</summary>
        public LoadSharing(ConnectorBinding[] connectors)
        {
            _c = connectors;
        }

        /// <summary>The charge point's limit (A per phase): min(ChargePointMaxProfile, site limit); NaN counts as 0.</summary>
        public double LimitA = NoLimit;

        /// <summary>This tick's inputs of connector index i: its own cap (A) and the current its EV draws (NaN = unknown).</summary>
        public void Set(int i, double capA, double drawA)
        {
            _c[i].Cap = double.IsNaN(capA) || capA < MinAmps ? 0 : capA;
            _c[i].Draw = drawA;
        }

        /// <summary>What the pilot of connector index i offers (0 or at least 6 A).</summary>
        public double OfferedA(int i)
        {
            return _c[i].Offered;
        }

        /// <summary>
        /// Takes part (cap ≥ 6 A) but the supply leaves it nothing (SuspendedEVSE). Not while it only waits, for at most
        /// 5 s, for the others to drop: that is the start of its session, not a suspension.
        /// </summary>
        public bool Suspended(int i)
        {
            ConnectorBinding c = _c[i];
            return c.Target == 0 && c.Cap > c.Target;
        }

        public void Tick(long nowMs)
        {
            ConnectorBinding[] cs = _c; // a local: smaller code than the field at every use
            // The double constants as locals: a double literal is 9 bytes of byte code at every use, a local 1 or 2.
            double zero = 0;
            double min = MinAmps;
            double headroom = HeadroomA;
            double limit = LimitA;
            if (!(limit > zero))
            {
                limit = zero; // NaN or below 0
            }

            // Demand per connector: its cap, or its draw + headroom while it leaves part of a settled offer unused.
            int n = 0;
            for (int i = 0; i < cs.Length; i++)
            {
                ConnectorBinding c = cs[i];
                double cap = c.Cap;
                bool active = cap > zero;
                c.Target = zero;
                c.Open = active;
                double demand = zero;
                if (active)
                {
                    n++;
                    demand = c.Demand;
                    if (demand == zero)
                    {
                        // It arrives: no demand yet (a taking part connector's demand is at least 6 A).
                        c.ArrivedAtMs = nowMs;
                        demand = cap;
                    }

                    // An unknown draw (NaN) fails both comparisons: the demand stays.
                    double draw = c.Draw;
                    double offered = c.Offered;
                    if (offered > zero && draw >= offered - 1.0)
                    {
                        demand = cap;
                    }
                    else if (offered > zero && draw < offered - headroom && nowMs - c.OfferSinceMs >= DrawSettleMs)
                    {
                        demand = draw + headroom < min ? min : draw + headroom;
                    }

                    if (!(demand < cap))
                    {
                        demand = cap;
                    }
                }

                c.Demand = demand;
            }

            // Targets: drop the latest arrivals until everyone left gets 6 A, then water-fill demands, then caps.
            while (n > 0 && limit < n * min)
            {
                int latest = -1;
                for (int i = 0; i < cs.Length; i++)
                {
                    ConnectorBinding c = cs[i];
                    if (c.Open && (latest < 0 || c.ArrivedAtMs >= cs[latest].ArrivedAtMs))
                    {
                        latest = i;
                    }
                }

                cs[latest].Open = false;
                n--;
            }

            Fill(Fill(limit, false), true);

            // Per connector: the target down to 0.1 A; a decreased connector's old offer stops counting once its EV draws
            // no more than the new one, or after 5 s; decreases apply at once; what is counted against the limit is summed.
            double used = zero;
            for (int i = 0; i < cs.Length; i++)
            {
                ConnectorBinding c = cs[i];
                double target = c.Target = Floor(c.Target);
                double offered = c.Offered;
                if (c.Counted > offered && (nowMs - c.DecreasedAtMs >= EvResponseMs || c.Draw <= offered))
                {
                    c.Counted = offered; // (a NaN draw is not at or below it)
                }

                if (target < offered)
                {
                    SetOffer(c, target, nowMs);
                }

                used += c.Counted;
            }

            // Rises: the earliest arrival first whose offer is below its target (each tried once per tick).
            int tried = 0;
            while (true)
            {
                int next = -1;
                for (int i = 0; i < cs.Length; i++)
                {
                    ConnectorBinding c = cs[i];
                    if (c.Target > c.Offered && (tried & (1 << i)) == 0 && (next < 0 || c.ArrivedAtMs < cs[next].ArrivedAtMs))
                    {
                        next = i;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                tried |= 1 << next;
                ConnectorBinding r = cs[next];
                double offer = r.Offered + (limit - used);
                offer = Floor(r.Target < offer ? r.Target : offer);
                if (offer > r.Offered && offer >= min)
                {
                    used += offer > r.Counted ? offer - r.Counted : zero;
                    SetOffer(r, offer, nowMs);
                }
            }
        }

        /// <summary>Raises the open targets towards the demands (or caps) by equal shares of the budget; returns what is left.</summary>
        private double Fill(double budget, bool toCaps)
        {
            ConnectorBinding[] cs = _c;
            while (true)
            {
                int k = 0;
                for (int i = 0; i < cs.Length; i++)
                {
                    ConnectorBinding c = cs[i];
                    if (c.Open && c.Target < (toCaps ? c.Cap : c.Demand))
                    {
                        k++;
                    }
                }

                if (k == 0 || budget <= 0)
                {
                    return budget;
                }

                double share = budget / k;
                bool capped = false;
                for (int i = 0; i < cs.Length; i++)
                {
                    ConnectorBinding c = cs[i];
                    double level = toCaps ? c.Cap : c.Demand;
                    if (c.Open && c.Target < level && level - c.Target <= share)
                    {
                        budget -= level - c.Target;
                        c.Target = level;
                        capped = true;
                    }
                }

                if (!capped)
                {
                    for (int i = 0; i < cs.Length; i++)
                    {
                        ConnectorBinding c = cs[i];
                        if (c.Open && c.Target < (toCaps ? c.Cap : c.Demand))
                        {
                            c.Target += share;
                        }
                    }

                    return 0;
                }
            }
        }

        private static void SetOffer(ConnectorBinding c, double amps, long nowMs)
        {
            if (amps < c.Offered)
            {
                c.DecreasedAtMs = nowMs;
            }

            c.Offered = amps;
            c.OfferSinceMs = nowMs;
            if (amps > c.Counted)
            {
                c.Counted = amps;
            }
        }

        /// <summary>Down to 0.1 A, so the rounded offers never add up to more than the limit.</summary>
        private static double Floor(double amps)
        {
            if (amps >= NoLimit / 10)
            {
                return amps;
            }

            return (long)(amps * 10) / 10.0;
        }
    }
}
