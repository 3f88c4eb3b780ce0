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

        public string Expected(string name)
        {
            ConfigKey? key = _store.Find(name);
            if (key == null || key.Hidden)
            {
                return "a known key";
            }

            string text;
            switch (key.Type)
            {
                case ConfigType.Bool:
                    text = "true|false";
                    break;
                case ConfigType.Int:
                    text = key.Min == int.MinValue && key.Max == int.MaxValue ? "an integer"
                        : key.Max == int.MaxValue ? "an integer >= " + key.Min.ToString()
                        : "an integer " + key.Min.ToString() + ".." + key.Max.ToString();
                    break;
                case ConfigType.Csl:
                    text = "a comma-separated list of at most " + key.MaxLength.ToString() + " items"
                        + (key.AllowedItems != null ? " from " + Join(key.AllowedItems) : string.Empty);
                    break;
                default:
                    text = "text of at most " + key.MaxLength.ToString() + " characters";
                    break;
            }

            switch (name)
            {
                case ConfigKeys.AuthorizationKey:
                    return text + ": 32-40 hex digits (even count); not empty while SecurityProfile >= 1";
                case ConfigKeys.ConnectorPhaseRotation:
                    return text + ": <connector>.<rotation>, rotation NotApplicable|Unknown|RST|RTS|SRT|STR|TRS|TSR";
                case "SecurityProfile":
                    return text + ", never lower than now; 1+ needs an AuthorizationKey, 2+ a wss:// Central System URL";
            }

            return key.Validator != null && key.Type == ConfigType.Csl ? text + " that this meter measures" : text;
        }

        private static string Join(string[] items)
        {
            string s = string.Empty;
            for (int i = 0; i < items.Length; i++)
            {
                s += (i == 0 ? string.Empty : ",") + items[i];
            }

            return s;
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
