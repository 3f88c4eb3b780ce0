using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp
{
    public sealed partial class SmartChargingService
    {
        private const long DayMs = 86400000;

        private const long WeekMs = 7 * DayMs;

        /// <summary>
        /// Evaluates one charging profile at an instant (Spec §3.13): validFrom/validTo, Absolute / Relative / Recurring
        /// (Daily, Weekly) start, duration, and the period in force. Returns the index of that period (-1: none) and
        /// lowers next to when the result may change. All times are UTC milliseconds.
        /// </summary>
        private static int Evaluate(ChargingProfile p, long t, long relativeStartMs, ref long next)
        {
            long validFrom = p.ValidFrom == null ? long.MinValue : CaptureTime.ToMs(p.ValidFrom.Value);
            long validTo = p.ValidTo == null ? long.MaxValue : CaptureTime.ToMs(p.ValidTo.Value);
            if (t < validFrom)
            {
                next = Min(next, validFrom);
                return -1;
            }

            if (t >= validTo)
            {
                return -1;
            }

            long change = validTo;
            ChargingSchedule s = p.ChargingSchedule;
            long start = relativeStartMs;
            bool recurring = p.ChargingProfileKind == OcppEnum.Recurring;
            if (recurring || p.ChargingProfileKind == OcppEnum.Absolute)
            {
                if (s.StartSchedule == null)
                {
                    return -1; // validation rejects these; never treat a missing start as some instant
                }

                start = CaptureTime.ToMs(s.StartSchedule.Value);
                if (recurring)
                {
                    long period = p.RecurrencyKind == OcppEnum.Weekly ? WeekMs : DayMs;
                    long k = (t - start) / period;
                    if (t < start && (t - start) % period != 0)
                    {
                        k--; // floor for instants before the first occurrence
                    }

                    start += k * period;
                    change = Min(change, start + period);
                }
            }

            long offset = t - start;
            if (offset < 0)
            {
                next = Min(next, Min(change, start));
                return -1;
            }

            if (s.Duration != Absent.Int)
            {
                long end = start + s.Duration * 1000L;
                if (t >= end)
                {
                    if (recurring)
                    {
                        next = Min(next, change);
                    }

                    return -1;
                }

                change = Min(change, end);
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
                    change = Min(change, start + periods[i].StartPeriod * 1000L);
                    break;
                }
            }

            next = Min(next, change);
            return found;
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
