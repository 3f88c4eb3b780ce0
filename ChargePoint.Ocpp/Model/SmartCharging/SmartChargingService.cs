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
