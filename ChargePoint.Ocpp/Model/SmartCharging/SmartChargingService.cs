using System;
using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// SmartCharging profile (Spec §3.13, §5.5, §5.7, §5.16): installed charging profiles per connector, their
    /// validation, stacking and replacement rules, ClearChargingProfile, GetCompositeSchedule, the TxProfile of a
    /// RemoteStartTransaction, and the resulting limit per connector in amps (<see cref="LimitA"/>,
    /// <see cref="Sink"/>).
    /// <para>
    /// Composition at an instant, for connector c: min(ChargePointMaxProfile on 0, TxProfile of c's running
    /// transaction, else TxDefaultProfile of c, else TxDefaultProfile on 0), each the active profile of the highest
    /// stackLevel. W limits are converted with <see cref="Voltage"/> × phases (the period's
    /// numberPhases or <see cref="Phases"/>). A Relative schedule starts with the connector's
    /// transaction, or at the evaluation instant when none runs. ChargePointMaxProfile is applied to each connector
    /// as is; connector 0's limit (the ChargePointMaxProfile alone) also goes to the sink, which shares it out among the
    /// connectors (the firmware's load sharing). Everything is evaluated with the OCPP clock: until it is set, no
    /// profile applies (<see cref="NoLimit"/>) and GetCompositeSchedule is Rejected.
    /// </para>
    /// <para>
    /// ChargePointMaxProfile and TxDefaultProfile persist in record <see cref="RecordName"/> (Errata 3.37); a TxProfile
    /// lives as long as its transaction, which a reboot ends, and is discarded when the transaction ends.
    /// </para>
    /// </summary>
    public sealed partial class SmartChargingService : ITickable
    {
        public const string RecordName = "ocpp.profiles";

        public const string ProfileName = "SmartCharging";

        /// <summary>The limit of a connector no profile limits (so that min(max, cable, limit) needs no special case).</summary>
        public const double NoLimit = double.MaxValue;

        public const string ChargeProfileMaxStackLevel = "ChargeProfileMaxStackLevel";
        public const string ChargingScheduleAllowedChargingRateUnit = "ChargingScheduleAllowedChargingRateUnit";
        public const string ChargingScheduleMaxPeriods = "ChargingScheduleMaxPeriods";
        public const string MaxChargingProfilesInstalled = "MaxChargingProfilesInstalled";

        private const int MaxRecordChars = 65536;

        /// <summary>Phase-to-neutral voltage used to convert W limits to A (and back).</summary>
        public const double Voltage = 230;

        /// <summary>Phases assumed when a schedule period has no numberPhases (Spec §7.9 default: 3).</summary>
        public const int Phases = 3;

        /// <summary>Defaults of ChargeProfileMaxStackLevel, ChargingScheduleMaxPeriods and MaxChargingProfilesInstalled (R).</summary>
        public const int MaxStackLevel = 8;

        public const int MaxPeriods = 24;

        public const int MaxProfiles = 16;

        /// <summary>How often the per-connector limit is re-evaluated, ms (it is also re-evaluated at once on any change).</summary>
        public const long EvaluateEveryMs = 1000;

        private readonly IStorage _storage;
        private readonly OcppClock _clock;
        private readonly ConfigurationStore _config;
        /// <summary>The transactions the profiles apply to (RemoteStartTransaction starts them through this service).</summary>
        public readonly TransactionService Transactions;
        private readonly Connector[] _connectors;
        private readonly bool[] _suspended;
        private ArrayList _profiles = new ArrayList(); // replaced as a whole by Install
        private ArrayList _pending; // null until a RemoteStartTransaction brings a profile (most chargers never get one)
        private readonly double[] _limits;
        // Read only once _dirty is false, i.e. after the first evaluation set them.
        private long _lastEvalMs;
        private bool _dirty = true;
        private long _nextChangeUtcMs;

        /// <summary>
        /// Adds the SmartCharging profile to a charge point that has transactions: loads the persisted profiles, declares
        /// the keys, registers SetChargingProfile, ClearChargingProfile and GetCompositeSchedule, takes
        /// RemoteStartTransaction's chargingProfile, and adds SmartCharging to SupportedFeatureProfiles.
        /// <paramref name="sink"/> (may be null) receives the limit per connector.
        /// </summary>
        public SmartChargingService(OcppChargePoint cp, TransactionService tx, ISmartChargingSink sink)
        {
            Connector[] connectors = cp.Connectors;
            ConfigurationStore config = cp.Configuration;
            _connectors = connectors;
            _suspended = new bool[connectors.Length];
            _storage = cp.Storage;
            _clock = cp.Clock;
            _config = config;
            Transactions = tx;
            Sink = sink;
            double[] limits = new double[connectors.Length];
            _limits = limits;
            for (int i = 0; i < limits.Length; i++)
            {
                limits[i] = -1; // unknown: the first evaluation reports every connector
            }

            config.DeclareInt(ChargeProfileMaxStackLevel, MaxStackLevel, 0, int.MaxValue, true);
            config.Declare(ChargingScheduleAllowedChargingRateUnit, ConfigurationStore.TypeCsl | ConfigurationStore.ReadOnly, "Current,Power", 2, "Current Power");
            config.DeclareInt(ChargingScheduleMaxPeriods, MaxPeriods, 1, int.MaxValue, true);
            config.DeclareInt(MaxChargingProfilesInstalled, MaxProfiles, 1, int.MaxValue, true);
            RpcSession session = cp.Session;
            session.Register(OcppAction.SetChargingProfile, this);
            session.Register(OcppAction.ClearChargingProfile, this);
            session.Register(OcppAction.GetCompositeSchedule, this);
            object unused;
            if (session.Find(OcppAction.RemoteStartTransaction, out unused))
            {
                session.Register(OcppAction.RemoteStartTransaction, this); // takes its chargingProfile now
            }

            CoreConfiguration.AddFeatureProfile(config, ProfileName);
            cp.AddService(this);
            // Load the stored record (a return ends the constructor).
            string[] text = RecordText.ReadLines(_storage, RecordName, "profiles lost", false);
            if (text == null)
            {
                return;
            }

            try
            {
                var r = new JsonReader(MaxRecordChars, 16);
                r.Reset(text[0]); // JSON has no raw line break
                r.ReadStartArray("profiles");
                while (r.NextItem())
                {
                    int connectorId = -1;
                    ChargingProfile p = null;
                    r.ReadStartObject("profile");
                    while (r.NextProperty())
                    {
                        if (r.NameIs("connectorId"))
                        {
                            connectorId = r.ReadInt("connectorId");
                        }
                        else if (r.NameIs("profile"))
                        {
                            p = ChargingProfile.Parse(r);
                        }
                        else
                        {
                            r.SkipValue();
                        }
                    }

                    if (p != null && connectorId >= 0 && connectorId < limits.Length)
                    {
                        _profiles.Add(new InstalledProfile(connectorId, p, 0));
                    }
                }
            }
            catch (Exception)
            {
                _profiles.Clear(); // unreadable record (written atomically: corruption or a format change): start without profiles
                StoreHealth.Report(_storage, RecordName, "profiles lost");
            }
        }

        /// <summary>Optional output to the EVSE controller: a connector's limit changed (also called once per connector at the first evaluation).</summary>
        public ISmartChargingSink Sink;

        /// <summary>What a connector can give without any profile, A; fills the gaps of a composite schedule.</summary>
        public double MaxCurrentA = 32;

        /// <summary>
        /// A limit below this (A) cannot be offered (IEC 61851: 6 A) and suspends a running transaction on the EVSE side
        /// (SuspendedEVSE) like a limit of 0. 0: only a limit of 0 suspends.
        /// </summary>
        public double SuspendBelowA;

        /// <summary>Number of installed profiles (all purposes).</summary>
        public int Count => _profiles.Count;

        /// <summary>The current smart-charging limit of a connector (1..n), A per phase; <see cref="NoLimit"/> when none applies.</summary>
        public double LimitA(int connectorId)
        {
            if (connectorId < 1 || connectorId >= _limits.Length || _limits[connectorId] < 0)
            {
                return NoLimit;
            }

            return _limits[connectorId];
        }

        // ---- operations ----

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

        // ---- Tick ----

        public void Tick(long nowMs)
        {
            long now = _clock.UtcMs(nowMs);
            if (!_dirty && nowMs - _lastEvalMs < EvaluateEveryMs && (!_clock.IsSet || now < _nextChangeUtcMs))
            {
                return;
            }

            _dirty = false;
            _lastEvalMs = nowMs;
            _nextChangeUtcMs = long.MaxValue;
            // A TxProfile goes with its transaction.
            for (int i = _profiles.Count - 1; i >= 0; i--)
            {
                var ip = (InstalledProfile)_profiles[i];
                if (ip.Profile.ChargingProfilePurpose != OcppEnum.TxProfile)
                {
                    continue;
                }

                JournalTransaction tx = Transactions.RunningTransaction(ip.ConnectorId);
                if (tx == null || tx.TxNr != ip.TxNr)
                {
                    _profiles.RemoveAt(i); // the transaction ended: its TxProfile goes with it (Spec §3.13.2)
                }
            }

            // RemoteStartTransaction's TxProfile attaches to the transaction it started.
            long keepMs = (_config.Int(ConfigKeys.ConnectionTimeOut) + 60) * 1000L;
            ArrayList pending = _pending;
            double[] limits = _limits;
            for (int i = pending == null ? -1 : pending.Count - 1; i >= 0; i--)
            {
                var pr = (InstalledProfile)pending[i];
                bool done = nowMs - pr.SinceMs > keepMs; // the remote start never became a transaction
                for (int c = 1; c < limits.Length; c++)
                {
                    if ((pr.ConnectorId != Absent.Int && pr.ConnectorId != c) || pr.BusyAtAttach[c])
                    {
                        continue;
                    }

                    JournalTransaction tx = Transactions.RunningTransaction(c);
                    if (tx != null && tx.IdTag == pr.IdTag && (tx.Flags & JournalTransaction.RemoteStarted) != 0)
                    {
                        Install(new InstalledProfile(c, pr.Profile, tx.TxNr));
                        done = true;
                        break;
                    }
                }

                if (done)
                {
                    pending.RemoveAt(i);
                }
            }

            // Connector 0's limit is the ChargePointMaxProfile alone: the EVSE side shares it among the connectors.
            for (int c = 0; c < limits.Length; c++)
            {
                double v = NoLimit;
                if (_clock.IsSet)
                {
                    // Re-evaluate exactly at the next period boundary.
                    double a = LimitAt(c, now, OcppEnum.A, now, ref _nextChangeUtcMs);
                    if (!double.IsNaN(a))
                    {
                        v = a;
                    }
                }

                if (v != limits[c])
                {
                    limits[c] = v;
                    Sink?.SetSmartChargingLimit(c, v);
                }

                // A limit of 0 (or below SuspendBelowA) during a transaction suspends it on the EVSE side: SuspendedEVSE
                // (Spec §4.9); lifted unless it is also suspended for an invalid id (Errata 3.17).
                JournalTransaction tx = c > 0 ? Transactions.RunningTransaction(c) : null;
                bool zero = tx != null && (v == 0 || v < SuspendBelowA);
                if (zero != _suspended[c])
                {
                    _suspended[c] = zero;
                    if (tx != null && (zero || (tx.Flags & JournalTransaction.InvalidIdSuspended) == 0))
                    {
                        _connectors[c].EvseSuspended = zero;
                    }
                }
            }
        }

        // ---- internals ----

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

        // ---- persistence ----

        private void Save()
        {
            var w = new JsonWriter(MaxRecordChars, 16);
            w.StartArray();
            for (int i = 0; i < _profiles.Count; i++)
            {
                var ip = (InstalledProfile)_profiles[i];
                if (ip.Profile.ChargingProfilePurpose == OcppEnum.TxProfile)
                {
                    continue;
                }

                w.StartObject();
                w.Prop("connectorId", ip.ConnectorId);
                w.PropertyName("profile");
                ip.Profile.WriteTo(w);
                w.EndObject();
            }

            w.EndArray();
            _storage.Write(RecordName, RecordText.SealedText(w.ToString()));
        }
    }
}
