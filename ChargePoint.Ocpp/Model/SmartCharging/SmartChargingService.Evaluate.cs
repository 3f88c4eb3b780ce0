using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.SmartCharging
{
    public sealed partial class SmartChargingService
    {
        private const long DayMs = 86400000;

        private const long WeekMs = 7 * DayMs;

        // What Evaluate found for one profile at an instant: whether a period is in force, its limit, unit and
        // numberPhases, and when the result may change next.
        private bool _sliceActive;
        private double _sliceLimit;
        private string _sliceUnit;
        private int _slicePhases;
        private long _sliceNextChangeMs;

        /// <summary>
        /// Evaluates one charging profile at an instant (Spec §3.13) into the _slice fields: validFrom/validTo, Absolute /
        /// Relative / Recurring (Daily, Weekly) start, duration, and the period in force. All times are UTC milliseconds.
        /// </summary>
        private void Evaluate(ChargingProfile p, long t, long relativeStartMs)
        {
            _sliceActive = false;
            _sliceNextChangeMs = long.MaxValue;
            long validFrom = p.ValidFrom == null ? long.MinValue : UtcTime.ToMs(p.ValidFrom.Value);
            long validTo = p.ValidTo == null ? long.MaxValue : UtcTime.ToMs(p.ValidTo.Value);
            if (t < validFrom)
            {
                _sliceNextChangeMs = validFrom;
                return;
            }

            if (t >= validTo)
            {
                return;
            }

            long next = validTo;
            ChargingSchedule s = p.ChargingSchedule;
            long start;
            bool anchored = p.ChargingProfileKind == ChargingProfileKindType.Recurring || p.ChargingProfileKind == ChargingProfileKindType.Absolute;
            if (anchored && s.StartSchedule == null)
            {
                return; // validation rejects these; never treat a missing start as some instant
            }

            if (p.ChargingProfileKind == ChargingProfileKindType.Recurring)
            {
                long period = p.RecurrencyKind == RecurrencyKindType.Weekly ? WeekMs : DayMs;
                long origin = UtcTime.ToMs(s.StartSchedule.Value);
                long k = (t - origin) / period;
                if (t < origin && (t - origin) % period != 0)
                {
                    k--; // floor for instants before the first occurrence
                }

                start = origin + k * period;
                next = Min(next, start + period);
            }
            else if (p.ChargingProfileKind == ChargingProfileKindType.Absolute)
            {
                start = UtcTime.ToMs(s.StartSchedule.Value);
            }
            else
            {
                start = relativeStartMs;
            }

            long offset = t - start;
            if (offset < 0)
            {
                _sliceNextChangeMs = Min(next, start);
                return;
            }

            if (s.Duration != Absent.Int)
            {
                long end = start + s.Duration * 1000L;
                if (t >= end)
                {
                    _sliceNextChangeMs = p.ChargingProfileKind == ChargingProfileKindType.Recurring ? next : long.MaxValue;
                    return;
                }

                next = Min(next, end);
            }

            ChargingSchedulePeriod[] periods = s.ChargingSchedulePeriod;
            int found = -1;
            for (int i = 0; i < periods.Length; i++)
            {
                if (periods[i].StartPeriod * 1000L <= offset)
                {
                    found = i;
                }
                else
                {
                    next = Min(next, start + periods[i].StartPeriod * 1000L);
                    break;
                }
            }

            _sliceNextChangeMs = next;
            if (found < 0)
            {
                return;
            }

            _sliceActive = true;
            _sliceLimit = periods[found].Limit;
            _sliceUnit = s.ChargingRateUnit;
            _slicePhases = periods[found].NumberPhases;
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
