using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Certificates.Tls;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Model.Diagnostics;
using ChargePoint.Ocpp.Model.Firmware;
using ChargePoint.Ocpp.Model.LocalAuthList;
using ChargePoint.Ocpp.Model.RemoteTrigger;
using ChargePoint.Ocpp.Model.Reservation;
using ChargePoint.Ocpp.Model.Security;
using ChargePoint.Ocpp.Model.SmartCharging;
using ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// Installs the OCPP profiles beyond Core on the engine (after <see cref="TransactionFeature"/>): RemoteTrigger,
    /// LocalAuthListManagement, Reservation, SmartCharging and, when the platform can fetch and send files,
    /// FirmwareManagement. Each installer appends its profile to SupportedFeatureProfiles, so the list is what this
    /// build really does. <see cref="InstallSecurity"/> then adds the implemented part of the Security Whitepaper.
    /// </summary>
    public sealed class OcppFeatures
    {
        /// <summary>What the device's transfer hooks can fetch and send.</summary>
        public const string FileTransferProtocols = "HTTP,HTTPS";

        /// <param name="sink">The EVSE side that applies the smart-charging limit per connector.</param>
        /// <param name="maxCurrentA">The device's configured maximum (fills the gaps of a composite schedule).</param>
        /// <param name="updater">Null (with or without <paramref name="uploader"/>): FirmwareManagement is not offered.</param>
        public OcppFeatures(OcppChargePoint cp, TransactionService tx, ISmartChargingSink sink, double maxCurrentA, IFirmwareUpdater updater, IDiagnosticsUploader uploader)
        {
            Trigger = new RemoteTriggerService(cp, tx);
            LocalList = new LocalAuthListService(cp, tx.Authorization);
            Reservations = new ReservationService(cp, tx, true);

            SmartCharging = new SmartChargingService(cp, tx, sink);
            SmartCharging.MaxCurrentA = maxCurrentA;
            SmartCharging.SuspendBelowA = PilotDuty.MinAmps; // the pilot cannot offer less: the EVSE suspends the session

            if (updater != null && uploader != null)
            {
                FirmwareManagement = new FirmwareManagement(cp, updater, uploader, FileTransferProtocols);
                Trigger.Firmware = FirmwareManagement.Firmware;
                Trigger.Diagnostics = FirmwareManagement.Diagnostics;
            }
        }

        public readonly RemoteTriggerService Trigger;

        /// <summary>Security keys and events, ExtendedTriggerMessage, GetLog (after <see cref="InstallSecurity"/>).</summary>
        public SecurityService Security;

        /// <summary>Certificate store and the SignCertificate flow (after <see cref="InstallSecurity"/>).</summary>
        public CertificateService Certificates;

        /// <summary>Security profiles 2/3 on the connection: TLS settings per attempt, fallback, rotation (after <see cref="InstallSecurity"/>).</summary>
        public ConnectionSecurity ConnectionSecurity;

        /// <summary>Renews the charge point certificate before it expires (after <see cref="InstallSecurity"/>).</summary>
        public CertificateRenewal Renewal;

        /// <summary>SignedUpdateFirmware (after <see cref="InstallSecurity"/>; null without FirmwareManagement).</summary>
        public SignedFirmwareService SignedFirmware;

        public readonly LocalAuthListService LocalList;

        public readonly ReservationService Reservations;

        public readonly SmartChargingService SmartCharging;

        /// <summary>Null when the platform has no firmware/diagnostics transfer.</summary>
        public readonly FirmwareManagement FirmwareManagement;

        /// <summary>
        /// Installs the Security Whitepaper part (last, so ExtendedTriggerMessage reuses RemoteTrigger and FirmwareUpdated
        /// follows the firmware service). Profiles 2 and 3 need a TLS transport, a wss:// Central System URL and an installed
        /// CentralSystemRootCertificate, 3 also a charge point certificate (<see cref="ConnectionSecurity.CanUse"/>).
        /// Certificate management (<see cref="CertificateFeature"/>) follows; entropy null leaves SignChargePointCertificate NotImplemented.
        /// With FirmwareManagement, SignedUpdateFirmware verifies the download read back through <paramref name="image"/>.
        /// </summary>
        public void InstallSecurity(OcppChargePoint cp, IDiagnosticsUploader diagnosticsLog, IDiagnosticsUploader securityLog, IEntropySource entropy, ITlsTransport tls,
            IDownloadedFirmware image)
        {
            FirmwareService firmware = FirmwareManagement != null ? FirmwareManagement.Firmware : null;
            var certificates = new CertificateSettings();
            Security = new SecurityService(cp, certificates.MaxInstalledCertificates, certificates.MaxChainChars, Trigger, firmware, diagnosticsLog, securityLog, CanUseProfile);
            Certificates = CertificateFeature.Install(cp, Security, certificates, entropy);
            ConnectionSecurity = new ConnectionSecurity(cp, Security, Certificates, tls);
            cp.AddService(ConnectionSecurity);
            Renewal = new CertificateRenewal(cp, Certificates);
            cp.AddService(Renewal);
            if (firmware != null)
            {
                SignedFirmware = SignedFirmwareFeature.Install(cp, Security, Certificates, firmware, image);
            }
        }

        /// <summary>Whether a SecurityProfile can be used; before the connection security exists only profiles 0 and 1.</summary>
        private bool CanUseProfile(int profile)
        {
            return ConnectionSecurity != null ? ConnectionSecurity.CanUse(profile) : profile < 2;
        }
    }
}