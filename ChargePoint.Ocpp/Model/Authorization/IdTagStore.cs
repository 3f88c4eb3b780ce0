using System.Collections;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Authorization
{
    /// <summary>
    /// A bounded idTag → IdTagInfo table kept in one atomically written, CRC-guarded storage record.
    /// Shared by the authorization cache and the local authorization list.
    /// </summary>
    public sealed class IdTagStore
    {
        private const uint Magic = 0x31475449;
        private readonly IStorage _storage;
        private readonly string _record;
        private readonly ArrayList _tags = new ArrayList();
        private readonly ArrayList _infos = new ArrayList();

        public IdTagStore(IStorage storage, string record, int capacity)
        {
            _storage = storage;
            _record = record;
            Capacity = capacity;
            // Load the stored record (a return ends the constructor).
            byte[] data = _storage.Read(_record);
            if (data == null)
            {
                return;
            }

            try
            {
                RecordReader r = RecordReader.Sealed(data, Magic);
                if (r == null)
                {
                    throw new JournalFormatException(); // CRC or magic: handled as every other corrupt record below
                }

                Version = r.ReadInt32();
                int count = r.ReadUInt16();
                for (int i = 0; i < count; i++)
                {
                    string tag = r.ReadString() ?? "";
                    int status = r.ReadByte();
                    long expiry = r.ReadInt64();
                    string parent = r.ReadString();
                    _tags.Add(tag);
                    _infos.Add(new IdTagInfo(status, expiry, parent));
                }
            }
            catch (JournalFormatException)
            {
                Clear();
                Version = 0;
                StoreHealth.Report(_storage, _record, "id tag list corrupt; starts empty");
            }
        }

        public readonly int Capacity;

        /// <summary>A version number kept with the table (the local list version; unused by the cache).</summary>
        public int Version;

        public int Count
        {
            get { return _tags.Count; }
        }

        public IdTagInfo Find(string idTag)
        {
            int index = _tags.IndexOf(idTag);
            return index < 0 ? null : (IdTagInfo)_infos[index];
        }

        public string TagAt(int index)
        {
            return (string)_tags[index];
        }

        /// <summary>Adds or replaces an entry in memory; when full, the oldest entry is evicted. Call <see cref="Save"/> after.</summary>
        public void Put(string idTag, IdTagInfo info)
        {
            int index = _tags.IndexOf(idTag);
            if (index >= 0)
            {
                // Move to the end: most recently used entries are evicted last.
                _tags.RemoveAt(index);
                _infos.RemoveAt(index);
            }
            else if (_tags.Count >= Capacity && _tags.Count > 0)
            {
                _tags.RemoveAt(0);
                _infos.RemoveAt(0);
            }

            _tags.Add(idTag);
            _infos.Add(info);
        }

        public bool Remove(string idTag)
        {
            int index = _tags.IndexOf(idTag);
            if (index < 0)
            {
                return false;
            }

            _tags.RemoveAt(index);
            _infos.RemoveAt(index);
            return true;
        }

        public void Clear()
        {
            _tags.Clear();
            _infos.Clear();
        }

        public void Save()
        {
            var w = new RecordWriter(64 + _tags.Count * 48);
            w.WriteInt32(Magic);
            w.WriteInt32(Version);
            w.WriteInt16(_tags.Count);
            for (int i = 0; i < _tags.Count; i++)
            {
                var info = (IdTagInfo)_infos[i];
                w.WriteString((string)_tags[i]);
                w.WriteByte(info.Status);
                w.WriteInt64(info.ExpiryUtcMs);
                w.WriteString(info.ParentIdTag);
            }

            _storage.Write(_record, w.Seal());
        }
    }
}
