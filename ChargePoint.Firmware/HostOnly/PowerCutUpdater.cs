using ChargePoint.Ocpp;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>Arms a <see cref="PowerCutStorage"/> when the install begins (the download writes freely).</summary>
    public sealed class PowerCutUpdater : IFirmwareUpdater
    {
        private readonly IFirmwareUpdater _inner;
        private readonly PowerCutStorage _storage;

        public PowerCutUpdater(IFirmwareUpdater inner, PowerCutStorage storage)
        {
            _inner = inner;
            _storage = storage;
        }

        public void BeginDownload(string location, long nowMs) => _inner.BeginDownload(location, nowMs);

        public int PollDownload(long nowMs) => _inner.PollDownload(nowMs);

        public void BeginInstall(long nowMs)
        {
            _storage.Armed = true;
            _inner.BeginInstall(nowMs);
        }

        public int PollInstall(long nowMs) => _inner.PollInstall(nowMs);

        public int InstallOutcome() => _inner.InstallOutcome();

        public long DownloadedLength => _inner.DownloadedLength;

        public int ReadDownloaded(long offset, byte[] buffer, int count) => _inner.ReadDownloaded(offset, buffer, count);
    }
}
