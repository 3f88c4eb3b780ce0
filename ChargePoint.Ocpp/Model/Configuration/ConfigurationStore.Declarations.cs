// ConfigurationStore: declaring keys (one by one or a table's lines), each taking its stored value, and the arrays' room.
using System;

namespace ChargePoint.Ocpp
{
    public sealed partial class ConfigurationStore
    {
        public int DeclareBool(string name, bool defaultValue, bool readOnly) =>
            Declare(name, 0, TypeBool | (readOnly ? ReadOnly : 0), 0, 0, null, defaultValue ? 1 : 0, null);

        public int DeclareInt(string name, int defaultValue, int min, int max, bool readOnly) =>
            Declare(name, 0, TypeInt | (readOnly ? ReadOnly : 0), min, max, null, defaultValue, null);

        /// <summary>
        /// A text key: flags <see cref="TypeString"/> (at most maxLength chars; allowedItems null) or <see cref="TypeCsl"/>
        /// (a comma separated list of at most maxLength items, each one of the space-separated allowedItems, null = any; a
        /// const string, not an array built at run time), plus <see cref="ReadOnly"/> when it is. One method for both
        /// (a method per type cost the image a row and a name).
        /// </summary>
        public int Declare(string name, int flags, string defaultValue, int maxLength, string allowedItems) =>
            Declare(name, 0, flags, 0, maxLength, defaultValue, 0, allowedItems);

        /// <summary>
        /// Declares the keys of a table, one line each: "name|flags|Int minimum|Int maximum or length|default" (a Bool
        /// default is t or f; empty minimum 0, empty maximum int.MaxValue; "N" stands for <paramref name="n"/>, "M" for n + 1). The names and
        /// defaults are read where they are, in the table literal.
        /// </summary>
        public void DeclareTable(string table, int n)
        {
            _table = table;
            int lines = 1;
            for (int at = table.IndexOf('\n'); at >= 0 && at < table.Length - 1; at = table.IndexOf('\n', at + 1))
            {
                lines++;
            }

            Reserve(Count + lines);
            int i = 0;
            while (i < table.Length)
            {
                int start = i;
                i = table.IndexOf('|', i);
                int name = start * 256 + i - start;
                int flags = Number(table, ref i, n, 0);
                int lo = Number(table, ref i, n, 0);
                int hi = Number(table, ref i, n, int.MaxValue);
                int end = table.IndexOf('\n', i + 1);
                end = end < 0 ? table.Length : end;
                string text = (flags & 3) < TypeString || end == i + 1 ? null : table.Substring(i + 1, end - i - 1);
                Declare(null, name, flags, lo, hi, text, (flags & 3) == TypeBool ? (table[i + 1] == 't' ? 1 : 0) : Number(table, ref i, n, 0), null);
                i = end + 1;
            }
        }

        // The number after the '|' at i (i moves to the next '|' or line end).
        private static int Number(string t, ref int i, int n, int empty)
        {
            int v = 0;
            bool any = false;
            for (i++; i < t.Length && t[i] != '|' && t[i] != '\n'; i++)
            {
                char c = t[i];
                v = c == 'N' ? n : c == 'M' ? n + 1 : v * 10 + (c - '0');
                any = true;
            }

            return any ? v : empty;
        }

        // Declares a key (name null: at namePos in _table) and applies its stored value; returns its number.
        private int Declare(string name, int namePos, int flags, int lo, int hi, string text, int number, string allowedItems)
        {
            int k = Find(name ?? _table.Substring(namePos / 256, namePos % 256));
            if (k >= 0)
            {
                return k;
            }

            if (Count == MaxKeys)
            {
                throw new InvalidOperationException("over MaxKeys");
            }

            if (Count == _num.Length / 5)
            {
                Reserve(Count + 4);
            }

            k = Count++;
            _text[k] = name ?? text;
            int[] num = _num;
            int at = 5 * k;
            num[at] = flags;
            num[at + 1] = lo;
            num[at + 2] = hi;
            num[at + 3] = number;
            num[at + 4] = namePos;
            SetRule(k, 1, allowedItems);
            if (name != null)
            {
                SetRule(k, 2, text);
            }
            var stored = (string)_stored[Name(k)];
            if (stored != null && IsAcceptable(k, stored))
            {
                Set(k, stored);
            }

            return k;
        }

        // Room for keys keys (at most MaxKeys) in the three arrays.
        private void Reserve(int keys)
        {
            keys = keys < MaxKeys ? keys : MaxKeys;
            if (keys * 5 > _num.Length)
            {
                var num = new int[5 * keys];
                var text = new string[keys];
                Array.Copy(_num, num, 5 * Count);
                Array.Copy(_text, text, Count);
                _num = num;
                _text = text;
            }
        }
    }
}
