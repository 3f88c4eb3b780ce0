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

                Version = (int)r.Int(0, 4);
                int count = (int)r.Int(0, 2);
                for (int i = 0; i < count; i++)
                {
                    string tag = r.Text(null) ?? "";
                    int status = (int)r.Int(0, 1);
                    long expiry = r.Int(0, 8);
                    string parent = r.Text(null);
                    _tags.Add(tag);
                    _infos.Add(new IdTagInfo(status, expiry, parent));
                }
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

        /// <summary>Copies the entries, oldest first, into arrays of <see cref="Count"/> (a snapshot to restore from with Put).</summary>
        public void CopyTo(string[] tags, IdTagInfo[] infos)
        {
            _tags.CopyTo(tags);
            _infos.CopyTo(infos);
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
            w.Int(Version, 4);
            w.Int(_tags.Count, 2);
            for (int i = 0; i < _tags.Count; i++)
            {
                var info = (IdTagInfo)_infos[i];
                w.Text((string)_tags[i]);
                w.Int(info.Status, 1);
                w.Int(info.ExpiryUtcMs, 8);
                w.Text(info.ParentIdTag);
            }

            _storage.Write(_record, w.Seal());
        }
    }
}
