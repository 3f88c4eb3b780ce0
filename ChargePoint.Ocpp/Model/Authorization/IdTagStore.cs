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
            // Load the stored record (a return ends the constructor).
            byte[] data = _storage.Read(_record);
            if (data == null)
            {
                return;
            }

            try
            {
                Record r = Record.Sealed(data, Magic);
                if (r == null)
                {
                    throw new ArgumentException(Record.Corrupt); // CRC or magic: handled as every other corrupt record below
                }

                Table(r, true);
            }
            catch (ArgumentException)
            {
                Clear();
                Version = 0;
                StoreHealth.Report(_storage, _record, "id tags lost");
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
            var w = new Record(64 + _tags.Count * 48);
            w.Int(Magic, 4);
            Table(w, false);
            _storage.Write(_record, w.Seal());
        }

        /// <summary>
        /// Writes the table after the magic, or reads it from r into the empty table: one routine, field by field, so that the
        /// two directions cannot disagree on the stored bytes. Entries are read straight into the lists (no copy of the table).
        /// </summary>
        private void Table(Record r, bool read)
        {
            Version = (int)r.Int(Version, 4);
            int count = (int)r.Int(_tags.Count, 2);
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
        }
    }
}
