using System.Text;
using ChargePoint.Ocpp.Crypto;

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

        private readonly ISlotStorage _storage;
        private readonly string _record;
        private readonly byte[] _buffer = new byte[ChunkBytes];
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _digest = new byte[Sha256.HashSize];

        public BundleStream(ISlotStorage storage, string record)
        {
            _storage = storage;
            _record = record;
        }

        /// <summary>Offset of the first file's bytes (after <see cref="ReadManifest"/>).</summary>
        public int PayloadOffset { get; private set; }

        /// <summary>The bundle's manifest; null with error when the header is missing, too long or malformed.</summary>
        public SlotManifest? ReadManifest(out string error)
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

            int end = HeaderEnd(header, n);
            if (end < 0)
            {
                error = n == 0 ? "bundle is empty" : "bundle has no manifest ending with 'end' in its first " + LoaderAbi.MaxManifestBytes.ToString() + " bytes";
                return null;
            }

            PayloadOffset = end;
            return SlotManifest.Parse(new string(Encoding.UTF8.GetChars(header, 0, end)), out error);
        }

        /// <summary>
        /// Hashes the file at offset (length from the manifest), appending its bytes to copyTo unless null; null when it
        /// matches, else why not (a short bundle is "truncated").
        /// </summary>
        public string? CheckFile(SlotFile file, int offset, string? copyTo)
        {
            int done = 0;
            while (done < file.Length)
            {
                int want = file.Length - done < ChunkBytes ? file.Length - done : ChunkBytes;
                int got = _storage.ReadAt(_record, offset + done, _buffer, want);
                if (got <= 0)
                {
                    _sha.Reset();
                    return "bundle truncated in " + file.Name + " (" + done.ToString() + " of " + file.Length.ToString() + " bytes)";
                }

                _sha.Append(_buffer, 0, got);
                if (copyTo != null)
                {
                    _storage.Append(copyTo, _buffer, 0, got);
                }

                done += got;
            }

            _sha.Finish(_digest);
            string hex = Hex.Of(_digest);
            return hex == file.Sha256Hex ? null : "SHA-256 of " + file.Name + " is " + hex + ", manifest says " + file.Sha256Hex;
        }

        /// <summary>True when nothing follows offset (a bundle must end with its last file).</summary>
        public bool EndsAt(int offset) => _storage.ReadAt(_record, offset, _buffer, 1) == 0;

        /// <summary>The length of "...\nend\n" at the start of data, or -1.</summary>
        private static int HeaderEnd(byte[] data, int n)
        {
            for (int i = 0; i + 4 < n; i++)
            {
                if (data[i] == (byte)'\n' && data[i + 1] == (byte)'e' && data[i + 2] == (byte)'n' && data[i + 3] == (byte)'d' && data[i + 4] == (byte)'\n')
                {
                    return i + 5;
                }
            }

            return -1;
        }
    }
}
