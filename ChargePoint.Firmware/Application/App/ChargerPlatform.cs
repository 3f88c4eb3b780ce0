using ChargePoint.Firmware.Console;
using ChargePoint.Hal;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp;
using IRandom = ChargePoint.Ocpp.Platform.IRandom;
using ChargePoint.Ocpp.Rpc;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// What the platform injects into <see cref="Charger"/>: storage, clocks, ports, transport, randomness and the
    /// console. Nothing else is global, so building a charger twice on the same storage is a reboot.
    /// </summary>
    public sealed class ChargerPlatform
    {
        public ChargerPlatform(IStorage storage, IClock clock, IPlatformHooks hooks, IRandom random, IConsoleIo console)
        {
            Storage = storage;
            Clock = clock;
            Hooks = hooks;
            Random = random;
            Console = console;
        }

        public readonly IStorage Storage;

        /// <summary>Monotonic milliseconds and the UTC wall clock.</summary>
        public readonly IClock Clock;

        /// <summary>Ports, transport, wall clock setter and network status.</summary>
        public readonly IPlatformHooks Hooks;

        public readonly IRandom Random;

        public readonly IConsoleIo Console;

        /// <summary>
        /// Fetches and installs firmware images (simulator and ESP32: `BundleFirmwareUpdater` into the loader's slots; engine tests: <see cref="SimulatedFirmwareUpdater"/>). With
        /// <see cref="DiagnosticsUploader"/> it enables the FirmwareManagement profile; null
        /// leaves the profile out of SupportedFeatureProfiles.
        /// </summary>
        public IFirmwareUpdater FirmwareUpdater;

        /// <summary>Uploads diagnostics files (simulator: <see cref="SimulatedDiagnosticsUploader"/>); null: see <see cref="FirmwareUpdater"/>.</summary>
        public IDiagnosticsUploader DiagnosticsUploader;

        /// <summary>
        /// Uploads the DiagnosticsLog and the SecurityLog for GetLog (Security Whitepaper; simulator: two more
        /// <see cref="SimulatedDiagnosticsUploader"/>s). Null: GetLog answers Rejected for that log.
        /// Not the <see cref="DiagnosticsUploader"/> instance: GetDiagnostics and GetLog may run at the same time.
        /// </summary>
        public IDiagnosticsUploader DiagnosticsLogUploader;

        /// <summary>See <see cref="DiagnosticsLogUploader"/>.</summary>
        public IDiagnosticsUploader SecurityLogUploader;

        /// <summary>
        /// Randomness for the charge point's key pair (SignCertificate): ESP32 <c>Program</c> (<c>Esp32Only/Program.Entropy.cs</c>), simulator and tests a
        /// deterministic <c>SimulatedEntropy</c>. Null: ExtendedTriggerMessage(SignChargePointCertificate) is NotImplemented.
        /// </summary>
        public ChargePoint.Ocpp.Crypto.IEntropySource Entropy;

        /// <summary>
        /// Called once per boot when the application is healthy: BootNotification Accepted, or
        /// <see cref="ConfirmAfterMs"/> of running without a fault (with the tick time, ms). The loader's trial slot becomes permanent on it
        /// (<c>BootLoader.Confirm</c>). Null: no loader (tests, images flashed with nanoff).
        /// </summary>
        public SessionEventHandler ConfirmHealthy;

        /// <summary>Running this long without a fault confirms the boot even without a Central System, ms (a constant: nothing sets another).</summary>
        public const long ConfirmAfterMs = 10 * 60 * 1000;

        /// <summary>The version BootNotification reports (the loaded slot's manifest version); null: the built-in one.</summary>
        public string FirmwareVersion;

        /// <summary>The log kept on flash for GetDiagnostics and GetLog; null: the log goes to the console only.</summary>
        public ChargePoint.Firmware.Update.LogRing LogRing;
    }
}
