namespace ChargePoint.Ocpp
{
    /// <summary>
    /// An <see cref="IFirmwareUpdater"/> in simulated time: configurable durations and failures, and what the loader
    /// says after the reboot (<see cref="Outcome"/>). A successful download delivers <see cref="Image"/> (or
    /// <see cref="ImageFor"/> the location), readable for the signature check.
    /// </summary>
    public sealed class SimulatedFirmwareUpdater : IFirmwareUpdater
    {
        private long _doneAtMs;
        private bool _fails;
        private bool _downloading;
        private byte[]? _downloaded;

        /// <summary>The file the next download delivers; null: <see cref="ImageFor"/> its location.</summary>
        public byte[]? Image { get; set; }

        public long DownloadedLength => _downloaded == null ? -1 : _downloaded.Length;

        /// <summary>The deterministic content a simulated download of this location delivers (about 20 KB).</summary>
        public static byte[] ImageFor(string location)
        {
            byte[] line = System.Text.Encoding.UTF8.GetBytes("simulated firmware image " + location + "\n");
            var image = new byte[line.Length * 512];
            for (int i = 0; i < 512; i++)
            {
                System.Array.Copy(line, 0, image, i * line.Length, line.Length);
            }

            return image;
        }

        public int ReadDownloaded(long offset, byte[] buffer, int count)
        {
            if (_downloaded == null || offset >= _downloaded.Length)
            {
                return 0;
            }

            int n = (int)(_downloaded.Length - offset < count ? _downloaded.Length - offset : count);
            System.Array.Copy(_downloaded, (int)offset, buffer, 0, n);
            return n;
        }

        public long DownloadMs { get; set; } = 10000;

        public long InstallMs { get; set; } = 5000;

        /// <summary>How many of the next download attempts fail.</summary>
        public int FailingDownloads { get; set; }

        public bool FailInstall { get; set; }

        /// <summary><see cref="IFirmwareUpdater.InstallOutcome"/>: Succeeded (default), Running (on trial) or Failed (rolled back).</summary>
        public int Outcome { get; set; } = TransferState.Succeeded;

        public int Downloads { get; private set; }

        public int Installs { get; private set; }

        public string? LastLocation { get; private set; }

        public void BeginDownload(string location, long nowMs)
        {
            Downloads++;
            LastLocation = location;
            _doneAtMs = nowMs + DownloadMs;
            _downloaded = null;
            _downloading = true;
            _fails = FailingDownloads > 0;
            if (_fails)
            {
                FailingDownloads--;
            }
        }

        public int PollDownload(long nowMs)
        {
            int state = Poll(nowMs);
            if (state == TransferState.Succeeded && _downloading)
            {
                _downloading = false;
                _downloaded = Image ?? ImageFor(LastLocation ?? string.Empty);
            }

            return state;
        }

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
