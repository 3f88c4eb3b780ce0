using System;
using System.Collections;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// RAM-backed storage that behaves like flash under power loss. A test arms a cut after N more bytes:
    /// an append then leaves a torn tail, an atomic write leaves the old record (temp file never renamed),
    /// and every later call throws until <see cref="PowerOn"/>. Rebuilding the firmware on the same
    /// instance is a reboot.
    /// </summary>
    public sealed class SimulatedStorage : IStorage
    {
        private readonly Hashtable _records = new Hashtable();
        private long _bytesUntilCut = -1;
        private bool _poweredOff;

        public long BytesWritten { get; private set; }

        public int WriteOperations { get; private set; }

        public bool IsPoweredOff
        {
            get { return _poweredOff; }
        }

        /// <summary>Cuts power once this many more bytes have been written (0: at the next write).</summary>
        public void CutPowerAfterBytes(long bytes)
        {
            _bytesUntilCut = bytes;
        }

        /// <summary>Cuts power now: the next storage call throws.</summary>
        public void CutPowerNow()
        {
            _poweredOff = true;
            _bytesUntilCut = -1;
        }

        /// <summary>Restores power (a reboot) and disarms any pending cut.</summary>
        public void PowerOn()
        {
            _poweredOff = false;
            _bytesUntilCut = -1;
        }

        /// <summary>Overwrites raw bytes without any power-cut accounting: for corruption tests.</summary>
        public void SetRaw(string name, byte[] data)
        {
            _records[name] = Copy(data, 0, data.Length);
        }

        public byte[]? Read(string name)
        {
            EnsurePowered();
            var data = _records[name] as byte[];
            return data == null ? null : Copy(data, 0, data.Length);
        }

        public int ReadAt(string name, int offset, byte[] buffer, int count)
        {
            EnsurePowered();
            var data = _records[name] as byte[];
            if (data == null || offset >= data.Length)
            {
                return 0;
            }

            int n = data.Length - offset < count ? data.Length - offset : count;
            Array.Copy(data, offset, buffer, 0, n);
            return n;
        }

        public void Write(string name, byte[] data)
        {
            EnsurePowered();
            WriteOperations++;
            // Temp file first: a cut in it loses only the new content.
            int allowed = Consume(data.Length);
            if (allowed < data.Length)
            {
                Cut();
            }

            _records[name] = Copy(data, 0, data.Length);
        }

        public void Append(string name, byte[] data, int offset, int count)
        {
            EnsurePowered();
            WriteOperations++;
            int allowed = Consume(count);
            var old = _records[name] as byte[];
            int oldLength = old == null ? 0 : old.Length;
            var merged = new byte[oldLength + allowed];
            if (old != null)
            {
                Array.Copy(old, merged, oldLength);
            }

            Array.Copy(data, offset, merged, oldLength, allowed);
            _records[name] = merged;
            if (allowed < count)
            {
                Cut();
            }
        }

        public void Delete(string name)
        {
            EnsurePowered();
            WriteOperations++;
            _records.Remove(name);
        }

        public bool Exists(string name)
        {
            EnsurePowered();
            return _records.Contains(name);
        }

        public string[] List()
        {
            EnsurePowered();
            var names = new string[_records.Count];
            int i = 0;
            foreach (DictionaryEntry entry in _records)
            {
                names[i++] = (string)entry.Key;
            }

            return names;
        }

        private int Consume(int count)
        {
            if (_bytesUntilCut < 0)
            {
                BytesWritten += count;
                return count;
            }

            int allowed = _bytesUntilCut < count ? (int)_bytesUntilCut : count;
            _bytesUntilCut -= allowed;
            BytesWritten += allowed;
            if (allowed == count && _bytesUntilCut == 0 && count > 0)
            {
                // The budget ends exactly at the end of this write: the write lands, the next one is cut.
                return count;
            }

            return allowed;
        }

        private void Cut()
        {
            _poweredOff = true;
            _bytesUntilCut = -1;
            throw new PowerCutException();
        }

        private void EnsurePowered()
        {
            if (_poweredOff || _bytesUntilCut == 0)
            {
                _poweredOff = true;
                _bytesUntilCut = -1;
                throw new PowerCutException();
            }
        }

        private static byte[] Copy(byte[] source, int offset, int count)
        {
            var copy = new byte[count];
            Array.Copy(source, offset, copy, 0, count);
            return copy;
        }
    }
}
