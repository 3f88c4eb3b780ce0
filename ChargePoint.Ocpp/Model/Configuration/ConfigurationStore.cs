using System;
using System.Collections;
using Measurand = ChargePoint.Ocpp.Model.Transactions.Measurand;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The configuration keys of every service as a table: a key is its number (declaration order; the Core keys are
    /// the <see cref="ConfigKeys"/> numbers), its name, value, type, flags and limits live in three arrays, so no object
    /// exists per key. Services keep the number and read <see cref="Int"/>/<see cref="Bool"/>/<see cref="Value"/>.
    /// - Declare* is idempotent: a second declaration of the same name returns the first key's number.
    /// - Values changed by ChangeConfiguration or <see cref="SetLocal"/> persist in one small record
    ///   (<see cref="RecordName"/>), written atomically as "name=value" lines; defaults are not stored.
    ///   A stored value is applied when its key is declared, if valid for the key's type and limits.
    /// </summary>
    public sealed partial class ConfigurationStore
    {
        public const string RecordName = "ocpp.config";

        /// <summary>Key types (low bits of a key's flags).</summary>
        public const int TypeBool = 0;
        public const int TypeInt = 1;
        public const int TypeString = 2;

        /// <summary>Comma separated list.</summary>
        public const int TypeCsl = 3;

        /// <summary>R in GetConfiguration; ChangeConfiguration answers Rejected.</summary>
        public const int ReadOnly = 4;

        /// <summary>Never reported by GetConfiguration (AuthorizationKey).</summary>
        public const int WriteOnly = 8;

        /// <summary>ChangeConfiguration answers RebootRequired; the new value is stored and used after the reboot.</summary>
        public const int RebootRequired = 16;

        /// <summary>A CSL whose items are measurand names (<see cref="Measurand"/>).</summary>
        public const int MeasurandItems = 32;

        /// <summary>Bound of the table: the full composition (every profile and the Security Whitepaper) declares 47 keys.</summary>
        public const int MaxKeys = 56;

        private readonly IStorage _storage;
        private readonly Hashtable _stored = new Hashtable();

        // Per key k: _num[5k] flags, [5k+1] Int minimum, [5k+2] Int maximum or String/CSL maximum length, [5k+3] the
        // value as a number (Int) or 1/0 (Bool), [5k+4] where the name is in _table (start * 256 + length; 0: a key
        // declared by name). _text[k]: a named key's name, a table key's value text (String and CSL keys; null: "").
        // Int and Bool values are their number (GetConfiguration reports it in canonical form).
        // A key with a validator, allowed items or (named String/CSL keys) a value text has rule r (flags bits 8 and up
        // hold r + 1): _rules[3r] validator, [3r+1] allowed items, [3r+2] value text; few keys have one, so _rules holds
        // those, not slots for every key. No string is made per key: names and defaults stay literals. On the
        // interpreter every slot is a 12-byte block, so the slots are what the table costs.
        // The arrays grow with the declarations (a table's lines at once, single keys a few at a time), so they hold
        // the keys declared, not MaxKeys: the growing is garbage once, at composition.
        private string[] _text = new string[0];
        private int[] _num = new int[0];
        private object[] _rules = new object[0];
        private int _ruleCount;
        private string _table = string.Empty;

        /// <summary>Number of declared keys (read only).</summary>
        public int Count;

        /// <summary>
        /// Raised with the key's number after it got a new value (ChangeConfiguration or device side). The engine's
        /// one-long delegate type rather than a type of its own (each delegate type is a class of four methods).
        /// </summary>
        public Rpc.SessionEventHandler Changed;

        public ConfigurationStore(IStorage storage)
        {
            _storage = storage;
            string[] lines = RecordText.ReadLines(storage, RecordName, "defaults used", true);
            for (int i = 0; lines != null && i < lines.Length; i++)
            {
                string line = lines[i];
                int eq = line.IndexOf('=');
                if (eq > 0)
                {
                    _stored[line.Substring(0, eq)] = RecordText.Unescape(line.Substring(eq + 1), false);
                }
            }
        }

        /// <summary>
        /// Linear search in declaration order: a few dozen keys, looked up by the Central System's requests and at
        /// declaration, never in Tick (services keep the numbers). -1 when unknown.
        /// </summary>
        public int Find(string name)
        {
            for (int k = 0; k < Count; k++)
            {
                int at = _num[5 * k + 4];
                string own = at == 0 ? _text[k] : null;
                bool same = own != null ? own == name : at % 256 == name.Length;
                for (int i = 0; own == null && same && i < name.Length; i++)
                {
                    same = _table[at / 256 + i] == name[i];
                }

                if (same)
                {
                    return k;
                }
            }

            return -1;
        }

        public string Name(int key)
        {
            int at = _num[5 * key + 4];
            return at == 0 ? _text[key] : _table.Substring(at / 256, at % 256);
        }

        /// <summary>Current value as its wire string.</summary>
        public string Value(int key)
        {
            int type = _num[5 * key] & 3;
            if (type >= TypeString)
            {
                return (_num[5 * key + 4] == 0 ? (string)Rule(key, 2) : _text[key]) ?? string.Empty;
            }

            return type == TypeInt ? Int(key).ToString() : Bool(key) ? "true" : "false";
        }

        /// <summary>The value of an Int key (0 if it is not a number).</summary>
        public int Int(int key) => _num[5 * key + 3];

        public bool Bool(int key) => _num[5 * key + 3] != 0;

        /// <summary>Type | flags (<see cref="TypeInt"/>, <see cref="ReadOnly"/>...).</summary>
        public int Flags(int key) => _num[5 * key] & 0xFF;

        /// <summary>An Int key's minimum; a String or CSL key's maximum length (limit 1) or an Int key's maximum (limit 2).</summary>
        public int Limit(int key, int which) => _num[5 * key + which];

        /// <summary>For a CSL: the allowed items (null = any; measurand lists name every measurand).</summary>
        public string[] AllowedItems(int key)
        {
            if ((_num[5 * key] & MeasurandItems) == 0)
            {
                var items = (string)Rule(key, 1);
                return items == null ? null : items.Split(new char[] { ' ' });
            }

            var all = new string[Measurand.Count];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = Measurand.ToText(i + 1);
            }

            return all;
        }

        /// <summary>Extra validation of a new value after the type and limit checks (false: Rejected).</summary>
        public ConfigValidator Validator(int key) => (ConfigValidator)Rule(key, 0);

        public void SetValidator(int key, ConfigValidator validator) => SetRule(key, 0, validator);

        // The key's validator (which 0), allowed items (1) or a named key's value text (2); null when it has none.
        private object Rule(int key, int which)
        {
            int r = _num[5 * key] >> 8;
            return r == 0 ? null : _rules[3 * (r - 1) + which];
        }

        private void SetRule(int key, int which, object value)
        {
            int r = _num[5 * key] >> 8;
            if (r == 0)
            {
                if (value == null)
                {
                    return;
                }

                if (3 * _ruleCount == _rules.Length)
                {
                    var grown = new object[3 * _ruleCount + 12];
                    Array.Copy(_rules, grown, 3 * _ruleCount);
                    _rules = grown;
                }

                r = ++_ruleCount;
                _num[5 * key] |= r << 8;
            }

            _rules[3 * (r - 1) + which] = value;
        }

        /// <summary>Whether a CSL value lists item (items compared trimmed; "" lists nothing).</summary>
        public bool HasItem(int key, string item)
        {
            var items = Value(key).Split(new char[] { ',' });
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i].Trim() == item)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
