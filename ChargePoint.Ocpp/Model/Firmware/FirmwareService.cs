using System.Text;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The FirmwareManagement profile: GetDiagnostics through <see cref="Diagnostics"/>, and UpdateFirmware (Spec §5.19, §4.5): waits for retrieveDate (OCPP clock), downloads through <see cref="IFirmwareUpdater"/>
    /// with retries × retryInterval, then installs once no transaction runs. While a transaction blocks the install,
    /// the idle connectors are Unavailable (Errata 3.49: no new session). A successful install reboots (hooks Reset hard)
    /// and Installed is reported after that boot (once the new image confirmed itself, <see cref="IFirmwareUpdater.InstallOutcome"/>;
    /// InstallationFailed when the loader rolled back); a failed install reports InstallationFailed and the
    /// connectors come back.
    /// FirmwareStatusNotification: Downloading → Downloaded → Installing → (reboot) → Installed, or DownloadFailed /
    /// InstallationFailed. The request survives a reboot (record <see cref="RecordName"/>): a download cut by a reboot
    /// starts again. <see cref="Status"/> is what TriggerMessage(FirmwareStatusNotification) reports.
    /// </summary>
    public sealed class FirmwareService : ITickable
    {
        public const string RecordName = "ocpp.firmware";

        private const int Idle = 0;
        private const int Scheduled = 1;
        private const int Downloading = 2;
        private const int RetryWait = 3;
        private const int Downloaded = 4;
        private const int Installing = 5;
        private const int Rebooting = 6;
        private const int Checking = 7;

        /// <summary>A status only SignedFirmwareStatusNotification has: offered to <see cref="IFirmwareCheck.StatusCall"/>, never sent plain.</summary>
        private const string SignedOnlyInstallRebooting = "InstallRebooting";

        private const string KindRequest = "request";
        private const string KindInstalled = "installed";

        public const string ProfileName = "FirmwareManagement";

        public const string SupportedFileTransferProtocols = "SupportedFileTransferProtocols";

        private readonly IStorage _storage;
        private readonly RpcSession _session;
        private readonly OcppChargePoint _cp;
        private readonly Connector[] _connectors;
        /// <summary>The platform's updater (the signature check reads the download back through it).</summary>
        internal readonly IFirmwareUpdater Updater;
        private int _phase;
        private string _location = string.Empty;
        private long _retrieveUtcMs;
        private int _retriesLeft;
        private int _retryIntervalS;
        private long _retryAtMs;
        private bool _reportInstalled;
        private OutgoingCall _installedCall;

        /// <summary>
        /// The FirmwareManagement profile (one type for UpdateFirmware and GetDiagnostics): loads a pending update or an
        /// Installed report (both survive the reboot), builds <see cref="Diagnostics"/>, registers UpdateFirmware and
        /// GetDiagnostics, declares SupportedFileTransferProtocols (R, e.g. "HTTP,HTTPS": what the hooks can fetch and
        /// send) and adds FirmwareManagement to SupportedFeatureProfiles. <see cref="Status"/> and
        /// <see cref="Diagnostics"/>.Status are what TriggerMessage reports.
        /// </summary>
        public FirmwareService(OcppChargePoint cp, IFirmwareUpdater updater, IDiagnosticsUploader uploader, string protocols)
        {
            IStorage storage = cp.Storage;
            RpcSession session = cp.Session;
            _cp = cp;
            _storage = storage;
            _session = session;
            _connectors = cp.Connectors;
            Updater = updater;
            Diagnostics = new DiagnosticsService(session, uploader, null, false);
            ConfigurationStore config = cp.Configuration;
            if (config.Value(config.Declare(SupportedFileTransferProtocols, ConfigurationStore.TypeCsl | ConfigurationStore.ReadOnly, protocols, 4, "FTP FTPS HTTP HTTPS")) != protocols)
            {
                config.SetLocal(SupportedFileTransferProtocols, protocols); // the build's capability, not a stored setting
            }

            session.Register(OcppAction.UpdateFirmware, this);
            session.Register(OcppAction.GetDiagnostics, Diagnostics);
            CoreConfiguration.AddFeatureProfile(config, ProfileName);
            cp.AddService(this);
            cp.AddService(Diagnostics);
            // Load the stored record (a return ends the constructor).
            string[] items = RecordText.ReadLines(storage, RecordName, "request lost", false);
            if (items == null)
            {
                return;
            }

            if (items.Length == 5 && items[0] == KindInstalled)
            {
                _reportInstalled = true;
                return;
            }

            long retrieve;
            int retries;
            int interval;
            if (items.Length == 5 && items[0] == KindRequest && long.TryParse(items[2], out retrieve)
                && int.TryParse(items[3], out retries) && int.TryParse(items[4], out interval))
            {
                _location = items[1];
                _retrieveUtcMs = retrieve;
                _retriesLeft = retries;
                _retryIntervalS = interval;
                _phase = Scheduled; // a download cut by the reboot starts again
                return;
            }

            storage.Delete(RecordName);
        }

        /// <summary>GetDiagnostics, the other half of the profile.</summary>
        public readonly DiagnosticsService Diagnostics;

        /// <summary>retryInterval when the request has none, s.</summary>
        public const int DefaultRetryIntervalSeconds = 60;

        /// <summary>
        /// Runs between Downloaded and Installing (the signature check of SignedUpdateFirmware); Failed discards the
        /// download (the check reports why). Null: every download is installed.
        /// </summary>
        public IFirmwareCheck Check;

        /// <summary>
        /// The security events, set by the <see cref="SecurityService"/> when installed: a new image installed records
        /// FirmwareUpdated just before the reboot into it (a field, not an event: it has that one listener).
        /// </summary>
        internal SecurityService Security;

        /// <summary>
        /// FirmwareStatus for TriggerMessage: Downloading, Downloaded or Installing while busy, Idle otherwise
        /// (Spec §6.19: Idle only when not busy).
        /// </summary>
        public string Status
        {
            get
            {
                switch (_phase)
                {
                    case Downloading:
                    case RetryWait:
                        return OcppEnum.Downloading;
                    case Downloaded:
                    case Checking:
                        return OcppEnum.Downloaded;
                    case Installing:
                    case Rebooting:
                        return OcppEnum.Installing;
                    default:
                        return OcppEnum.Idle;
                }
            }
        }

        /// <summary>True while the new image is written or the reboot into it is due (a new request is ignored then).</summary>
        public bool IsInstalling => _phase == Installing || _phase == Rebooting;

        /// <summary>
        /// UpdateFirmware.req: schedules the update (replacing a pending one; ignored while installing). True when it
        /// replaced an update in progress (from the download start on).
        /// </summary>
        public bool Request(UpdateFirmwareRequest req, long nowMs)
        {
            if (IsInstalling)
            {
                return false;
            }

            bool busy = _phase >= Downloading;
            Unblock();
            _location = req.Location;
            _retrieveUtcMs = CaptureTime.ToMs(req.RetrieveDate);
            _retriesLeft = req.Retries == Absent.Int ? 0 : req.Retries;
            _retryIntervalS = req.RetryInterval == Absent.Int ? DefaultRetryIntervalSeconds : req.RetryInterval;
            _phase = Scheduled;
            Save(KindRequest);
            return busy;
        }

        public void Tick(long nowMs)
        {
            IFirmwareUpdater updater = Updater;
            // Installed goes after the boot's StatusNotifications (every connector's status reported).
            bool reported = _reportInstalled && _installedCall == null && _session.Gate == RpcSession.GateOpen;
            for (int i = 0; i < _connectors.Length && reported; i++)
            {
                reported = _cp.ReportedStatus(i) != null;
            }

            if (reported)
            {
                int outcome = updater.InstallOutcome();
                if (outcome == TransferState.Succeeded)
                {
                    // After the boot's StatusNotifications (TC_044_1: reboot, Boot, Available, Installed); retried until
                    // the Central System confirms it (it proves the update to the operator).
                    var call = StatusCall(OcppEnum.Installed, OnInstalledOutcome);
                    if (_session.Enqueue(call))
                    {
                        _installedCall = call;
                    }
                }
                else if (outcome == TransferState.Failed)
                {
                    _reportInstalled = false; // the loader went back to the previous image
                    Notify(OcppEnum.InstallationFailed);
                    if (_phase == Idle)
                    {
                        _storage.Delete(RecordName);
                    }
                }
            }

            switch (_phase)
            {
                case Scheduled:
                    OcppClock clock = _cp.Clock;
                    if (clock.IsSet && clock.UtcMs(nowMs) >= _retrieveUtcMs)
                    {
                        updater.BeginDownload(_location, nowMs);
                        _phase = Downloading;
                        Notify(OcppEnum.Downloading);
                    }

                    break;
                case Downloading:
                    int download = updater.PollDownload(nowMs);
                    if (download == TransferState.Succeeded)
                    {
                        _phase = Downloaded;
                        Notify(OcppEnum.Downloaded);
                        if (Check != null)
                        {
                            Check.Begin(nowMs);
                            _phase = Checking;
                        }
                    }
                    else if (download == TransferState.Failed)
                    {
                        if (_retriesLeft > 0)
                        {
                            _retriesLeft--;
                            _retryAtMs = nowMs + _retryIntervalS * 1000L;
                            _phase = RetryWait;
                        }
                        else
                        {
                            Notify(OcppEnum.DownloadFailed);
                            Finish();
                        }
                    }

                    break;
                case RetryWait:
                    if (nowMs >= _retryAtMs)
                    {
                        updater.BeginDownload(_location, nowMs);
                        _phase = Downloading;
                    }

                    break;
                case Checking:
                    int check = Check != null ? Check.Poll(nowMs) : TransferState.Succeeded;
                    if (check == TransferState.Succeeded)
                    {
                        _phase = Downloaded;
                    }
                    else if (check == TransferState.Failed)
                    {
                        Finish(); // not installed; the check sent its status (InvalidSignature)
                    }

                    break;
                case Downloaded:
                    // Every connector without a transaction goes Unavailable; the install waits until no transaction runs.
                    bool idle = true;
                    for (int i = 1; i < _connectors.Length; i++)
                    {
                        Connector c = _connectors[i];
                        bool free = !c.TransactionRunning;
                        idle &= free;
                        c.Blocked |= free;
                    }

                    if (idle)
                    {
                        updater.BeginInstall(nowMs);
                        _phase = Installing;
                        Notify(OcppEnum.Installing);
                    }

                    break;
                case Installing:
                    int install = updater.PollInstall(nowMs);
                    if (install == TransferState.Succeeded)
                    {
                        _phase = Rebooting;
                        Save(KindInstalled);
                        OutgoingCall rebooting = Check != null ? Check.StatusCall(SignedOnlyInstallRebooting, null) : null;
                        if (rebooting != null)
                        {
                            _session.Enqueue(rebooting); // a signed update says so (best effort: the reboot follows)
                        }

                        Security?.Add(SecurityService.FirmwareUpdated, null, nowMs);
                        _cp.Hooks.Reset(true); // the new image runs from the next boot, which reports Installed
                    }
                    else if (install == TransferState.Failed)
                    {
                        Notify(OcppEnum.InstallationFailed);
                        Unblock();
                        Finish();
                    }

                    break;
            }
        }

        private void Unblock()
        {
            for (int i = 1; i < _connectors.Length; i++)
            {
                _connectors[i].Blocked = false;
            }
        }

        private void Finish()
        {
            _phase = Idle;
            _storage.Delete(RecordName);
        }

        /// <summary>Sends the status (through <see cref="StatusCall"/>: signed while the check has an update of its own).</summary>
        internal void Notify(string status)
        {
            _session.Enqueue(StatusCall(status, null));
        }

        private OutgoingCall StatusCall(string status, CallOutcomeHandler onOutcome)
        {
            OutgoingCall call = Check != null ? Check.StatusCall(status, onOutcome) : null;
            return call ?? new OutgoingCall(OcppAction.FirmwareStatusNotification, new StatusPayload(status), onOutcome);
        }

        private void OnInstalledOutcome(int failure, object result, long nowMs)
        {
            _installedCall = null;
            if (failure == OutgoingCall.Answered)
            {
                _reportInstalled = false;
                if (_phase == Idle)
                {
                    _storage.Delete(RecordName);
                }
            }
        }

        private void Save(string kind)
        {
            string text = kind + "\n" + _location + "\n" + _retrieveUtcMs.ToString() + "\n" + _retriesLeft.ToString() + "\n" + _retryIntervalS.ToString();
            _storage.Write(RecordName, RecordText.SealedText(text));
        }
    }
}
