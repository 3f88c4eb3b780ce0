using ChargePoint.Ocpp.Model.Configuration;

namespace ChargePoint.Firmware.App
{
    /// <summary>
    /// The engine's configuration store as the console's <see cref="IOcppKeys"/>. Hidden keys are not shown;
    /// read-only keys are refused here (a technician changes what the Central System could change, no more);
    /// values are validated by the store exactly as for ChangeConfiguration.
    /// </summary>
    public sealed class OcppKeysAdapter : IOcppKeys
    {
        private readonly ConfigurationStore _store;

        public OcppKeysAdapter(ConfigurationStore store)
        {
            _store = store;
        }

        public string[] Keys()
        {
            int visible = 0;
            for (int i = 0; i < _store.Count; i++)
            {
                if (!_store.At(i).Hidden)
                {
                    visible++;
                }
            }

            var names = new string[visible];
            int n = 0;
            for (int i = 0; i < _store.Count; i++)
            {
                ConfigKey key = _store.At(i);
                if (!key.Hidden)
                {
                    names[n++] = key.Name;
                }
            }

            return names;
        }

        public bool TryGet(string name, out string value, out bool readOnly, out bool writeOnly)
        {
            ConfigKey? key = _store.Find(name);
            value = string.Empty;
            readOnly = false;
            writeOnly = false;
            if (key == null || key.Hidden)
            {
                return false;
            }

            readOnly = key.ReadOnly;
            writeOnly = key.WriteOnly;
            value = key.WriteOnly ? string.Empty : key.Value;
            return true;
        }

        public string Set(string name, string value)
        {
            ConfigKey? key = _store.Find(name);
            if (key == null || key.Hidden)
            {
                return "NotSupported";
            }

            if (key.ReadOnly || !_store.SetLocal(name, value))
            {
                return "Rejected";
            }

            return key.RebootRequired ? "RebootRequired" : "Accepted";
        }
    }
}
