using ChargePoint.Ocpp.Model.Diagnostics;

namespace ChargePoint.Ocpp.Model.Firmware
{
    /// <summary>The services <see cref="FirmwareManagementFeature.Install"/> built.</summary>
    public sealed class FirmwareManagement
    {
        public FirmwareManagement(FirmwareService firmware, DiagnosticsService diagnostics)
        {
            Firmware = firmware;
            Diagnostics = diagnostics;
        }

        public readonly FirmwareService Firmware;

        public readonly DiagnosticsService Diagnostics;
    }
}
