using ChargePoint.Firmware.App;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>Adjusts the platform of each boot (the host: real HTTP transfers, the loader's confirmation, the slot version).</summary>
    public delegate void PlatformSetup(ChargerPlatform platform);
}
