using System;
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Security Whitepaper keys and the security events this firmware can detect.
    /// - SecurityProfile (RW 0–3): may only be raised. 1 and 2 need an AuthorizationKey (Basic auth), 2 and 3 a transport
    ///   the firmware's profile check accepts (wss://); otherwise Rejected. An accepted raise
    ///   reconnects, so the new profile applies from the next connection; from 2 on the connection never uses a ws:// URL
    ///   (<see cref="OcppChargePoint.RequireTls"/>). While the profile is 1 or 2 the AuthorizationKey cannot be cleared.
    /// - CpoName (RW), AdditionalRootCertificateCheck (R false), CertificateStoreMaxLength (R), CertificateSignedMaxChainSize (R).
    /// - Events (queued, see below): StartupOfTheDevice (first Accepted of each boot),
    ///   ResetOrReboot (Reset.req, techInfo "Hard"/"Soft"), SettingSystemTime (the clock set again and moved by at least
    ///   <see cref="ClockJumpThresholdMs"/>), ReconfigurationOfSecurityParameters (SecurityProfile or
    ///   AuthorizationKey changed; the key itself is never written), FirmwareUpdated (an install succeeded; sent after the reboot).
    /// Reliable delivery of SecurityEventNotification (Security Whitepaper §4.1: critical events are queued and
    /// delivered), one type with the keys (a queue type of its own cost the image a type, a constructor and four
    /// fields). Separate from the transaction journal: one small record (<see cref="RecordName"/>, replaced atomically
    /// on every change, one "utcMs\ttype\ttechInfo" line per event), at most <see cref="MaxQueuedEvents"/> events (the
    /// oldest is dropped when full). One event is in flight at a time, once the registration is Accepted; ordinary
    /// calls may overtake it. It leaves the record only when the Central System confirms it, or when the Central System
    /// refuses it for good: a CallError that <see cref="CallErrorCode.IsPermanent"/> (NotImplemented/NotSupported from a
    /// Central System without the Security Whitepaper, or a code calling the request malformed) drops the event with a
    /// warning and the next one goes out, instead of resending it forever and blocking the events behind it. Any other
    /// CallError or a timeout retries after <see cref="RetryIntervalMs"/>, a lost connection at once after the
    /// reconnect, a reboot from the record. An event recorded before the clock was set, or with
    /// <see cref="UnknownTime"/>, is stamped at the first Tick with the clock set.
    /// </summary>
    public sealed class SecurityService : ITickable
    {
        public const string RecordName = "sec.events";

        // SecurityEventNotification types this firmware can detect (Security Whitepaper ed. 3, Appendix 1: the spec's
        // strings). Here, not in a class of their own: a type costs the image a row and a name.
        public const string StartupOfTheDevice = "StartupOfTheDevice";
        public const string ResetOrReboot = "ResetOrReboot";
        public const string SettingSystemTime = "SettingSystemTime";
        public const string ReconfigurationOfSecurityParameters = "ReconfigurationOfSecurityParameters";
        public const string FirmwareUpdated = "FirmwareUpdated";
        public const string InvalidCentralSystemCertificate = "InvalidCentralSystemCertificate";
        public const string InvalidChargePointCertificate = "InvalidChargePointCertificate";
        public const string FailedToAuthenticateAtCentralSystem = "FailedToAuthenticateAtCentralSystem";
        public const string InvalidFirmwareSignature = "InvalidFirmwareSignature";
        public const string InvalidFirmwareSigningCertificate = "InvalidFirmwareSigningCertificate";
        public const string InvalidMessages = "InvalidMessages";
        public const string InvalidTLSVersion = "InvalidTLSVersion";
        public const string InvalidTLSCipherSuite = "InvalidTLSCipherSuite";

        /// <summary>nowMs for <see cref="Add"/> from code that has no time (configuration changes): stamped at the next Tick.</summary>
        public const long UnknownTime = -1;

        /// <summary>Wait after a CallError or a timeout before the event is sent again, ms.</summary>
        public const long RetryIntervalMs = 60000;

        /// <summary>Unconfirmed security events kept on flash; when full the oldest is dropped.</summary>
        public const int MaxQueuedEvents = 32;

        // The queued events as the requests that carry them (sent as they are: no copy per attempt); a Timestamp at
        // UtcMs 0 is not stamped yet (the clock was not set, or it was recorded outside a loop pass).
        private readonly ArrayList _events = new ArrayList();
        private SecurityEventNotificationRequest _inFlight;
        private long _retryAtMs;

        public const string SecurityProfileKey = "SecurityProfile";
        public const string CpoNameKey = "CpoName";
        public const string AdditionalRootCertificateCheckKey = "AdditionalRootCertificateCheck";
        public const string CertificateStoreMaxLengthKey = "CertificateStoreMaxLength";
        public const string CertificateSignedMaxChainSizeKey = "CertificateSignedMaxChainSize";

        /// <summary>A clock set that moves the clock by at least this much is a SettingSystemTime event, ms.</summary>
        public const long ClockJumpThresholdMs = 60000;

        private readonly OcppChargePoint _cp;
        private readonly ConfigValidator _check;
        private readonly int _profile;
        private readonly ConfigValidator _keyValidator;
        private bool _fallingBack;

        /// <summary>
        /// Adds the implemented part of the OCPP 1.6 Security Whitepaper (ed. 3): the security keys and events, ExtendedTriggerMessage and GetLog. Certificate management, the TLS side of
        /// profiles 2/3 and SignedUpdateFirmware live in ChargePoint.Ocpp.Certificates (installed after this one). Install
        /// after the transactions and the other profiles (the whitepaper is not a feature profile:
        /// SupportedFeatureProfiles is unchanged).
        /// </summary>
        /// <param name="certificateStoreMaxLength">CertificateStoreMaxLength (R): root certificates the device can hold.</param>
        /// <param name="certificateSignedMaxChainSize">CertificateSignedMaxChainSize (R): 0 when CertificateSigned is not supported.</param>
        /// <param name="firmware">Reports FirmwareUpdated after its installs; null when the platform cannot update.</param>
        /// <param name="diagnosticsLog">Uploads the DiagnosticsLog for GetLog; null = Rejected.</param>
        /// <param name="securityLog">Uploads the SecurityLog for GetLog; null = Rejected.</param>
        /// <param name="check">
        /// The firmware's answer to "could the transport connect with this security profile?", called with the new
        /// SecurityProfile value (already checked to be 0 to 3; 2 and 3 need a wss:// URL and TLS, 3 also a client
        /// certificate); false makes ChangeConfiguration(SecurityProfile) Rejected. Null: the Central System URL is wss://.
        /// A <see cref="ConfigValidator"/> rather than a delegate type of its own.
        /// </param>
        public SecurityService(OcppChargePoint cp, int certificateStoreMaxLength, int certificateSignedMaxChainSize, FirmwareService firmware,
            IDiagnosticsUploader diagnosticsLog, IDiagnosticsUploader securityLog, ConfigValidator check)
        {
            _cp = cp;
            _check = check;
            var store = cp.Configuration;
            _profile = store.DeclareInt(SecurityProfileKey, 0, 0, 3, false);
            store.SetValidator(_profile, CanSetProfile);
            _keyValidator = store.Validator(ConfigKeys.AuthorizationKey);
            store.SetValidator(ConfigKeys.AuthorizationKey, CanSetKey);
            store.Declare(CpoNameKey, ConfigurationStore.TypeString, string.Empty, 255, null);
            store.DeclareBool(AdditionalRootCertificateCheckKey, false, true);
            ReadOnly(store, CertificateStoreMaxLengthKey, certificateStoreMaxLength);
            ReadOnly(store, CertificateSignedMaxChainSizeKey, certificateSignedMaxChainSize);

            cp.RequireTls = Profile >= 2;
            store.Changed += OnKeyChanged;
            // Accepted is raised once per boot: the registration never leaves Accepted, so no BootNotification follows it.
            cp.Accepted += nowMs => Add(StartupOfTheDevice, null, nowMs);
            cp.ResetRequested += nowMs => Add(ResetOrReboot, _cp.HardReset ? "Hard" : "Soft", nowMs);
            cp.Clock.Adjusted += OnClockAdjusted;
            if (firmware != null)
            {
                firmware.Security = this;
            }

            var logs = new DiagnosticsService(cp.Session, diagnosticsLog, securityLog, true); // GetLog (TriggerMessage reports its status)
            cp.Logs = logs;
            cp.Session.Register(Messages.V16.OcppAction.ExtendedTriggerMessage, cp); // OcppChargePoint.Trigger, as TriggerMessage
            cp.Session.Register(Messages.V16.OcppAction.GetLog, logs);
            cp.AddService(this);
            cp.AddService(logs);
            // Load the stored events (a return ends the constructor).
            string[] lines;
            try
            {
                lines = RecordText.ReadLines(cp.Storage, RecordName, "events lost", true);
            }
            catch (Exception e)
            {
                Log(_cp, OcppLogLevel.Error, "sec.events unreadable: " + e.Message);
                return;
            }

            for (int i = 0; lines != null && i < lines.Length; i++)
            {
                var parts = lines[i].Split(new char[] { '\t' });
                long utcMs;
                if (parts.Length != 3 || parts[1].Length == 0 || !long.TryParse(parts[0], out utcMs) || utcMs < 0)
                {
                    continue; // an empty tail line, or a line this version does not understand
                }

                var ev = new SecurityEventNotificationRequest(RecordText.Unescape(parts[1], true), CaptureTime.ToDateTime(utcMs));
                ev.TechInfo = parts[2].Length > 0 && parts[2][0] == '+' ? RecordText.Unescape(parts[2].Substring(1), true) : null;
                _events.Add(ev);
            }
        }

        private void OnKeyChanged(long key)
        {
            if (key == ConfigKeys.AuthorizationKey)
            {
                Add(ReconfigurationOfSecurityParameters, "AuthorizationKey changed", UnknownTime);
            }

            if (key != _profile)
            {
                return;
            }

            _cp.RequireTls = Profile >= 2;
            if (!_fallingBack)
            {
                // (FallBack records its own event; the working connection stays up)
                Add(ReconfigurationOfSecurityParameters, "SecurityProfile=" + _cp.Configuration.Value((int)key), UnknownTime);
                _cp.Reconnect();
            }
        }

        /// <summary>The active security profile (0–3).</summary>
        public int Profile => _cp.Configuration.Int(_profile);

        /// <summary>
        /// The raised profile never connected but the last working one did: SecurityProfile returns to that one (the
        /// whitepaper's fallback to the last working connection settings; the Central System can raise it again) and a
        /// ReconfigurationOfSecurityParameters event says why. Only a device-side path may lower the profile.
        /// </summary>
        public bool FallBack(int profile, string reason, long nowMs)
        {
            if (profile >= Profile)
            {
                return false;
            }

            _fallingBack = true;
            bool done;
            try
            {
                done = _cp.Configuration.SetLocal(SecurityProfileKey, profile.ToString());
            }
            finally
            {
                _fallingBack = false;
            }

            if (done)
            {
                Add(ReconfigurationOfSecurityParameters, "SecurityProfile=" + profile.ToString() + ": " + reason, nowMs);
            }

            return done;
        }

        private bool CanSetProfile(string value)
        {
            int profile;
            if (!ConfigurationStore.TryParseInt(value, out profile))
            {
                return false;
            }

            if (profile == Profile)
            {
                return true;
            }

            if (profile < Profile)
            {
                return _fallingBack; // never downgrade (SecWP §2.4.1, TC_084), except back to the last working profile
            }

            if ((profile == 1 || profile == 2) && _cp.Configuration.Value(ConfigKeys.AuthorizationKey).Length == 0)
            {
                return false;
            }

            if (profile >= 2)
            {
                return _check != null ? _check(value) : OcppChargePoint.IsTls(_cp.Url);
            }

            return _check == null || _check(value);
        }

        /// <summary>The key's own check, and it cannot be cleared while profile 1 or 2 (Basic auth) needs it.</summary>
        private bool CanSetKey(string value)
        {
            int profile = Profile;
            return (_keyValidator == null || _keyValidator(value)) && (value.Length > 0 || (profile != 1 && profile != 2));
        }

        private void OnClockAdjusted(long nowMs)
        {
            long deltaMs = _cp.Clock.AdjustedByMs;
            long size = deltaMs < 0 ? -deltaMs : deltaMs;
            if (size >= ClockJumpThresholdMs)
            {
                Add(SettingSystemTime, "moved " + (deltaMs / 1000).ToString() + " s", nowMs);
            }
        }

        /// <summary>Declares a read-only int key (already declared: kept) and makes its value this build's capability.</summary>
        internal static void ReadOnly(ConfigurationStore store, string name, int value)
        {
            if (store.Int(store.DeclareInt(name, value, 0, int.MaxValue, true)) != value)
            {
                store.SetLocal(name, value.ToString()); // the build's capability, not a stored setting
            }
        }

        /// <summary>The queued event at index (0 = the oldest), as the request that carries it.</summary>
        public SecurityEventNotificationRequest At(int index) => (SecurityEventNotificationRequest)_events[index];

        /// <summary>Queues an event and persists it before returning.</summary>
        public void Add(string type, string techInfo, long nowMs)
        {
            long utcMs = nowMs != UnknownTime ? _cp.Clock.UtcMs(nowMs) : 0;
            if (_events.Count >= MaxQueuedEvents)
            {
                var oldest = At(0);
                _events.RemoveAt(0);
                Log(_cp, OcppLogLevel.Warning, "sec.events full, dropped " + oldest.Type);
            }

            var ev = new SecurityEventNotificationRequest(type, CaptureTime.ToDateTime(utcMs));
            ev.TechInfo = techInfo;
            _events.Add(ev);
            Save();
        }

        public void Tick(long nowMs)
        {
            if (_cp.Clock.IsSet)
            {
                // Stamp the events queued before the clock was set.
                bool changed = false;
                for (int i = 0; i < _events.Count; i++)
                {
                    var ev = At(i);
                    if (CaptureTime.ToMs(ev.Timestamp) == 0)
                    {
                        ev.Timestamp = CaptureTime.ToDateTime(_cp.Clock.UtcMs(nowMs));
                        changed = true;
                    }
                }

                if (changed)
                {
                    Save();
                }
            }

            if (_inFlight != null || _events.Count == 0 || nowMs < _retryAtMs || !_cp.Session.IsConnected || _cp.Session.Gate != RpcSession.GateOpen || !_cp.Clock.IsSet)
            {
                return;
            }

            var first = At(0);
            if (_cp.Session.Enqueue(new OutgoingCall(OcppAction.SecurityEventNotification, first, OnOutcome)))
            {
                _inFlight = first;
            }
        }

        /// <summary>
        /// Takes the event in flight off the queue when confirmed (one event is sent at a time) or refused for good;
        /// otherwise it is sent again later.
        /// </summary>
        private void OnOutcome(int failure, object result, long nowMs)
        {
            SecurityEventNotificationRequest ev = _inFlight;
            _inFlight = null;
            bool refused = ev != null && failure == OutgoingCall.CallError && CallErrorCode.IsPermanent((string)result);
            if (failure != OutgoingCall.Answered && !refused)
            {
                _retryAtMs = failure == OutgoingCall.Aborted ? 0 : nowMs + RetryIntervalMs;
                return;
            }

            int i = _events.IndexOf(ev);
            if (i >= 0)
            {
                _events.RemoveAt(i);
                Save();
            }

            if (refused)
            {
                // Resending the same request cannot succeed: dropped so that the events behind it are delivered.
                _retryAtMs = 0;
                Log(_cp, OcppLogLevel.Warning, "security event " + ev.Type + " dropped: " + (string)result);
            }
        }

        private void Save()
        {
            var sb = new StringBuilder(64 * _events.Count + 1);
            for (int i = 0; i < _events.Count; i++)
            {
                var ev = At(i);
                sb.Append(CaptureTime.ToMs(ev.Timestamp).ToString()).Append('\t');
                RecordText.Escape(sb, ev.Type, true);
                sb.Append('\t');
                if (ev.TechInfo != null)
                {
                    sb.Append('+');
                    RecordText.Escape(sb, ev.TechInfo, true);
                }

                sb.Append('\n');
            }

            // Not saved: the events stay queued in RAM and are still delivered in this boot.
            Write(_cp.Storage, RecordName, RecordText.Seal(RecordText.PlainBytes(sb)), _cp.Log);
        }

        /// <summary>Writes a record of the security classes; false, with an error logged, when the storage refuses it.</summary>
        internal static bool Write(IStorage storage, string record, byte[] data, IOcppLog log)
        {
            try
            {
                storage.Write(record, data);
                return true;
            }
            catch (Exception ex)
            {
                Log(log, OcppLogLevel.Error, "cannot save " + record + ": " + ex.Message);
                return false;
            }
        }

        /// <summary>The security classes' one log helper (the log is optional).</summary>
        internal static void Log(OcppChargePoint cp, int level, string message)
        {
            Log(cp.Log, level, message);
        }

        /// <summary>As <see cref="Log(OcppChargePoint, int, string)"/>, for the certificate store (it has no charge point).</summary>
        internal static void Log(IOcppLog log, int level, string message)
        {
            if (log != null)
            {
                log.Log(level, message);
            }
        }
    }
}
