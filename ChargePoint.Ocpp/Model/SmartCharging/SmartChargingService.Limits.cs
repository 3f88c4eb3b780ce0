// SmartChargingService: the composed limit of a connector at an instant (the highest-stack active profile of each purpose, in the asked unit).
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp
{
    public sealed partial class SmartChargingService : ITickable
    {
        /// <summary>
        /// The composed limit at t in unit (NaN when no profile applies); next is lowered to when it may change. A Relative
        /// schedule starts with the connector's transaction, else at <paramref name="idleStart"/>.
        /// </summary>
        private double LimitAt(int connectorId, long t, string unit, long idleStart, ref long next)
        {
            JournalTransaction running = connectorId > 0 ? Transactions.RunningTransaction(connectorId) : null;
            long relStart = running != null && running.StartTime.UtcMs > 0 ? running.StartTime.UtcMs : idleStart;
            double cpMax = Best(0, OcppEnum.ChargePointMaxProfile, 0, t, relStart, unit, ref next);
            if (connectorId == 0)
            {
                return cpMax;
            }

            double tx = double.NaN;
            if (running != null)
            {
                tx = Best(connectorId, OcppEnum.TxProfile, running.TxNr, t, relStart, unit, ref next);
            }

            if (double.IsNaN(tx))
            {
                tx = Best(connectorId, OcppEnum.TxDefaultProfile, 0, t, relStart, unit, ref next);
            }

            if (double.IsNaN(tx))
            {
                tx = Best(0, OcppEnum.TxDefaultProfile, 0, t, relStart, unit, ref next);
            }

            if (double.IsNaN(cpMax))
            {
                return tx;
            }

            return double.IsNaN(tx) || cpMax < tx ? cpMax : tx;
        }

        /// <summary>The limit of the active profile with the highest stackLevel among those matching, in unit; NaN when none.</summary>
        private double Best(int connectorId, string purpose, int txNr, long t, long relStart, string unit, ref long next)
        {
            int bestLevel = -1;
            double best = double.NaN;
            for (int i = 0; i < _profiles.Count; i++)
            {
                var ip = (InstalledProfile)_profiles[i];
                ChargingProfile p = ip.Profile;
                if (ip.ConnectorId != connectorId || p.ChargingProfilePurpose != purpose || ip.TxNr != txNr)
                {
                    continue;
                }

                int found = Evaluate(p, t, relStart, ref next);
                if (found >= 0 && p.StackLevel > bestLevel)
                {
                    bestLevel = p.StackLevel;
                    ChargingSchedulePeriod period = p.ChargingSchedule.ChargingSchedulePeriod[found];
                    best = period.Limit;
                    if (p.ChargingSchedule.ChargingRateUnit != unit)
                    {
                        int phases = period.NumberPhases;
                        double factor = Voltage * (phases == Absent.Int || phases <= 0 ? Phases : phases);
                        double v = unit == OcppEnum.A ? best / factor : best * factor;
                        // A broken conversion offers nothing (0): NaN would read as "no profile", i.e. no limit. One decimal.
                        best = !(v > 0 && v <= double.MaxValue) ? 0 : (long)(v * 10 + 0.5) / 10.0;
                    }
                }
            }

            return best;
        }
    }
}
