using ChargePoint.Hal.Drivers;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp.Certificates.Firmware;
using ChargePoint.Ocpp.Certificates.Tls;
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
    /// Installs the OCPP profiles beyond Core on the engine (after the <see cref="TransactionService"/>): RemoteTrigger,
    /// LocalAuthListManagement, Reservation, SmartCharging and, when the platform can fetch and send files,
    /// FirmwareManagement. Each installer appends its profile to SupportedFeatureProfiles, so the list is what this
    /// build really does; then the implemented part of the Security Whitepaper.
    /// </summary>
    public sealed class OcppFeatures
    {
        /// <summary>What the device's transfer hooks can fetch and send.</summary>
        public const string FileTransferProtocols = "HTTP,HTTPS";

        /// <summary>
        /// Installs the profiles, then the Security Whitepaper part (last, so ExtendedTriggerMessage reuses RemoteTrigger and
        /// FirmwareUpdated follows the firmware service). Profiles 2 and 3 need a TLS transport, a wss:// Central System URL
        /// and an installed CentralSystemRootCertificate, 3 also a charge point certificate (<see cref="ConnectionSecurity.CanUse"/>).
        /// Certificate management (<see cref="CertificateService"/>) follows; a null platform entropy leaves
        /// SignChargePointCertificate NotImplemented. With FirmwareManagement, SignedUpdateFirmware verifies the download read
        /// back through the updater (<see cref="IDownloadedFirmware"/>).
        /// </summary>
        /// <param name="sink">The EVSE side that applies the smart-charging limit per connector.</param>
        /// <param name="maxCurrentA">The device's configured maximum (fills the gaps of a composite schedule).</param>
        /// <param name="platform">Its FirmwareUpdater and DiagnosticsUploader, both needed for FirmwareManagement; the log
        /// uploaders for GetLog; the entropy for key pairs.</param>
        public OcppFeatures(OcppChargePoint cp, TransactionService tx, ISmartChargingSink sink, double maxCurrentA, ChargerPlatform platform, ITlsTransport tls)
        {
            var trigger = new RemoteTriggerService(cp, tx);
            new LocalAuthListService(cp, tx.Authorization);
            Reservations = new ReservationService(cp, tx, true);

            SmartCharging = new SmartChargingService(cp, tx, sink);
            SmartCharging.MaxCurrentA = maxCurrentA;
            SmartCharging.SuspendBelowA = PilotDuty.MinAmps; // the pilot cannot offer less: the EVSE suspends the session

            IFirmwareUpdater updater = platform.FirmwareUpdater;
            FirmwareService firmware = null;
            if (updater != null && platform.DiagnosticsUploader != null)
            {
                FirmwareManagement = new FirmwareManagement(cp, updater, platform.DiagnosticsUploader, FileTransferProtocols);
                firmware = FirmwareManagement.Firmware;
                trigger.Firmware = firmware;
                trigger.Diagnostics = FirmwareManagement.Diagnostics;
            }

            var certificates = new CertificateSettings();
            var service = new SecurityService(cp, certificates.MaxInstalledCertificates, certificates.MaxChainChars, trigger, firmware,
                platform.DiagnosticsLogUploader, platform.SecurityLogUploader, CanUseProfile);
            Certificates = new CertificateService(cp, service, certificates, platform.Entropy);
            ConnectionSecurity = new ConnectionSecurity(cp, service, Certificates, tls);
            cp.AddService(ConnectionSecurity);
            cp.AddService(new CertificateRenewal(cp, Certificates)); // renews the charge point certificate before it expires
            if (firmware != null)
            {
                SignedFirmware = new SignedFirmwareService(cp, service, Certificates, firmware, updater as IDownloadedFirmware);
            }
        }

        /// <summary>Certificate store and the SignCertificate flow.</summary>
        public readonly CertificateService Certificates;

        /// <summary>Security profiles 2/3 on the connection: TLS settings per attempt, fallback, rotation.</summary>
        public readonly ConnectionSecurity ConnectionSecurity;

        /// <summary>SignedUpdateFirmware (null without FirmwareManagement).</summary>
        public readonly SignedFirmwareService SignedFirmware;

        public readonly ReservationService Reservations;

        public readonly SmartChargingService SmartCharging;

        /// <summary>Null when the platform has no firmware/diagnostics transfer.</summary>
        public readonly FirmwareManagement FirmwareManagement;

        /// <summary>Whether a SecurityProfile can be used; before the connection security exists only profiles 0 and 1.</summary>
        private bool CanUseProfile(int profile)
        {
            return ConnectionSecurity != null ? ConnectionSecurity.CanUse(profile) : profile < 2;
        }
    }
}