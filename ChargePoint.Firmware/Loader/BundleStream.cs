using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Reads a bundle kept in a storage record in fixed-size chunks (never the whole bundle in RAM): its manifest, then
    /// each file's bytes hashed and optionally copied to a slot record.
    /// </summary>
    public sealed class BundleStream
    {
        /// <summary>Chunk size of every read and copy (the device heap is ~100 KB and does not compact well).</summary>
        public const int ChunkBytes = 1024;

        private readonly IStorage _storage;
        private readonly string _record;
        private readonly byte[] _buffer = new byte[ChunkBytes];
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.HashSize];

        public BundleStream(IStorage storage, string record)
        {
            _storage = storage;
            _record = record;
        }

        /// <summary>Offset of the first file's bytes (after <see cref="ReadManifest"/>).</summary>
        public int PayloadOffset;

        /// <summary>The manifest as read (after <see cref="ReadManifest"/>): the slot's manifest record when it parses.</summary>
        public string HeaderText;

        /// <summary>The bundle's manifest; null with error when the header is missing, too long or malformed.</summary>
        public SlotManifest ReadManifest(out string error)
        {
            var header = new byte[LoaderAbi.MaxManifestBytes];
            int n = 0;
            while (n < header.Length)
            {
                int got = _storage.ReadAt(_record, n, _buffer, header.Length - n < ChunkBytes ? header.Length - n : ChunkBytes);
                if (got <= 0)
                {
                    break;
                }

                System.Array.Copy(_buffer, 0, header, n, got);
                n += got;
            }

            // The header is "...\nend\n": end = its length, or -1.
            int end = -1;
            for (int i = 0; i + 4 < n; i++)
            {
                if (header[i] == (byte)'\n' && header[i + 1] == (byte)'e' && header[i + 2] == (byte)'n' && header[i + 3] == (byte)'d' && header[i + 4] == (byte)'\n')
                {
                    end = i + 5;
                    break;
                }
            }

            if (end < 0)
            {
                error = n == 0 ? "bundle is empty" : "no end line in " + LoaderAbi.MaxManifestBytes.ToString() + " bytes";
                return null;
            }

            PayloadOffset = end;
            HeaderText = new string(Encoding.UTF8.GetChars(header, 0, end));
            return SlotManifest.Parse(HeaderText, out error);
        }

        /// <summary><see cref="StepFile"/>: more chunks to go.</summary>
        public const int FileRunning = 0;

        /// <summary><see cref="StepFile"/>: the file matched its length and digest.</summary>
        public const int FileMatched = 1;

        /// <summary><see cref="StepFile"/>: it did not (<see cref="FileError"/> says why).</summary>
        public const int FileFailed = 2;

        private SlotFile _file;
        private int _fileOffset;
        private int _fileDone;
        private string _copyTo;

        /// <summary>Why the last file failed, null when it matched.</summary>
        public string FileError;

        /// <summary>Starts hashing (and copying) a file a few chunks at a time with <see cref="StepFile"/>.</summary>
        public void BeginFile(SlotFile file, int offset, string copyTo)
        {
            _file = file;
            _fileOffset = offset;
            _fileDone = 0;
            _copyTo = copyTo;
            FileError = null;
            _sha.Reset();
        }

        /// <summary>Hashes (and copies) at most chunks chunks of the current file.</summary>
        public int StepFile(int chunks)
        {
            SlotFile file = _file;
            for (int c = 0; c < chunks && _fileDone < file.Length; c++)
            {
                int want = file.Length - _fileDone < ChunkBytes ? file.Length - _fileDone : ChunkBytes;
                int got = _storage.ReadAt(_record, _fileOffset + _fileDone, _buffer, want);
                if (got <= 0)
                {
                    _sha.Reset();
                    FileError = "bundle truncated in " + file.Name + " (" + _fileDone.ToString() + " of " + file.Length.ToString() + " bytes)";
                    return FileFailed;
                }

                _sha.Append(_buffer, 0, got);
                if (_copyTo != null)
                {
                    _storage.Append(_copyTo, _buffer, 0, got);
                }

                _fileDone += got;
            }

            if (_fileDone < file.Length)
            {
                return FileRunning;
            }

            _sha.Finish(_digest);
            string hex = Hex.Encode(_digest);
            FileError = hex == file.Sha256Hex ? null : "SHA-256 of " + file.Name + " is " + hex + ", manifest: " + file.Sha256Hex;
            return FileError == null ? FileMatched : FileFailed;
        }

        /// <summary>True when nothing follows offset (a bundle must end with its last file).</summary>
        public bool EndsAt(int offset) => _storage.ReadAt(_record, offset, _buffer, 1) == 0;
    }
}
