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

        private readonly double[] _cap;
        private readonly double[] _draw;
        private readonly double[] _demand;
        private readonly double[] _target;
        private readonly double[] _offered;
        private readonly double[] _counted;
        private readonly long[] _decreasedAtMs;
        private readonly long[] _offerSinceMs;
        private readonly long[] _arrivedAtMs;
        private readonly bool[] _active;
        private readonly bool[] _open;
        private int _tried;

        public LoadSharing(int connectors)
        {
            _cap = new double[connectors];
            _draw = new double[connectors];
            _demand = new double[connectors];
            _target = new double[connectors];
            _offered = new double[connectors];
            _counted = new double[connectors];
            _decreasedAtMs = new long[connectors];
            _offerSinceMs = new long[connectors];
            _arrivedAtMs = new long[connectors];
            _active = new bool[connectors];
            _open = new bool[connectors];
        }

        public int Count
        {
            get { return _cap.Length; }
        }

        /// <summary>The charge point's limit (A per phase): min(ChargePointMaxProfile, site limit); NaN counts as 0.</summary>
        public double LimitA { get; set; } = NoLimit;

        /// <summary>This tick's inputs of connector index i: its own cap (A) and the current its EV draws (NaN = unknown).</summary>
        public void Set(int i, double capA, double drawA)
        {
            _cap[i] = double.IsNaN(capA) || capA < MinAmps ? 0 : capA;
            _draw[i] = drawA;
        }

        /// <summary>What the pilot of connector index i offers (0 or at least 6 A).</summary>
        public double OfferedA(int i)
        {
            return _offered[i];
        }

        /// <summary>The current counted against the limit for index i: its offer, or its old one while its EV adjusts.</summary>
        public double CountedA(int i)
        {
            return _counted[i];
        }

        /// <summary>
        /// Takes part (cap ≥ 6 A) but the supply leaves it nothing (SuspendedEVSE). Not while it only waits, for at most
        /// 5 s, for the others to drop: that is the start of its session, not a suspension.
        /// </summary>
        public bool Suspended(int i)
        {
            return _cap[i] > 0 && _target[i] == 0;
        }

        public void Tick(long nowMs)
        {
            double limit = double.IsNaN(LimitA) || LimitA < 0 ? 0 : LimitA;
            UpdateDemands(nowMs);
            Allocate(limit);
            Release(nowMs);
            for (int i = 0; i < _offered.Length; i++)
            {
                if (_target[i] < _offered[i])
                {
                    SetOffer(i, _target[i], nowMs);
                }
            }

            double used = 0;
            for (int i = 0; i < _counted.Length; i++)
            {
                used += _counted[i];
            }

            _tried = 0;
            int next;
            while ((next = NextRising()) >= 0)
            {
                double offer = Floor(Min(_target[next], _offered[next] + (limit - used)));
                if (offer > _offered[next] && offer >= MinAmps)
                {
                    used += offer > _counted[next] ? offer - _counted[next] : 0;
                    SetOffer(next, offer, nowMs);
                }
            }
        }

        /// <summary>Demand per connector: its cap, or its draw + headroom while it leaves part of a settled offer unused.</summary>
        private void UpdateDemands(long nowMs)
        {
            for (int i = 0; i < _cap.Length; i++)
            {
                bool active = _cap[i] > 0;
                if (active && !_active[i])
                {
                    _arrivedAtMs[i] = nowMs;
                    _demand[i] = _cap[i];
                }

                _active[i] = active;
                if (!active)
                {
                    _demand[i] = 0;
                    continue;
                }

                double draw = _draw[i];
                bool known = !double.IsNaN(draw);
                if (known && _offered[i] > 0 && draw >= _offered[i] - 1.0)
                {
                    _demand[i] = _cap[i];
                }
                else if (known && _offered[i] > 0 && draw < _offered[i] - HeadroomA && nowMs - _offerSinceMs[i] >= DrawSettleMs)
                {
                    _demand[i] = draw + HeadroomA < MinAmps ? MinAmps : draw + HeadroomA;
                }

                _demand[i] = Min(_demand[i], _cap[i]);
            }
        }

        /// <summary>Targets: drop the latest arrivals until everyone left gets 6 A, then water-fill demands, then caps.</summary>
        private void Allocate(double limit)
        {
            int n = 0;
            for (int i = 0; i < _cap.Length; i++)
            {
                _target[i] = 0;
                _open[i] = _active[i];
                if (_active[i])
                {
                    n++;
                }
            }

            while (n > 0 && limit < n * MinAmps)
            {
                _open[LatestOpen()] = false;
                n--;
            }

            double left = Fill(limit, _demand);
            Fill(left, _cap);
            for (int i = 0; i < _target.Length; i++)
            {
                _target[i] = Floor(_target[i]);
            }
        }

        /// <summary>Raises the open targets towards the levels by equal shares of the budget; returns what is left.</summary>
        private double Fill(double budget, double[] level)
        {
            while (true)
            {
                int k = 0;
                for (int i = 0; i < _target.Length; i++)
                {
                    if (_open[i] && _target[i] < level[i])
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
                for (int i = 0; i < _target.Length; i++)
                {
                    if (_open[i] && _target[i] < level[i] && level[i] - _target[i] <= share)
                    {
                        budget -= level[i] - _target[i];
                        _target[i] = level[i];
                        capped = true;
                    }
                }

                if (!capped)
                {
                    for (int i = 0; i < _target.Length; i++)
                    {
                        if (_open[i] && _target[i] < level[i])
                        {
                            _target[i] += share;
                        }
                    }

                    return 0;
                }
            }
        }

        /// <summary>A decreased connector's old offer stops counting once its EV draws no more than the new one, or after 5 s.</summary>
        private void Release(long nowMs)
        {
            for (int i = 0; i < _counted.Length; i++)
            {
                if (_counted[i] > _offered[i] && (nowMs - _decreasedAtMs[i] >= EvResponseMs || (!double.IsNaN(_draw[i]) && _draw[i] <= _offered[i])))
                {
                    _counted[i] = _offered[i];
                }
            }
        }

        private void SetOffer(int i, double amps, long nowMs)
        {
            if (amps < _offered[i])
            {
                _decreasedAtMs[i] = nowMs;
            }

            _offered[i] = amps;
            _offerSinceMs[i] = nowMs;
            if (amps > _counted[i])
            {
                _counted[i] = amps;
            }
        }

        /// <summary>The earliest arrival whose offer is below its target and not yet tried this tick; -1 when none.</summary>
        private int NextRising()
        {
            int best = -1;
            for (int i = 0; i < _target.Length; i++)
            {
                if (_target[i] > _offered[i] && !Tried(i) && (best < 0 || _arrivedAtMs[i] < _arrivedAtMs[best]))
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
            for (int i = 0; i < _open.Length; i++)
            {
                if (_open[i] && (latest < 0 || _arrivedAtMs[i] >= _arrivedAtMs[latest]))
                {
                    latest = i;
                }
            }

            return latest;
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
