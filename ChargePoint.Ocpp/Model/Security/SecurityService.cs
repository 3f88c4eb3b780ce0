using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// Security Whitepaper keys and the security events this firmware can detect.
    /// - SecurityProfile (RW 0–3): may only be raised. 1 and 2 need an AuthorizationKey (Basic auth), 2 and 3 a transport
    ///   the firmware's profile check accepts (wss://); otherwise Rejected. An accepted raise
    ///   reconnects, so the new profile applies from the next connection; from 2 on the connection never uses a ws:// URL
    ///   (<see cref="ConnectionService.RequireTls"/>). While the profile is 1 or 2 the AuthorizationKey cannot be cleared.
    /// - CpoName (RW), AdditionalRootCertificateCheck (R false), CertificateStoreMaxLength (R), CertificateSignedMaxChainSize (R).
    /// - Events (queued by <see cref="SecurityEventQueue"/>): StartupOfTheDevice (first Accepted of each boot),
    ///   ResetOrReboot (Reset.req, techInfo "Hard"/"Soft"), SettingSystemTime (the clock set again and moved by at least
    ///   <see cref="ClockJumpThresholdMs"/>), ReconfigurationOfSecurityParameters (SecurityProfile or
    ///   AuthorizationKey changed; the key itself is never written), FirmwareUpdated (an install succeeded; sent after the reboot).
    /// </summary>
    public sealed class SecurityService
    {
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
        private bool _startupReported;
        private bool _fallingBack;

        /// <summary>
        /// Adds the implemented part of the OCPP 1.6 Security Whitepaper (ed. 3): the security keys and events (this and
        /// <see cref="SecurityEventQueue"/>), ExtendedTriggerMessage and GetLog. Certificate management, the TLS side of
        /// profiles 2/3 and SignedUpdateFirmware live in ChargePoint.Ocpp.Certificates (installed after this one). Install
        /// after the transactions and the other profiles (the whitepaper is not a feature profile:
        /// SupportedFeatureProfiles is unchanged).
        /// </summary>
        /// <param name="certificateStoreMaxLength">CertificateStoreMaxLength (R): root certificates the device can hold.</param>
        /// <param name="certificateSignedMaxChainSize">CertificateSignedMaxChainSize (R): 0 when CertificateSigned is not supported.</param>
        /// <param name="trigger">RemoteTrigger's service, which also serves ExtendedTriggerMessage.</param>
        /// <param name="firmware">Reports FirmwareUpdated after its installs; null when the platform cannot update.</param>
        /// <param name="diagnosticsLog">Uploads the DiagnosticsLog for GetLog; null = Rejected.</param>
        /// <param name="securityLog">Uploads the SecurityLog for GetLog; null = Rejected.</param>
        /// <param name="check">
        /// The firmware's answer to "could the transport connect with this security profile?", called with the new
        /// SecurityProfile value (already checked to be 0 to 3; 2 and 3 need a wss:// URL and TLS, 3 also a client
        /// certificate); false makes ChangeConfiguration(SecurityProfile) Rejected. Null: the Central System URL is wss://.
        /// A <see cref="ConfigValidator"/> rather than a delegate type of its own.
        /// </param>
        public SecurityService(OcppChargePoint cp, int certificateStoreMaxLength, int certificateSignedMaxChainSize, RemoteTriggerService trigger, FirmwareService firmware,
            IDiagnosticsUploader diagnosticsLog, IDiagnosticsUploader securityLog, ConfigValidator check)
        {
            _cp = cp;
            _check = check;
            Events = new SecurityEventQueue(cp.Storage, cp.Session, cp.Clock, cp.Log);
            var store = cp.Configuration;
            _profile = store.DeclareInt(SecurityProfileKey, 0, 0, 3, false);
            store.SetValidator(_profile, CanSetProfile);
            _keyValidator = store.Validator(ConfigKeys.AuthorizationKey);
            store.SetValidator(ConfigKeys.AuthorizationKey, CanSetKey);
            store.DeclareString(CpoNameKey, string.Empty, 255, false);
            store.DeclareBool(AdditionalRootCertificateCheckKey, false, true);
            ReadOnly(store, CertificateStoreMaxLengthKey, certificateStoreMaxLength);
            ReadOnly(store, CertificateSignedMaxChainSizeKey, certificateSignedMaxChainSize);

            cp.Connection.RequireTls = Profile >= 2;
            store.Changed += OnKeyChanged;
            cp.Boot.Accepted += OnAccepted;
            cp.Reset.ResetRequested += nowMs => Events.Add(SecurityEventType.ResetOrReboot, _cp.Reset.Hard ? "Hard" : "Soft", nowMs);
            cp.Clock.Adjusted += OnClockAdjusted;
            if (firmware != null)
            {
                firmware.Installed += nowMs => Events.Add(SecurityEventType.FirmwareUpdated, null, nowMs);
            }

            Logs = new DiagnosticsService(cp.Session, diagnosticsLog, securityLog, true);
            trigger.Logs = Logs;
            ExtendedTrigger = trigger;
            cp.Session.Register(Messages.V16.OcppAction.ExtendedTriggerMessage, trigger);
            cp.Session.Register(Messages.V16.OcppAction.GetLog, Logs);
            cp.AddService(Events);
            cp.AddService(Logs);
        }

        public readonly SecurityEventQueue Events;

        private void OnKeyChanged(long key)
        {
            if (key == ConfigKeys.AuthorizationKey)
            {
                Events.Add(SecurityEventType.ReconfigurationOfSecurityParameters, "AuthorizationKey changed", SecurityEventQueue.UnknownTime);
            }

            if (key != _profile)
            {
                return;
            }

            _cp.Connection.RequireTls = Profile >= 2;
            if (!_fallingBack)
            {
                // (FallBack records its own event; the working connection stays up)
                Events.Add(SecurityEventType.ReconfigurationOfSecurityParameters, "SecurityProfile=" + _cp.Configuration.Value((int)key), SecurityEventQueue.UnknownTime);
                _cp.Connection.Reconnect();
            }
        }

        /// <summary>GetLog.</summary>
        public readonly DiagnosticsService Logs;

        /// <summary>ExtendedTriggerMessage; the certificate feature hooks SignChargePointCertificate into it.</summary>
        public readonly RemoteTriggerService ExtendedTrigger;

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
                Events.Add(SecurityEventType.ReconfigurationOfSecurityParameters, "SecurityProfile=" + profile.ToString() + ": " + reason, nowMs);
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
                return _check != null ? _check(value) : ConnectionService.IsTls(_cp.Options.CentralSystemUrl);
            }

            return _check == null || _check(value);
        }

        /// <summary>The key's own check, and it cannot be cleared while profile 1 or 2 (Basic auth) needs it.</summary>
        private bool CanSetKey(string value)
        {
            int profile = Profile;
            return (_keyValidator == null || _keyValidator(value)) && (value.Length > 0 || (profile != 1 && profile != 2));
        }

        private void OnAccepted(long nowMs)
        {
            if (_startupReported)
            {
                return;
            }

            _startupReported = true;
            Events.Add(SecurityEventType.StartupOfTheDevice, null, nowMs);
        }

        private void OnClockAdjusted(long nowMs)
        {
            long deltaMs = _cp.Clock.AdjustedByMs;
            long size = deltaMs < 0 ? -deltaMs : deltaMs;
            if (size >= ClockJumpThresholdMs)
            {
                Events.Add(SecurityEventType.SettingSystemTime, "moved " + (deltaMs / 1000).ToString() + " s", nowMs);
            }
        }

        private static void ReadOnly(ConfigurationStore store, string name, int value)
        {
            if (store.Int(store.DeclareInt(name, value, 0, int.MaxValue, true)) != value)
            {
                store.SetLocal(name, value.ToString()); // the build's capability, not a stored setting
            }
        }
    }
}
