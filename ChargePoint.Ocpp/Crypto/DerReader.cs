using System;
using System.Text;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// Strict DER reader over a byte range: single-byte tags, definite minimal lengths, bounds checked against the
    /// enclosing element. Malformed input throws ArgumentException. Each Read fills the Last* fields with the
    /// element just read; Enter returns a reader over its content (no copy).
    /// </summary>
    public sealed class DerReader
    {
        // ---- DER identifier octets used by X.509 and PKCS#10 (universal class, single-byte tags) ----

        public const int Boolean = 0x01;
        public const int Integer = 0x02;
        public const int BitString = 0x03;
        public const int OctetString = 0x04;
        public const int Null = 0x05;
        public const int ObjectIdentifier = 0x06;
        public const int Utf8String = 0x0C;
        public const int PrintableString = 0x13;
        public const int T61String = 0x14;
        public const int Ia5String = 0x16;
        public const int UtcTime = 0x17;
        public const int GeneralizedTime = 0x18;
        public const int Sequence = 0x30;
        public const int Set = 0x31;

        /// <summary>Context-specific constructed tag [0]; [n] is ContextConstructed | n.</summary>
        public const int ContextConstructed = 0xA0;

        // ---- Object identifiers X.509/PKCS#10 on P-256 need, as their DER content octets in lowercase hex: what ReadOid
        // returns and DerWriter.WriteOid takes, so the device needs no dotted-decimal codec (dotted forms in the comments).
        // Constants live here, not in classes of their own: a type costs the image a row and a name. ----

        /// <summary>1.2.840.10045.2.1 id-ecPublicKey.</summary>
        public const string EcPublicKey = "2a8648ce3d0201";

        /// <summary>1.2.840.10045.3.1.7 prime256v1 (P-256).</summary>
        public const string Prime256v1 = "2a8648ce3d030107";

        /// <summary>1.2.840.10045.4.3.2 ecdsa-with-SHA256.</summary>
        public const string EcdsaWithSha256 = "2a8648ce3d040302";

        /// <summary>2.5.4.3 commonName.</summary>
        public const string CommonName = "550403";

        /// <summary>2.5.4.6 countryName.</summary>
        public const string Country = "550406";

        /// <summary>2.5.4.10 organizationName.</summary>
        public const string Organization = "55040a";

        /// <summary>The one message of every ArgumentException of the cryptography but SHA-256's (DER, OID, X.509, hex, keys, CSR names): callers say what was bad. Hex (in the loader's assembly) holds the text.</summary>
        public const string Malformed = Hex.Malformed;

        /// <summary>The exception for bad input (<c>throw DerReader.Bad()</c>: one call instead of a message and a constructor at each check).</summary>
        internal static ArgumentException Bad()
        {
            return new ArgumentException(Malformed);
        }

        /// <summary>The whole buffer the offsets refer to.</summary>
        public readonly byte[] Data;
        private readonly int _end;
        private int _pos;

        public DerReader(byte[] data)
            : this(data, 0, data == null ? 0 : data.Length)
        {
        }

        public DerReader(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || offset + count > data.Length)
            {
                throw Bad();
            }

            Data = data;
            _pos = offset;
            _end = offset + count;
        }

        public bool HasMore => _pos < _end;

        /// <summary>Offset of the last element's identifier octet in Data.</summary>
        public int LastOffset;

        public int LastContentOffset;

        public int LastContentLength;

        /// <summary>The next tag without consuming it, or -1 at the end.</summary>
        public int PeekTag()
        {
            return _pos < _end ? Data[_pos] : -1;
        }

        /// <summary>Reads the next element whatever its tag; returns the tag.</summary>
        public int Read()
        {
            byte[] d = Data; // locals: smaller byte code than the fields
            int pos = _pos;
            int end = _end;
            if (pos + 2 > end)
            {
                throw Bad();
            }

            int start = pos;
            int tag = d[pos++];
            if ((tag & 0x1F) == 0x1F)
            {
                throw Bad();
            }

            int length = d[pos++];
            if (length >= 0x80)
            {
                int n = length & 0x7F;
                if (n == 0 || n > 3 || pos + n > end)
                {
                    throw Bad();
                }

                length = 0;
                for (int i = 0; i < n; i++)
                {
                    length = (length << 8) | d[pos++];
                }

                if (length < 0x80 || (n > 1 && length < (1 << (8 * (n - 1)))))
                {
                    throw Bad();
                }
            }

            if (length > end - pos)
            {
                throw Bad();
            }

            LastOffset = start;
            LastContentOffset = pos;
            LastContentLength = length;
            _pos = pos + length;
            return tag;
        }

        /// <summary>Reads the next element and checks its tag.</summary>
        public void Read(int expectedTag)
        {
            if (PeekTag() != expectedTag)
            {
                throw Bad();
            }

            Read();
        }

        /// <summary>Reads an element with the given tag and returns a reader over its content.</summary>
        public DerReader Enter(int expectedTag)
        {
            Read(expectedTag);
            return new DerReader(Data, LastContentOffset, LastContentLength);
        }

        /// <summary>Throws unless the whole range was consumed.</summary>
        public void ExpectEnd()
        {
            if (_pos != _end)
            {
                throw Bad();
            }
        }

        /// <summary>A copy of the last element, tag and length included.</summary>
        public byte[] CopyLast()
        {
            var result = new byte[_pos - LastOffset]; // Read leaves _pos right after the element
            Array.Copy(Data, LastOffset, result, 0, result.Length);
            return result;
        }

        /// <summary>
        /// A non-negative INTEGER as big-endian bytes left-padded to exactly size bytes. Throws when negative, not
        /// minimally encoded or larger than size bytes.
        /// </summary>
        public byte[] ReadUnsignedInteger(int size)
        {
            Read(DerReader.Integer);
            int off = LastContentOffset;
            int len = LastContentLength;
            if (len == 0 || (Data[off] & 0x80) != 0)
            {
                throw Bad();
            }

            if (len > 1 && Data[off] == 0 && (Data[off + 1] & 0x80) == 0)
            {
                throw Bad();
            }

            if (Data[off] == 0)
            {
                off++;
                len--;
            }

            if (len > size)
            {
                throw Bad();
            }

            var result = new byte[size];
            Array.Copy(Data, off, result, size - len, len);
            return result;
        }

        /// <summary>
        /// An OBJECT IDENTIFIER as its content octets in lowercase hex (compare with the OID constants of <see cref="DerReader"/>). The arcs must be
        /// well-formed base-128 (no leading 0x80 octet, the last octet ends an arc).
        /// </summary>
        public string ReadOid()
        {
            Read(DerReader.ObjectIdentifier);
            int end = LastContentOffset + LastContentLength;
            bool start = true;
            for (int i = LastContentOffset; i < end; i++)
            {
                if (start && Data[i] == 0x80)
                {
                    throw Bad();
                }

                start = (Data[i] & 0x80) == 0;
            }

            if (!start || LastContentLength == 0)
            {
                throw Bad();
            }

            return Hex.Encode(Data, LastContentOffset, LastContentLength);
        }

        /// <summary>A BIT STRING with no unused bits: its octets after the unused-bits octet.</summary>
        public byte[] ReadBitString()
        {
            Read(DerReader.BitString);
            if (LastContentLength < 1 || Data[LastContentOffset] != 0)
            {
                throw Bad();
            }

            var result = new byte[LastContentLength - 1];
            Array.Copy(Data, LastContentOffset + 1, result, 0, result.Length);
            return result;
        }

        /// <summary>The next element: a character string (UTF8String, PrintableString, IA5String, T61String) decoded as UTF-8, or null when it is of another type.</summary>
        public string ReadString()
        {
            int tag = Read();
            if (tag != DerReader.Utf8String && tag != DerReader.PrintableString && tag != DerReader.Ia5String && tag != DerReader.T61String)
            {
                return null;
            }

            return LastContentLength == 0 ? string.Empty : Encoding.UTF8.GetString(Data, LastContentOffset, LastContentLength);
        }
    }
}
