using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Diagnostics;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Model.RemoteTrigger;

namespace ChargePoint.Ocpp.Model.Security
{
    /// <summary>
    /// Adds the implemented part of the OCPP 1.6 Security Whitepaper (ed. 3) to an <see cref="OcppChargePoint"/>: the
    /// security keys and events (<see cref="SecurityService"/>, <see cref="SecurityEventQueue"/>), ExtendedTriggerMessage
    /// and GetLog. Certificate management, the TLS side of profiles 2/3 and SignedUpdateFirmware live in
    /// ChargePoint.Ocpp.Certificates (installed after this one). Install after TransactionFeature and
    /// the other profiles (the whitepaper is not a feature profile: SupportedFeatureProfiles is unchanged).
    /// </summary>
    public static class SecurityFeature
    {
        /// <param name="trigger">RemoteTrigger's service, which also serves ExtendedTriggerMessage; null: one is made for it alone.</param>
        /// <param name="firmware">Reports FirmwareUpdated after its installs; null when the platform cannot update.</param>
        /// <param name="diagnosticsLog">Uploads the DiagnosticsLog for GetLog; null = Rejected.</param>
        /// <param name="securityLog">Uploads the SecurityLog for GetLog; null = Rejected.</param>
        /// <param name="check">Whether the transport can do security profile 2/3 (null: the Central System URL is wss://).</param>
        public static SecurityService Install(OcppChargePoint cp, SecuritySettings settings, RemoteTriggerService trigger, FirmwareService firmware,
            IDiagnosticsUploader diagnosticsLog, IDiagnosticsUploader securityLog, SecurityProfileCheck check)
        {
            var events = new SecurityEventQueue(cp.Storage, cp.Session, cp.Clock, settings, cp.Log);
            var security = new SecurityService(cp, settings, check, events);
            if (firmware != null)
            {
                security.Watch(firmware);
            }

            var logs = new DiagnosticsService(cp.Session, diagnosticsLog, securityLog, true);
            security.Logs = logs;
            var extended = trigger ?? new RemoteTriggerService(cp.Session, cp.Clock, cp.Boot, cp.Connectors, null);
            extended.Logs = logs;
            security.ExtendedTrigger = extended;
            cp.Registry.Register(OcppAction.ExtendedTriggerMessage, new Operations.ExtendedTriggerMessage(extended));
            cp.Registry.Register(OcppAction.GetLog, new Operations.GetLog(logs));
            cp.AddService(events);
            cp.AddService(logs);
            return security;
        }
    }
}
