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

        private readonly ConnectorShare[] _c;
        private int _tried;

        public LoadSharing(int connectors)
        {
            _c = new ConnectorShare[connectors];
            for (int i = 0; i < connectors; i++)
            {
                _c[i] = new ConnectorShare();
            }
        }

        public int Count
        {
            get { return _c.Length; }
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

        /// <summary>The current counted against the limit for index i: its offer, or its old one while its EV adjusts.</summary>
        public double CountedA(int i)
        {
            return _c[i].Counted;
        }

        /// <summary>
        /// Takes part (cap ≥ 6 A) but the supply leaves it nothing (SuspendedEVSE). Not while it only waits, for at most
        /// 5 s, for the others to drop: that is the start of its session, not a suspension.
        /// </summary>
        public bool Suspended(int i)
        {
            return _c[i].Cap > 0 && _c[i].Target == 0;
        }

        public void Tick(long nowMs)
        {
            double limit = double.IsNaN(LimitA) || LimitA < 0 ? 0 : LimitA;
            UpdateDemands(nowMs);
            Allocate(limit);
            Release(nowMs);
            for (int i = 0; i < _c.Length; i++)
            {
                if (_c[i].Target < _c[i].Offered)
                {
                    SetOffer(i, _c[i].Target, nowMs);
                }
            }

            double used = 0;
            for (int i = 0; i < _c.Length; i++)
            {
                used += _c[i].Counted;
            }

            _tried = 0;
            int next;
            while ((next = NextRising()) >= 0)
            {
                double offer = Floor(Min(_c[next].Target, _c[next].Offered + (limit - used)));
                if (offer > _c[next].Offered && offer >= MinAmps)
                {
                    used += offer > _c[next].Counted ? offer - _c[next].Counted : 0;
                    SetOffer(next, offer, nowMs);
                }
            }
        }

        /// <summary>Demand per connector: its cap, or its draw + headroom while it leaves part of a settled offer unused.</summary>
        private void UpdateDemands(long nowMs)
        {
            for (int i = 0; i < _c.Length; i++)
            {
                bool active = _c[i].Cap > 0;
                if (active && !_c[i].Active)
                {
                    _c[i].ArrivedAtMs = nowMs;
                    _c[i].Demand = _c[i].Cap;
                }

                _c[i].Active = active;
                if (!active)
                {
                    _c[i].Demand = 0;
                    continue;
                }

                double draw = _c[i].Draw;
                bool known = !double.IsNaN(draw);
                if (known && _c[i].Offered > 0 && draw >= _c[i].Offered - 1.0)
                {
                    _c[i].Demand = _c[i].Cap;
                }
                else if (known && _c[i].Offered > 0 && draw < _c[i].Offered - HeadroomA && nowMs - _c[i].OfferSinceMs >= DrawSettleMs)
                {
                    _c[i].Demand = draw + HeadroomA < MinAmps ? MinAmps : draw + HeadroomA;
                }

                _c[i].Demand = Min(_c[i].Demand, _c[i].Cap);
            }
        }

        /// <summary>Targets: drop the latest arrivals until everyone left gets 6 A, then water-fill demands, then caps.</summary>
        private void Allocate(double limit)
        {
            int n = 0;
            for (int i = 0; i < _c.Length; i++)
            {
                _c[i].Target = 0;
                _c[i].Open = _c[i].Active;
                if (_c[i].Active)
                {
                    n++;
                }
            }

            while (n > 0 && limit < n * MinAmps)
            {
                _c[LatestOpen()].Open = false;
                n--;
            }

            double left = Fill(limit, false);
            Fill(left, true);
            for (int i = 0; i < _c.Length; i++)
            {
                _c[i].Target = Floor(_c[i].Target);
            }
        }

        /// <summary>Raises the open targets towards the demands (or caps) by equal shares of the budget; returns what is left.</summary>
        private double Fill(double budget, bool toCaps)
        {
            while (true)
            {
                int k = 0;
                for (int i = 0; i < _c.Length; i++)
                {
                    if (_c[i].Open && _c[i].Target < Level(_c[i], toCaps))
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
                for (int i = 0; i < _c.Length; i++)
                {
                    if (_c[i].Open && _c[i].Target < Level(_c[i], toCaps) && Level(_c[i], toCaps) - _c[i].Target <= share)
                    {
                        budget -= Level(_c[i], toCaps) - _c[i].Target;
                        _c[i].Target = Level(_c[i], toCaps);
                        capped = true;
                    }
                }

                if (!capped)
                {
                    for (int i = 0; i < _c.Length; i++)
                    {
                        if (_c[i].Open && _c[i].Target < Level(_c[i], toCaps))
                        {
                            _c[i].Target += share;
                        }
                    }

                    return 0;
                }
            }
        }

        /// <summary>A decreased connector's old offer stops counting once its EV draws no more than the new one, or after 5 s.</summary>
        private void Release(long nowMs)
        {
            for (int i = 0; i < _c.Length; i++)
            {
                if (_c[i].Counted > _c[i].Offered && (nowMs - _c[i].DecreasedAtMs >= EvResponseMs || (!double.IsNaN(_c[i].Draw) && _c[i].Draw <= _c[i].Offered)))
                {
                    _c[i].Counted = _c[i].Offered;
                }
            }
        }

        private void SetOffer(int i, double amps, long nowMs)
        {
            if (amps < _c[i].Offered)
            {
                _c[i].DecreasedAtMs = nowMs;
            }

            _c[i].Offered = amps;
            _c[i].OfferSinceMs = nowMs;
            if (amps > _c[i].Counted)
            {
                _c[i].Counted = amps;
            }
        }

        /// <summary>The earliest arrival whose offer is below its target and not yet tried this tick; -1 when none.</summary>
        private int NextRising()
        {
            int best = -1;
            for (int i = 0; i < _c.Length; i++)
            {
                if (_c[i].Target > _c[i].Offered && !Tried(i) && (best < 0 || _c[i].ArrivedAtMs < _c[best].ArrivedAtMs))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                _tried |= 1 << best;
            }

            return best;
        }

        private bool Tried(int i)
        {
            return (_tried & (1 << i)) != 0;
        }

        private int LatestOpen()
        {
            int latest = -1;
            for (int i = 0; i < _c.Length; i++)
            {
                if (_c[i].Open && (latest < 0 || _c[i].ArrivedAtMs >= _c[latest].ArrivedAtMs))
                {
                    latest = i;
                }
            }

            return latest;
        }

        private static double Level(ConnectorShare c, bool toCaps)
        {
            return toCaps ? c.Cap : c.Demand;
        }

        private static double Min(double a, double b)
        {
            return a < b ? a : b;
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
