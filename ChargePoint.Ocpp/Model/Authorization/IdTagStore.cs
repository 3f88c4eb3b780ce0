using System;
using System.Collections;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
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
            byte[] data = storage.Read(record);
            if (data != null)
            {
                Table(data);
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
            _storage.Write(_record, Table(null));
        }

        /// <summary>
        /// With data null: the table as a sealed record (what <see cref="Save"/> stores). Otherwise: replaces the table with
        /// the one in data; a corrupt record leaves it empty (version 0) and is reported. One routine, field by field, so
        /// that the two directions cannot disagree on the stored bytes.
        /// </summary>
        internal byte[] Table(byte[] data)
        {
            bool read = data != null;
            int count = _tags.Count;
            try
            {
                Record r = read ? Record.Sealed(data, Magic) : new Record(64 + count * 48);
                if (r == null)
                {
                    throw new ArgumentException(Record.Corrupt); // CRC or magic: handled as every other corrupt record below
                }

                if (read)
                {
                    Clear();
                }
                else
                {
                    r.Int(Magic, 4);
                }

                Version = (int)r.Int(Version, 4);
                count = (int)r.Int(count, 2);
                for (int i = 0; i < count; i++)
                {
                    var info = read ? null : (IdTagInfo)_infos[i];
                    string tag = r.Text(read ? null : (string)_tags[i]);
                    int status = (int)r.Int(read ? 0 : info.Status, 1);
                    long expiry = r.Int(read ? 0 : info.ExpiryUtcMs, 8);
                    string parent = r.Text(read ? null : info.ParentIdTag);
                    if (read)
                    {
                        _tags.Add(tag ?? "");
                        _infos.Add(new IdTagInfo(status, expiry, parent));
                    }
                }

                return read ? null : r.Seal();
            }
            catch (ArgumentException)
            {
                if (!read)
                {
                    throw;
                }

                Clear();
                Version = 0;
                StoreHealth.Report(_storage, _record, "id tags lost");
                return null;
            }
        }
    }
}
