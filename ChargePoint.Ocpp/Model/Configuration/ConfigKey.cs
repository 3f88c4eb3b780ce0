namespace ChargePoint.Ocpp.Model.Configuration
{
    /// <summary>
    /// One configuration key: type, access, limits and current value. Declared through <see cref="ConfigurationStore"/>;
    /// services keep the reference and read <see cref="IntValue"/>/<see cref="BoolValue"/>/<see cref="Value"/> (no lookups in Tick).
    /// </summary>
    public sealed class ConfigKey
    {
        // The flags share one field: on the nanoCLR every field is a 12-byte slot, whatever its type (45 keys).
        private const int FlagReadOnly = 1;
        private const int FlagWriteOnly = 2;
        private const int FlagHidden = 4;
        private const int FlagRebootRequired = 8;
        private const int FlagBoolValue = 16;
        private const int TypeShift = 8; // the ConfigType lives above the flags

        private int _flags;

        // An Int key uses Min and Max, a String or CSL key MaxLength: two slots serve the three limits.
        private int _lo;
        private int _hi = int.MaxValue;

        internal ConfigKey(ConfigurationStore store, string name, int type, string value)
        {
            Store = store;
            Name = name;
            _flags = type << TypeShift;
            _lo = type == ConfigType.Int ? int.MinValue : 500;
            Set(value);
        }

        public readonly string Name;

        /// <summary>The store that owns the key (to change it locally: <c>key.Store.SetLocal(key.Name, value)</c>).</summary>
        public readonly ConfigurationStore Store;

        /// <summary>A <see cref="ConfigType"/> value.</summary>
        public int Type
        {
            get { return _flags >> TypeShift; }
        }

        /// <summary>R in GetConfiguration; ChangeConfiguration answers Rejected.</summary>
        public bool ReadOnly
        {
            get { return (_flags & FlagReadOnly) != 0; }
            set { SetFlag(FlagReadOnly, value); }
        }

        /// <summary>Never reported by GetConfiguration (AuthorizationKey, device secrets).</summary>
        public bool WriteOnly
        {
            get { return (_flags & FlagWriteOnly) != 0; }
            set { SetFlag(FlagWriteOnly, value); }
        }

        /// <summary>Device setting: not visible to, nor changeable by, the Central System.</summary>
        public bool Hidden
        {
            get { return (_flags & FlagHidden) != 0; }
            set { SetFlag(FlagHidden, value); }
        }

        /// <summary>ChangeConfiguration answers RebootRequired; the new value is stored and used after the reboot.</summary>
        public bool RebootRequired
        {
            get { return (_flags & FlagRebootRequired) != 0; }
            set { SetFlag(FlagRebootRequired, value); }
        }

        /// <summary>Lowest value of an Int key (int.MinValue for the other types).</summary>
        public int Min
        {
            get { return Type == ConfigType.Int ? _lo : int.MinValue; }
            set
            {
                if (Type == ConfigType.Int)
                {
                    _lo = value;
                }
            }
        }

        /// <summary>Highest value of an Int key (int.MaxValue for the other types).</summary>
        public int Max
        {
            get { return Type == ConfigType.Int ? _hi : int.MaxValue; }
            set
            {
                if (Type == ConfigType.Int)
                {
                    _hi = value;
                }
            }
        }

        /// <summary>Maximum string length, or for a CSL the maximum number of items (500 for an Int key).</summary>
        public int MaxLength
        {
            get { return Type == ConfigType.Int ? 500 : _lo; }
            set
            {
                if (Type != ConfigType.Int)
                {
                    _lo = value;
                }
            }
        }

        /// <summary>For a CSL: the allowed items (null = any).</summary>
        public string[]? AllowedItems;

        public ConfigValidator? Validator;

        public event ConfigChangedHandler? Changed;

        /// <summary>Current value as its wire string.</summary>
        public string Value { get; private set; } = string.Empty;

        public int IntValue { get; private set; }

        public bool BoolValue
        {
            get { return (_flags & FlagBoolValue) != 0; }
        }

        /// <summary>Checks a candidate value against type, range, items and validator.</summary>
        public bool IsAcceptable(string value)
        {
            switch (Type)
            {
                case ConfigType.Bool:
                    if (value != "true" && value != "false")
                    {
                        return false;
                    }

                    break;
                case ConfigType.Int:
                    int v;
                    if (!TryParseInt(value, out v) || v < Min || v > Max)
                    {
                        return false;
                    }

                    break;
                case ConfigType.String:
                    if (value.Length > MaxLength)
                    {
                        return false;
                    }

                    break;
                case ConfigType.Csl:
                    if (!IsValidList(value))
                    {
                        return false;
                    }

                    break;
            }

            return Validator == null || Validator(value);
        }

        /// <summary>The items of a CSL value (empty array for "").</summary>
        public string[] Items()
        {
            if (Value.Length == 0)
            {
                return new string[0];
            }

            var items = Value.Split(new char[] { ',' });
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = items[i].Trim();
            }

            return items;
        }

        internal void Set(string value)
        {
            Value = value;
            if (Type == ConfigType.Int)
            {
                int v;
                IntValue = TryParseInt(value, out v) ? v : 0;
            }
            else if (Type == ConfigType.Bool)
            {
                SetFlag(FlagBoolValue, value == "true");
            }
        }

        internal void RaiseChanged() => Changed?.Invoke(this);

        private void SetFlag(int flag, bool on)
        {
            _flags = on ? _flags | flag : _flags & ~flag;
        }

        private bool IsValidList(string value)
        {
            if (value.Length == 0)
            {
                return true;
            }

            var items = value.Split(new char[] { ',' });
            if (items.Length > MaxLength)
            {
                return false;
            }

            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i].Trim();
                if (item.Length == 0)
                {
                    return false;
                }

                if (AllowedItems != null && !Contains(AllowedItems, item))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(string[] list, string item)
        {
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] == item)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Strict decimal integer: optional '-', digits only (no '+', spaces or fractions).</summary>
        public static bool TryParseInt(string s, out int value)
        {
            value = 0;
            int i = 0;
            bool negative = false;
            if (s.Length > 0 && s[0] == '-')
            {
                negative = true;
                i = 1;
            }

            if (i >= s.Length || s.Length - i > 10)
            {
                return false;
            }

            long acc = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                acc = acc * 10 + (c - '0');
            }

            if (negative)
            {
                acc = -acc;
            }

            if (acc < int.MinValue || acc > int.MaxValue)
            {
                return false;
            }

            value = (int)acc;
            return true;
        }
    }
}
