// SmartChargingService: the Central System's operations (SetChargingProfile with its checks and replacement rules, ClearChargingProfile, GetCompositeSchedule, a RemoteStart's profile).
using System.Collections;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp
{
    public sealed partial class SmartChargingService : ITickable
    {
        /// <summary>SetChargingProfile: a ChargingProfileStatus string.</summary>
        public string SetProfile(int connectorId, ChargingProfile p, long nowMs)
        {
            if (connectorId < 0 || connectorId >= _limits.Length || !IsValid(p))
            {
                return OcppEnum.Rejected;
            }

            int txNr = 0;
            switch (p.ChargingProfilePurpose)
            {
                case OcppEnum.ChargePointMaxProfile:
                    if (connectorId != 0)
                    {
                        return OcppEnum.Rejected;
                    }

                    break;
                case OcppEnum.TxProfile:
                    JournalTransaction tx = connectorId == 0 ? null : Transactions.RunningTransaction(connectorId);
                    if (tx == null)
                    {
                        return OcppEnum.Rejected; // TC_058_1: no transaction on the connector
                    }

                    if (p.TransactionId != Absent.Int && !(tx.IdState == JournalTransaction.IdKnown && tx.TransactionId == p.TransactionId))
                    {
                        return OcppEnum.Rejected; // TC_058_2: another transaction
                    }

                    txNr = tx.TxNr;
                    break;
            }

            if (!Install(new InstalledProfile(connectorId, p, txNr)))
            {
                return OcppEnum.Rejected;
            }

            return OcppEnum.Accepted;
        }

        /// <summary>
        /// ClearChargingProfile: with an id, the profile with that id; otherwise every profile matching all the criteria
        /// given (Absent.Int / null = any). Accepted when something was cleared, Unknown otherwise.
        /// </summary>
        public string Clear(int id, int connectorId, string purpose, int stackLevel)
        {
            bool cleared = false;
            for (int i = _profiles.Count - 1; i >= 0; i--)
            {
                var ip = (InstalledProfile)_profiles[i];
                ChargingProfile p = ip.Profile;
                bool match = id != Absent.Int
                    ? p.ChargingProfileId == id
                    : (connectorId == Absent.Int || ip.ConnectorId == connectorId)
                      && (purpose == null || p.ChargingProfilePurpose == purpose)
                      && (stackLevel == Absent.Int || p.StackLevel == stackLevel);
                if (match)
                {
                    _profiles.RemoveAt(i);
                    cleared = true;
                }
            }

            if (!cleared)
            {
                return OcppEnum.Unknown;
            }

            Save();
            _dirty = true;
            return OcppEnum.Accepted;
        }

        /// <summary>GetCompositeSchedule: the schedule from now (whole second) for duration seconds, in the unit asked (default A).</summary>
        public StatusPayload CompositeSchedule(int connectorId, int duration, string unit, long nowMs)
        {
            if (!_clock.IsSet || connectorId < 0 || connectorId >= _limits.Length)
            {
                return new StatusPayload(OcppEnum.Rejected);
            }

            string u = unit ?? OcppEnum.A;
            long now = CaptureTime.ToMs(_clock.Now(nowMs));
            long from = now - now % 1000;
            long to = from + duration * 1000L;
            var periods = new ArrayList();
            // The first period is what applies now, not at the whole second before it: a boundary inside
            // the current second (a transaction that just started) must not show up as a stale period.
            long t = now;
            int guard = 0;
            do
            {
                long next = long.MaxValue;
                double v = LimitAt(connectorId, t, u, from, ref next);
                if (double.IsNaN(v))
                {
                    v = u == OcppEnum.W ? MaxCurrentA * Voltage * Phases : MaxCurrentA;
                }

                // Periods are whole seconds: a later change within the same second replaces the earlier one, and an
                // unchanged limit extends the previous period.
                int start = (int)((t - from) / 1000);
                int count = periods.Count;
                if (count > 0 && ((ChargingSchedulePeriod)periods[count - 1]).StartPeriod == start)
                {
                    periods.RemoveAt(--count);
                }

                if (count == 0 || ((ChargingSchedulePeriod)periods[count - 1]).Limit != v)
                {
                    periods.Add(new ChargingSchedulePeriod(start, v));
                }

                if (next <= t || next == long.MaxValue)
                {
                    break;
                }

                t = next;
            }
            while (t < to && ++guard < 1000);

            var schedule = new ChargingSchedule(u, (ChargingSchedulePeriod[])periods.ToArray(typeof(ChargingSchedulePeriod)));
            schedule.Duration = duration;
            schedule.StartSchedule = new UtcTimestamp(CaptureTime.ToDateTime(from));
            var response = new StatusPayload(OcppEnum.Accepted);
            response.ConnectorId = connectorId;
            response.ScheduleStart = schedule.StartSchedule;
            response.ChargingSchedule = schedule;
            return response;
        }

        // ---- RemoteStartTransaction's chargingProfile ----

        /// <summary>RemoteStart was Accepted: apply the profile to the transaction it starts (connectorId may be Absent.Int).</summary>
        public void Attach(int connectorId, string idTag, ChargingProfile profile, long nowMs)
        {
            var busy = new bool[_limits.Length];
            for (int i = 1; i < busy.Length; i++)
            {
                busy[i] = Transactions.RunningTransaction(i) != null;
            }

            var pending = new InstalledProfile(connectorId, profile, 0);
            pending.IdTag = idTag;
            pending.SinceMs = nowMs;
            pending.BusyAtAttach = busy;
            (_pending = _pending ?? new ArrayList()).Add(pending);
            _dirty = true;
        }

        /// <summary>The checks of SetChargingProfile (stack level, periods, unit, kind, validity; not the purpose).</summary>
        internal bool IsValid(ChargingProfile p)
        {
            ChargingSchedule s = p.ChargingSchedule;
            ChargingSchedulePeriod[] periods = s.ChargingSchedulePeriod;
            if (p.StackLevel > IntKey(ChargeProfileMaxStackLevel)
                || periods.Length == 0 || periods.Length > IntKey(ChargingScheduleMaxPeriods))
            {
                return false;
            }

            // The unit must be one ChargingScheduleAllowedChargingRateUnit lists.
            if (!_config.HasItem(_config.Find(ChargingScheduleAllowedChargingRateUnit), s.ChargingRateUnit == OcppEnum.W ? "Power" : "Current"))
            {
                return false;
            }

            for (int i = 0; i < periods.Length; i++)
            {
                double limit = periods[i].Limit;
                if (!(limit >= 0 && limit <= double.MaxValue) || (i > 0 && periods[i].StartPeriod <= periods[i - 1].StartPeriod))
                {
                    return false; // NaN, infinite or negative; or not ascending
                }
            }

            string kind = p.ChargingProfileKind;
            bool recurring = kind == OcppEnum.Recurring;
            if (((recurring || kind == OcppEnum.Absolute) && s.StartSchedule == null) || (recurring && p.RecurrencyKind == null))
            {
                return false;
            }

            return p.ValidFrom == null || p.ValidTo == null || p.ValidTo.Value > p.ValidFrom.Value;
        }

        // The keys are declared by the constructor.
        private int IntKey(string name) => _config.Int(_config.Find(name));

        /// <summary>Adds a profile after the replacement rules (same id; same connector, purpose and stackLevel); false when full.</summary>
        private bool Install(InstalledProfile ip)
        {
            // The profiles that stay, in their order; the new one goes last.
            var kept = new ArrayList();
            ArrayList all = _profiles;
            ChargingProfile p = ip.Profile;
            for (int i = 0; i < all.Count; i++)
            {
                var old = (InstalledProfile)all[i];
                ChargingProfile o = old.Profile;
                if (o.ChargingProfileId != p.ChargingProfileId && (old.ConnectorId != ip.ConnectorId || o.ChargingProfilePurpose != p.ChargingProfilePurpose || o.StackLevel != p.StackLevel))
                {
                    kept.Add(old);
                }
            }

            if (kept.Count >= IntKey(MaxChargingProfilesInstalled))
            {
                return false;
            }

            kept.Add(ip);
            _profiles = kept;
            Save();
            _dirty = true;
            return true;
        }
    }
}
