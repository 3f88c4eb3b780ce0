using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>
    /// The key store shared by every service (OCPP keys) and by the device settings (hidden keys).
    /// - Services declare their keys at composition time (Declare* is idempotent: a second declaration of the
    ///   same name returns the first key, so two services may both declare a key they read).
    /// - Values changed by ChangeConfiguration or <see cref="SetLocal"/> persist in one small record
    ///   (<see cref="RecordName"/>), written atomically as "name=value" lines; defaults are not stored.
    ///   A stored value is applied when its key is declared, if still valid.
    /// </summary>
    public sealed class ConfigurationStore
    {
        public const string RecordName = "ocpp.config";

        private readonly IStorage _storage;
        private readonly ArrayList _order = new ArrayList();
        private readonly Hashtable _stored = new Hashtable();

        public ConfigurationStore(IStorage storage)
        {
            _storage = storage;
            Load();
        }

        public int Count => _order.Count;

        public ConfigKey DeclareBool(string name, bool defaultValue, bool readOnly) =>
            Declare(name, ConfigType.Bool, defaultValue ? "true" : "false", readOnly);

        public ConfigKey DeclareInt(string name, int defaultValue, int min, int max, bool readOnly)
        {
            return Declare(name, ConfigType.Int, defaultValue.ToString(), readOnly, min, max, 500, null);
        }

        public ConfigKey DeclareString(string name, string defaultValue, int maxLength, bool readOnly)
        {
            return Declare(name, ConfigType.String, defaultValue, readOnly, int.MinValue, int.MaxValue, maxLength, null);
        }

        /// <summary>A comma separated list of at most maxItems items, each in allowedItems (null = any).</summary>
        public ConfigKey DeclareCsl(string name, string defaultValue, string[]? allowedItems, int maxItems, bool readOnly)
        {
            return Declare(name, ConfigType.Csl, defaultValue, readOnly, int.MinValue, int.MaxValue, maxItems, allowedItems);
        }

        /// <summary>
        /// Linear search in declaration order: a few dozen keys, looked up by the Central System's requests and at
        /// declaration, never in Tick (services keep their keys), so no Hashtable is kept for it.
        /// </summary>
        public ConfigKey? Find(string name)
        {
            for (int i = 0; i < _order.Count; i++)
            {
                var key = (ConfigKey)_order[i]!;
                if (key.Name == name)
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>Keys in declaration order.</summary>
        public ConfigKey At(int index) => (ConfigKey)_order[index]!;

        /// <summary>
        /// ChangeConfiguration semantics: NotSupported for an unknown or hidden key, Rejected for a read-only key or a bad
        /// value, RebootRequired or Accepted otherwise (the value is then persisted and applied).
        /// </summary>
        public string Change(string name, string value)
        {
            var key = Find(name);
            if (key == null || key.Hidden)
            {
                return ConfigurationStatus.NotSupported;
            }

            if (key.ReadOnly || !key.IsAcceptable(value))
            {
                return ConfigurationStatus.Rejected;
            }

            Apply(key, value);
            return key.RebootRequired ? ConfigurationStatus.RebootRequired : ConfigurationStatus.Accepted;
        }

        /// <summary>Device-side change (console, firmware): bypasses read-only and hidden, still validated. False when invalid.</summary>
        public bool SetLocal(string name, string value)
        {
            var key = Find(name);
            if (key == null || !key.IsAcceptable(value))
            {
                return false;
            }

            Apply(key, value);
            return true;
        }

        private ConfigKey Declare(string name, int type, string defaultValue, bool readOnly) =>
            Declare(name, type, defaultValue, readOnly, int.MinValue, int.MaxValue, 500, null);

        private ConfigKey Declare(string name, int type, string defaultValue, bool readOnly, int min, int max, int maxLength, string[]? allowedItems)
        {
            var existing = Find(name);
            if (existing != null)
            {
                return existing;
            }

            var key = new ConfigKey(this, name, type, defaultValue);
            key.ReadOnly = readOnly;
            key.Min = min;
            key.Max = max;
            key.MaxLength = maxLength;
            key.AllowedItems = allowedItems;
            _order.Add(key);
            ApplyStored(key);
            return key;
        }

        /// <summary>Re-applies a stored value once the key's limits are complete (called again after setting AllowedItems or Validator).</summary>
        public void ApplyStored(ConfigKey key)
        {
            var stored = (string?)_stored[key.Name];
            if (stored != null && stored != key.Value && key.IsAcceptable(stored))
            {
                key.Set(stored);
            }
        }

        private void Apply(ConfigKey key, string value)
        {
            bool changed = key.Value != value;
            key.Set(value);
            _stored[key.Name] = value;
            Save();
            if (changed)
            {
                key.RaiseChanged();
            }
        }

        private void Save()
        {
            var sb = new StringBuilder(256);
            foreach (DictionaryEntry e in _stored)
            {
                sb.Append((string)e.Key);
                sb.Append('=');
                RecordText.Escape(sb, (string)e.Value!, false);
                sb.Append('\n');
            }

            _storage.Write(RecordName, RecordText.Bytes(sb));
        }

        private void Load()
        {
            byte[]? data = _storage.Read(RecordName);
            if (data == null || data.Length == 0)
            {
                return;
            }

            int length = RecordText.CheckedLength(_storage, RecordName, data, "configuration reset to defaults");
            if (length == RecordText.Corrupt)
            {
                return;
            }

            var lines = RecordText.Lines(data, length);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int eq = line.IndexOf('=');
                if (eq <= 0)
                {
                    continue;
                }

                _stored[line.Substring(0, eq)] = RecordText.Unescape(line.Substring(eq + 1), false);
            }
        }
    }
}
