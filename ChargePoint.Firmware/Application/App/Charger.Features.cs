using ChargePoint.Ocpp.Certificates;
using ChargePoint.Ocpp;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The OCPP profiles beyond Core, installed by the constructor after the <see cref="ChargePoint.Ocpp.Model.Transactions.TransactionService"/>:
    /// RemoteTrigger, LocalAuthListManagement, Reservation, SmartCharging and, when the platform can fetch and send files
    /// (its FirmwareUpdater and DiagnosticsUploader), FirmwareManagement; then the implemented part of the Security
    /// Whitepaper (last, so ExtendedTriggerMessage reuses RemoteTrigger and FirmwareUpdated follows the firmware service).
    /// Profiles 2 and 3 need a TLS transport, a wss:// Central System URL and an installed CentralSystemRootCertificate, 3 also
    /// a charge point certificate (<see cref="CertificateService.CanUse"/>). A null platform entropy leaves
    /// SignChargePointCertificate NotImplemented. With FirmwareManagement, SignedUpdateFirmware verifies the download read
    /// back through the updater (<see cref="IFirmwareUpdater.ReadDownloaded"/>). Part of the charger (no class of its own: size).
    /// </summary>
    public sealed partial class Charger
    {
        /// <summary>What the device's transfer hooks can fetch and send.</summary>
        public const string FileTransferProtocols = "HTTP,HTTPS";

        /// <summary>Certificate store and the SignCertificate flow.</summary>
        public readonly CertificateService Certificates;

        public readonly SmartChargingService SmartCharging;

        /// <summary>Whether a SecurityProfile can be used; before the connection security exists only profiles 0 and 1.</summary>
        private bool CanUseProfile(string value)
        {
            int profile;
            ConfigurationStore.TryParseInt(value, out profile); // the store checked it: 0 to 3
            return Certificates != null ? Certificates.CanUse(profile) : profile < 2;
        }
    }
}
