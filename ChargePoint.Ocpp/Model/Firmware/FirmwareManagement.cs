using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp.Model.Firmware
{
    /// <summary>The FirmwareManagement profile (UpdateFirmware and GetDiagnostics) on an <see cref="OcppChargePoint"/>.</summary>
    public sealed class FirmwareManagement
    {
        public const string ProfileName = "FirmwareManagement";

        public const string SupportedFileTransferProtocols = "SupportedFileTransferProtocols";

        /// <summary>
        /// Builds both services (a pending update or an Installed report survives the reboot), registers UpdateFirmware and
        /// GetDiagnostics, declares SupportedFileTransferProtocols (R, e.g. "HTTP,HTTPS": what the hooks can fetch and
        /// send) and adds FirmwareManagement to SupportedFeatureProfiles. <see cref="Firmware"/>.Status and
        /// <see cref="Diagnostics"/>.Status are what TriggerMessage reports.
        /// </summary>
        public FirmwareManagement(OcppChargePoint cp, IFirmwareUpdater updater, IDiagnosticsUploader uploader, string protocols)
        {
            Firmware = new FirmwareService(cp.Storage, cp.Session, cp.Clock, cp.Connectors, cp.Status, cp.Hooks, updater);
            Diagnostics = new DiagnosticsService(cp.Session, uploader, null, false);
            ConfigurationStore config = cp.Configuration;
            if (config.Value(config.DeclareCsl(SupportedFileTransferProtocols, protocols, "FTP FTPS HTTP HTTPS", 4, true)) != protocols)
            {
                config.SetLocal(SupportedFileTransferProtocols, protocols); // the build's capability, not a stored setting
            }

            cp.Session.Register(OcppAction.UpdateFirmware, Firmware);
            cp.Session.Register(OcppAction.GetDiagnostics, Diagnostics);
            CoreConfiguration.AddFeatureProfile(config, ProfileName);
            cp.AddService(Firmware);
            cp.AddService(Diagnostics);
        }

        public readonly FirmwareService Firmware;

        public readonly DiagnosticsService Diagnostics;
    }
}
