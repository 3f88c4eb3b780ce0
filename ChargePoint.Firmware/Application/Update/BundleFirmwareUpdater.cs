using ChargePoint.Firmware.Loader;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Update
{
    /// <summary>
    /// UpdateFirmware through the loader's A/B slots: the bundle is downloaded over <see cref="IFileTransfer"/> into the
    /// record <see cref="BundleRecord"/> chunk by chunk, checked (sizes and SHA-256 of every file; a damaged bundle is a
    /// failed download and is retried), then installed into the slot that is not running and put on trial. The reboot
    /// starts the trial; <see cref="InstallOutcome"/> tells the engine whether the new image confirmed (Installed) or
    /// the loader rolled back (InstallationFailed). A bundle for another board or loader ABI downloads but fails to
    /// install. SignedUpdateFirmware's signature check reads the checked bundle back (<see cref="ReadDownloaded"/>)
    /// between the download and <see cref="BeginInstall"/>.
    /// </summary>
    public sealed class BundleFirmwareUpdater : IFirmwareUpdater
    {
        public const string BundleRecord = "fw.bundle";

        /// <summary>Chunks moved from the transfer to storage per poll (bounds the time one Tick spends).</summary>
        private const int ChunksPerPoll = 16;

        private readonly IStorage _storage;
        private readonly IFileTransfer _transfer;
        private readonly string _boardId;
        private readonly int _runningSlot;
        private readonly byte[] _chunk = new byte[BundleStream.ChunkBytes];
        // The download's state, then (from BeginInstall) the install's: the engine installs only what it downloaded.
        private int _state = TransferState.Failed;
        private string _incompatible;
        private BundleJob _job;
        private long _downloadedBytes;

        public BundleFirmwareUpdater(IStorage storage, IFileTransfer transfer, string boardId, int runningSlot)
        {
            _storage = storage;
            _transfer = transfer;
            _boardId = boardId;
            _runningSlot = runningSlot;
        }

        /// <summary>Where failures are written (the console log); null: nowhere.</summary>
        public ChargePoint.Ocpp.Rpc.TransportTextHandler Note;

        /// <summary>
        /// 1 KB chunks hashed (or copied) per poll while checking and installing: the main loop keeps its pace (the
        /// ESP32's managed SHA-256 is slow; the host may take more).
        /// </summary>
        public int ChunksPerTick = 8;

        public void BeginDownload(string location, long nowMs)
        {
            _job = null;
            _storage.Delete(BundleRecord);
            _incompatible = null;
            _downloadedBytes = 0;
            _state = TransferState.Running;
            _transfer.BeginGet(location);
        }

        public int PollDownload(long nowMs)
        {
            if (_state != TransferState.Running)
            {
                return _state;
            }

            for (int i = 0; i < ChunksPerPoll; i++)
            {
                int n = _transfer.Read(_chunk);
                if (n <= 0)
                {
                    break;
                }

                _storage.Append(BundleRecord, _chunk, 0, n);
                _downloadedBytes += n;
            }

            if (_job == null)
            {
                int state = _transfer.State;
                if (state == TransferState.Failed)
                {
                    Tell("download failed: " + _transfer.Error);
                    _state = TransferState.Failed;
                }
                else if (state == TransferState.Succeeded)
                {
                    _job = new BundleJob(_storage, BundleRecord, _boardId, Slot.Factory); // check it, a few chunks per tick
                }

                return _state;
            }

            if (_job.Step(ChunksPerTick) == BundleJob.Running)
            {
                return _state;
            }

            if (_job.CheckResult == BundleJob.Damaged)
            {
                Tell("download damaged: " + _job.Error);
                _storage.Delete(BundleRecord);
                _state = TransferState.Failed;
            }
            else
            {
                _incompatible = _job.CheckResult == BundleJob.Incompatible ? _job.Error : null;
                _state = TransferState.Succeeded;
            }

            _job = null;
            return _state;
        }

        public long DownloadedLength => _state == TransferState.Succeeded && _storage.Exists(BundleRecord) ? _downloadedBytes : -1;

        public int ReadDownloaded(long offset, byte[] buffer, int count) => _storage.ReadAt(BundleRecord, (int)offset, buffer, count);

        public void BeginInstall(long nowMs)
        {
            _state = TransferState.Running;
            _job = null;
            if (_incompatible != null)
            {
                EndInstall(_incompatible);
                return;
            }

            _job = new BundleJob(_storage, BundleRecord, _boardId, BundleJob.TargetSlot(BootRecord.Load(_storage), _runningSlot));
        }

        public int PollInstall(long nowMs)
        {
            if (_state == TransferState.Running && _job != null)
            {
                int state = _job.Step(ChunksPerTick);
                if (state != BundleJob.Running)
                {
                    EndInstall(state == BundleJob.Succeeded ? null : _job.Error);
                    _job = null;
                }
            }

            return _state;
        }

        private void EndInstall(string error)
        {
            _storage.Delete(BundleRecord);
            if (error != null)
            {
                Tell("install failed: " + error);
            }

            _state = error == null ? TransferState.Succeeded : TransferState.Failed;
        }

        /// <summary>Running while the new slot is on trial; Succeeded once it confirmed and runs; Failed after a rollback.</summary>
        public int InstallOutcome()
        {
            BootRecord r = BootRecord.Load(_storage);
            if (r.HasTrial)
            {
                return r.Trial == _runningSlot ? TransferState.Running : TransferState.Failed;
            }

            return r.Outcome == BootRecord.Confirmed && r.OutcomeSlot == _runningSlot ? TransferState.Succeeded : TransferState.Failed;
        }

        private void Tell(string message)
        {
            if (Note != null)
            {
                Note("firmware " + message);
            }
        }
    }
}
