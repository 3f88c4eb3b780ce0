// JsonReader: reading values (strings, numbers, enums, dateTimes), each checked against its JSON type and caps.
using System;

namespace ChargePoint.Ocpp.Json
{
    public sealed partial class JsonReader
    {
        public string ReadString(string field)
        {
            Expect(KindString, field);
            _pos++;
            int start = _pos;
            bool escaped = ScanString();
            int length = _pos - 1 - start;
            if (escaped)
            {
                return Decode(start, length);
            }

            // A known word (enum value, action) comes back as the existing instance: no allocation.
            string known = Vocabulary?.Find(_s, start, length);
            return known ?? _s.Substring(start, length);
        }

        /// <summary>Reads a CiString of at most maxLength characters (TypeConstraintViolation when longer).</summary>
        public string ReadString(string field, int maxLength)
        {
            string value = ReadString(field);
            if (value.Length > maxLength)
            {
                throw TypeViolation(field, " over " + maxLength.ToString() + " chars");
            }

            return value;
        }

        /// <summary>Reads an integer (a number with a fraction or an exponent, or beyond the int range, is a TypeConstraintViolation).</summary>
        public int ReadInt(string field) => (int)Number(field, true);

        /// <summary>Reads an integer of at least <paramref name="min"/> (PropertyConstraintViolation below it).</summary>
        public int ReadInt(string field, int min)
        {
            int value = ReadInt(field);
            if (value < min)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, Field(field) + " below " + min.ToString());
            }

            return value;
        }

        /// <summary>
        /// Reads an enumeration string, one of the words of <paramref name="table"/> (an <c>All</c> of V16/DataTypes;
        /// PropertyConstraintViolation otherwise).
        /// </summary>
        public string ReadEnum(string field, string table)
        {
            string value = ReadString(field);
            if (!Messages.Validate.IsOneOf(value, table))
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, Field(field) + " invalid: '" + value + "'");
            }

            return value;
        }

        public double ReadDouble(string field) => Number(field, false);

        /// <summary>Reads a number; an integer one (<paramref name="integer"/>) has neither fraction nor exponent and fits an int.</summary>
        private double Number(string field, bool integer)
        {
            Expect(KindNumber, field);
            bool negative = _s[_pos] == '-';
            int scale;
            bool plain;
            long mantissa = ScanNumber(out scale, out plain);
            if (integer && !plain)
            {
                throw TypeViolation(field, " not an integer");
            }

            // Exact for up to 18 significant digits with a power-of-ten scale up to 22 (every OCPP decimal).
            double power = 1, b = 10;
            for (int n = scale < 0 ? -scale : scale; n > 0; n >>= 1)
            {
                if ((n & 1) != 0)
                {
                    power *= b;
                }

                b *= b;
            }

            double value = scale < 0 ? mantissa / power : mantissa * power;
            if (double.IsInfinity(value))
            {
                throw Formation("bad number");
            }

            value = negative ? -value : value;
            if (integer && (value < int.MinValue || value > int.MaxValue))
            {
                throw TypeViolation(field, " is out of range");
            }

            return value;
        }

        /// <summary>Reads an ISO 8601 dateTime as UTC (TypeConstraintViolation when malformed).</summary>
        public DateTime ReadDateTime(string field)
        {
            Expect(KindString, field);
            _pos++;
            int start = _pos;
            bool escaped = ScanString();
            int length = _pos - 1 - start;
            string s = _s;
            if (escaped)
            {
                s = Decode(start, length);
                start = 0;
                length = s.Length;
            }

            long ticks = IsoTime.Ticks(s, start, start + length);
            if (ticks < 0)
            {
                throw TypeViolation(field, " not a dateTime");
            }

            return new DateTime(ticks, DateTimeKind.Utc);
        }
    }
}
