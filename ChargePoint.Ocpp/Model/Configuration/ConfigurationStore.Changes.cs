// ConfigurationStore: changing values (ChangeConfiguration, SetLocal): the checks of a value against its key, applying and persisting it.
using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using Measurand = ChargePoint.Ocpp.Model.Transactions.Measurand;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp
{
    public sealed partial class ConfigurationStore
    {
        /// <summary>
        /// ChangeConfiguration semantics: NotSupported for an unknown key, Rejected for a read-only key or a bad value,
        /// RebootRequired or Accepted otherwise (the value is then persisted and applied).
        /// </summary>
        public string Change(string name, string value)
        {
            int k = Find(name);
            if (k < 0)
            {
                return OcppEnum.NotSupported;
            }

            int flags = _num[5 * k];
            if ((flags & ReadOnly) != 0 || !SetLocal(name, value))
            {
                return OcppEnum.Rejected;
            }

            return (flags & RebootRequired) != 0 ? OcppEnum.RebootRequired : OcppEnum.Accepted;
        }

        /// <summary>Device-side change (console, firmware): bypasses read-only, still validated. False when invalid.</summary>
        public bool SetLocal(string name, string value)
        {
            int k = Find(name);
            if (k < 0 || !IsAcceptable(k, value))
            {
                return false;
            }

            bool changed = Value(k) != value;
            Set(k, value);
            _stored[name] = value;
            var sb = new StringBuilder(256);
            foreach (DictionaryEntry e in _stored)
            {
                sb.Append((string)e.Key);
                sb.Append('=');
                RecordText.Escape(sb, (string)e.Value, false);
                sb.Append('\n');
            }

            _storage.Write(RecordName, RecordText.Seal(RecordText.PlainBytes(sb)));
            if (changed && Changed != null)
            {
                Changed(k);
            }

            return true;
        }

        /// <summary>Checks a candidate value against type, limits, items and validator.</summary>
        private bool IsAcceptable(int k, string value)
        {
            int flags = _num[5 * k];
            int hi = _num[5 * k + 2];
            switch (flags & 3)
            {
                case TypeBool:
                    if (value != "true" && value != "false")
                    {
                        return false;
                    }

                    break;
                case TypeInt:
                    int v;
                    if (!TryParseInt(value, out v) || v < _num[5 * k + 1] || v > hi)
                    {
                        return false;
                    }

                    break;
                case TypeString:
                    if (value.Length > hi)
                    {
                        return false;
                    }

                    break;
                default:
                    if (value.Length == 0)
                    {
                        break;
                    }

                    var items = value.Split(new char[] { ',' });
                    if (items.Length > hi)
                    {
                        return false;
                    }

                    var allowed = (string)Rule(k, 1);
                    for (int i = 0; i < items.Length; i++)
                    {
                        string item = items[i].Trim();
                        if (item.Length == 0 || (allowed != null && !Messages.Validate.IsOneOf(item, allowed)) || ((flags & MeasurandItems) != 0 && Measurand.Parse(item) == 0))
                        {
                            return false;
                        }
                    }

                    break;
            }

            var validator = (ConfigValidator)Rule(k, 0);
            return validator == null || validator(value);
        }

        private void Set(int k, string value)
        {
            int v;
            if ((_num[5 * k] & 3) >= TypeString)
            {
                if (_num[5 * k + 4] == 0)
                {
                    SetRule(k, 2, value);
                }
                else
                {
                    _text[k] = value;
                }
            }

            _num[5 * k + 3] = (_num[5 * k] & 3) == TypeInt ? (TryParseInt(value, out v) ? v : 0) : (value == "true" ? 1 : 0);
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
