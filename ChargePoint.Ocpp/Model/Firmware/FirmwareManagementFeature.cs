using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Model.Diagnostics;

namespace ChargePoint.Ocpp.Model.Firmware
{
    /// <summary>Adds the FirmwareManagement profile (UpdateFirmware and GetDiagnostics) to an <see cref="OcppChargePoint"/>.</summary>
    public static class FirmwareManagementFeature
    {
        public const string ProfileName = "FirmwareManagement";

        public const string SupportedFileTransferProtocols = "SupportedFileTransferProtocols";

        /// <summary>
        /// Builds both services (a pending update or an Installed report survives the reboot), registers UpdateFirmware and
        /// GetDiagnostics, declares SupportedFileTransferProtocols (R, e.g. "HTTP,HTTPS": what the hooks can fetch and
        /// send) and adds FirmwareManagement to SupportedFeatureProfiles. Use <see cref="FirmwareManagement.Firmware"/>.Status
        /// and <see cref="FirmwareManagement.Diagnostics"/>.Status for TriggerMessage.
        /// </summary>
        public static FirmwareManagement Install(OcppChargePoint cp, IFirmwareUpdater updater, IDiagnosticsUploader uploader, string protocols)
        {
            var firmware = new FirmwareService(cp.Storage, cp.Session, cp.Clock, cp.Connectors, cp.Status, cp.Hooks, updater);
            var diagnostics = new DiagnosticsService(cp.Session, uploader, null, false);
            var key = cp.Configuration.DeclareCsl(SupportedFileTransferProtocols, protocols, new[] { "FTP", "FTPS", "HTTP", "HTTPS" }, 4, true);
            if (cp.Configuration.Value(key) != protocols)
            {
                cp.Configuration.SetLocal(SupportedFileTransferProtocols, protocols); // the build's capability, not a stored setting
            }

            cp.Registry.Register(OcppAction.UpdateFirmware, new Operations.UpdateFirmware(firmware));
            cp.Registry.Register(OcppAction.GetDiagnostics, new Operations.GetDiagnostics(diagnostics));
            CoreConfiguration.AddFeatureProfile(cp.Configuration, ProfileName);
            cp.AddService(firmware);
            cp.AddService(diagnostics);
            return new FirmwareManagement(firmware, diagnostics);
        }
    }
}
