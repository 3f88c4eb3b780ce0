namespace ChargePoint.Ocpp.Model.Firmware
{
    /// <summary>
    /// An <see cref="IFirmwareUpdater"/> in simulated time: configurable durations and failures, and what the loader
    /// says after the reboot (<see cref="Outcome"/>).
    /// </summary>
    public sealed class SimulatedFirmwareUpdater : IFirmwareUpdater, IInstallOutcome
    {
        private long _doneAtMs;
        private bool _fails;

        public long DownloadMs { get; set; } = 10000;

        public long InstallMs { get; set; } = 5000;

        /// <summary>How many of the next download attempts fail.</summary>
        public int FailingDownloads { get; set; }

        public bool FailInstall { get; set; }

        /// <summary><see cref="IInstallOutcome.InstallOutcome"/>: Succeeded (default), Running (on trial) or Failed (rolled back).</summary>
        public int Outcome { get; set; } = TransferState.Succeeded;

        public int Downloads { get; private set; }

        public int Installs { get; private set; }

        public string? LastLocation { get; private set; }

        public void BeginDownload(string location, long nowMs)
        {
            Downloads++;
            LastLocation = location;
            _doneAtMs = nowMs + DownloadMs;
            _fails = FailingDownloads > 0;
            if (_fails)
            {
                FailingDownloads--;
            }
        }

        public int PollDownload(long nowMs) => Poll(nowMs);

        public void BeginInstall(long nowMs)
        {
            Installs++;
            _doneAtMs = nowMs + InstallMs;
            _fails = FailInstall;
        }

        public int PollInstall(long nowMs) => Poll(nowMs);

        public int InstallOutcome() => Outcome;

        private int Poll(long nowMs)
        {
            if (nowMs < _doneAtMs)
            {
                return TransferState.Running;
            }

            return _fails ? TransferState.Failed : TransferState.Succeeded;
        }
    }
}
