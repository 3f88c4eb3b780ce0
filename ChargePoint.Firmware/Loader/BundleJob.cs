using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Checking or installing a bundle a few chunks per <see cref="Step"/>, so the application's main loop keeps running
    /// (hashing a few hundred KB with the managed SHA-256 takes seconds on the nanoCLR, longer than its watchdog).
    /// Check only (target <see cref="Slot.Factory"/>): header, every file, nothing after the last, board and ABI
    /// (<see cref="CheckResult"/>). Install: in the order of BundleJob.Install.cs (manifest of the target
    /// deleted, old files, files copied and hashed, manifest written atomically, slot verified from storage, then the
    /// boot record puts it on trial).
    /// </summary>
    public sealed partial class BundleJob
    {
        public const int Running = 0;

        public const int Succeeded = 1;

        public const int Failed = 2;

        private const int Header = 0;
        private const int Files = 1;
        private const int Tail = 2;
        private const int Verify = 3;

        private readonly IStorage _storage;
        private readonly string _boardId;
        private readonly int _target;
        private readonly BundleStream _bundle;
        private BundleStream _slotFile;
        private SlotManifest _manifest;
        private int _phase = Header;
        private int _file;
        private int _offset;
        private int _state = Running;

        /// <param name="target">The slot to install into, or <see cref="Slot.Factory"/> to check the bundle only.</param>
        public BundleJob(IStorage storage, string bundleRecord, string boardId, int target)
        {
            _storage = storage;
            _boardId = boardId;
            _target = target;
            _bundle = new BundleStream(storage, bundleRecord);
        }

        /// <summary>A check's verdict: <see cref="BundleJob.Ok"/>, Damaged or Incompatible (after it ended).</summary>
        public int CheckResult = BundleJob.Ok;

        /// <summary>Why the job failed (or, for a check, why the bundle is damaged or incompatible).</summary>
        public string Error = string.Empty;

        /// <summary>Does at most chunks chunks of work; <see cref="Running"/>, then <see cref="Succeeded"/> or <see cref="Failed"/>.</summary>
        public int Step(int chunks)
        {
            if (_state != Running)
            {
                return _state;
            }

            // One case per phase (inline: each ran from here only).
            switch (_phase)
            {
                case Header:
                {
                    string error;
                    _manifest = _bundle.ReadManifest(out error);
                    if (_manifest == null)
                    {
                        Fail(BundleJob.Damaged, error);
                        break;
                    }

                    string incompatible = _manifest.CompatibilityError(_boardId);
                    if (incompatible != null && _target != Slot.Factory)
                    {
                        Fail(BundleJob.Incompatible, incompatible);
                        break;
                    }

                    if (_target != Slot.Factory)
                    {
                        Erase(_storage, _target);
                    }

                    _offset = _bundle.PayloadOffset;
                    _file = 0;
                    BeginFile();
                    _phase = Files;
                    break;
                }

                case Files:
                {
                    int result = _bundle.StepFile(chunks);
                    if (result == BundleStream.FileRunning)
                    {
                        break;
                    }

                    if (result == BundleStream.FileFailed)
                    {
                        Fail(BundleJob.Damaged, _bundle.FileError);
                        break;
                    }

                    _offset += _manifest.Files[_file].Length;
                    if (++_file < _manifest.Files.Length)
                    {
                        BeginFile();
                    }
                    else
                    {
                        _phase = Tail;
                    }

                    break;
                }

                case Tail:
                {
                    if (!_bundle.EndsAt(_offset))
                    {
                        Fail(BundleJob.Damaged, "bundle has bytes after its last file");
                        break;
                    }

                    if (_target == Slot.Factory)
                    {
                        string incompatible = _manifest.CompatibilityError(_boardId);
                        if (incompatible != null)
                        {
                            Fail(BundleJob.Incompatible, incompatible);
                            break;
                        }

                        _state = Succeeded;
                        break;
                    }

                    _storage.Write(Slot.ManifestRecord(_target), System.Text.Encoding.UTF8.GetBytes(_bundle.HeaderText));
                    _file = 0;
                    BeginVerify();
                    _phase = Verify;
                    break;
                }

                case Verify: // reads the written slot back (flash may not hold what was written)
                {
                    int result = _slotFile.StepFile(chunks);
                    if (result == BundleStream.FileRunning)
                    {
                        break;
                    }

                    SlotFile file = _manifest.Files[_file];
                    if (result == BundleStream.FileFailed || !_slotFile.EndsAt(file.Length))
                    {
                        Fail(BundleJob.Damaged, "slot write: " + (_slotFile.FileError ?? file.Name + " too long"));
                        break;
                    }

                    if (++_file < _manifest.Files.Length)
                    {
                        BeginVerify();
                        break;
                    }

                    BootLoader.StartTrial(BootRecord.Load(_storage), _target).Save(_storage);
                    _state = Succeeded;
                    break;
                }
            }

            return _state;
        }

        private void BeginFile()
        {
            SlotFile file = _manifest.Files[_file];
            _bundle.BeginFile(file, _offset, _target != Slot.Factory ? Slot.FileRecord(_target, file.Name) : null);
        }

        private void BeginVerify()
        {
            SlotFile file = _manifest.Files[_file];
            _slotFile = new BundleStream(_storage, Slot.FileRecord(_target, file.Name));
            _slotFile.BeginFile(file, 0, null);
        }

        private void Fail(int check, string error)
        {
            if (_target != Slot.Factory && _phase != Header)
            {
                Erase(_storage, _target);
            }

            CheckResult = check;
            Error = error;
            _state = Failed;
        }
    }
}
