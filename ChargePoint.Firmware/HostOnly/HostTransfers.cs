using System;
using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;
using ChargePoint.Firmware.Loader;
using ChargePoint.Firmware.Settings;
using ChargePoint.Firmware.Simulator;
using ChargePoint.Firmware.Update;
using ChargePoint.Hal.Boards;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// The simulator's real file transfers: UpdateFirmware downloads a bundle over HTTP(S) into the loader's slots,
    /// GetDiagnostics and GetLog PUT the log ring and the security events. One HTTP transfer per purpose, so a
    /// diagnostics upload and a log upload can run together. Under the loader, BootNotification Accepted (or ten minutes
    /// without a fault) confirms the running slot and BootNotification reports the slot's version.
    /// </summary>
    public sealed class HostTransfers : IDisposable
    {
        private readonly IStorage _storage;
        private readonly SimulatorOptions _options;
        private readonly int _slot;
        private readonly string _version;
        private readonly bool _underLoader;
        private readonly IConsoleIo _console;
        private readonly HostHttpTransfer _firmware = new HostHttpTransfer();
        private readonly HostHttpTransfer _diagnostics = new HostHttpTransfer();
        private readonly HostHttpTransfer _diagnosticsLog = new HostHttpTransfer();
        private readonly HostHttpTransfer _securityLog = new HostHttpTransfer();

        public HostTransfers(IStorage storage, SimulatorOptions options, int slot, string version, bool underLoader, IConsoleIo console)
        {
            _storage = storage;
            _options = options;
            _slot = slot;
            _version = version;
            _underLoader = underLoader;
            _console = console;
        }

        public void Configure(ChargerPlatform platform)
        {
            string board = new SettingsStore(_storage, BoardCatalog.Ids()).Current.Board;
            ChargePoint.Ocpp.Rpc.TransportTextHandler warn = line => _console.WriteLine("[warn] " + line);
            IStorage updaterStorage = _storage;
            PowerCutStorage cut = null;
            if (_options.PowerCutDuringInstall >= 0)
            {
                cut = new PowerCutStorage(_storage, _options.PowerCutDuringInstall);
                updaterStorage = cut;
            }

            var updater = new BundleFirmwareUpdater(updaterStorage, _firmware, board, _slot);
            updater.Note = warn;
            updater.ChunksPerTick = 64; // the host hashes fast; the tick stays short
            platform.FirmwareUpdater = cut != null ? new PowerCutUpdater(updater, cut) : (IFirmwareUpdater)updater;

            var ring = new LogRing(_storage, LogRing.DefaultHalfBytes);
            platform.LogRing = ring;
            platform.DiagnosticsUploader = Uploader(_diagnostics, target => ring.CopyTo(target) > 0, "diag.upload", "diagnostics.log", warn);
            platform.DiagnosticsLogUploader = Uploader(_diagnosticsLog, target => ring.CopyTo(target) > 0, "diaglog.upload", "diagnostics-log.txt", warn);
            platform.SecurityLogUploader = Uploader(_securityLog, CopySecurityEvents, "seclog.upload", "security-log.txt", warn);
            platform.FirmwareVersion = _version;
            if (_underLoader)
            {
                int slot = _slot;
                platform.ConfirmHealthy = nowMs =>
                {
                    BootLoader.Confirm(_storage, slot);
                    _console.WriteLine("[loader] " + Slot.Name(slot) + " application confirmed healthy");
                };
            }
        }

        public void Dispose()
        {
            _firmware.Dispose();
            _diagnostics.Dispose();
            _diagnosticsLog.Dispose();
            _securityLog.Dispose();
        }

        private RecordUploader Uploader(HostHttpTransfer transfer, ChargePoint.Ocpp.ConfigValidator source, string record, string fileName, ChargePoint.Ocpp.Rpc.TransportTextHandler warn)
        {
            var uploader = new RecordUploader(_storage, transfer, source, record, fileName);
            uploader.Note = warn;
            return uploader;
        }

        /// <summary>The security events record as it is stored (one event per line).</summary>
        private bool CopySecurityEvents(string target)
        {
            byte[] events = _storage.Read(ChargePoint.Ocpp.SecurityService.RecordName);
            if (events == null || events.Length == 0)
            {
                return false;
            }

            _storage.Write(target, events);
            return true;
        }
    }
}
