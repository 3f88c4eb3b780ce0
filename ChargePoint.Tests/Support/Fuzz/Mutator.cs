using ChargePoint.Firmware.App;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// Deterministic mutations for the fuzzers: the same seed gives the same inputs on the host and on the nanoCLR.
    /// Text is mutated through a char[] (never the string indexer, which is wrong for surrogates on nano).
    /// </summary>
    public sealed class Mutator
    {
        private static readonly string[] Tokens =
        {
            "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "0", "1e309", "-0.0", "NaN",
            "99999999999999999999", "2147483648", "{}", "[]", "\"\"", "\\u0000", "\\ud83d", "\ud83d\ude00", "\u00e9",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"2026-13-45T25:61:61Z\"", " ", "\n", "\u0000",
        };

        private readonly XorShiftRandom _random;

        public Mutator(uint seed)
        {
            _random = new XorShiftRandom(seed);
        }

        public int Next(int maxExclusive) => _random.Next(maxExclusive);

        /// <summary>One to four mutations of the text; splices may borrow from <paramref name="other"/>.</summary>
        public string Mutate(string text, string other)
        {
            char[] chars = text.ToCharArray();
            int rounds = 1 + Next(4);
            for (int r = 0; r < rounds; r++)
            {
                chars = MutateOnce(chars, other.ToCharArray());
            }

            return new string(chars);
        }

        /// <summary>One to three mutations of stored bytes: bit flips, torn tails, overwrites, zero fill, garbage appended.</summary>
        public byte[] Mutate(byte[] data)
        {
            byte[] bytes = data;
            int rounds = 1 + Next(3);
            for (int r = 0; r < rounds; r++)
            {
                bytes = MutateOnce(bytes);
            }

            return bytes;
        }

        private char[] MutateOnce(char[] chars, char[] other)
        {
            int n = chars.Length;
            switch (Next(7))
            {
                case 0:
                    if (n > 0)
                    {
                        int at = Next(n);
                        chars[at] = (char)(chars[at] ^ (1 << Next(16)));
                    }

                    return chars;
                case 1:
                    return Splice(chars, Next(n + 1), Next(3), Tokens[Next(Tokens.Length)].ToCharArray());
                case 2:
                    return n == 0 ? chars : Splice(chars, Next(n), 1 + Next(8), new char[0]);
                case 3:
                    {
                        if (n == 0)
                        {
                            return chars;
                        }

                        int from = Next(n);
                        int len = 1 + Next(n - from);
                        var copy = new char[len];
                        System.Array.Copy(chars, from, copy, 0, len);
                        return Splice(chars, Next(n + 1), 0, copy);
                    }

                case 4:
                    return Splice(chars, Next(n + 1), n, new char[0]);
                case 5:
                    {
                        int cut = Next(n + 1);
                        int otherFrom = Next(other.Length + 1);
                        var tail = new char[other.Length - otherFrom];
                        System.Array.Copy(other, otherFrom, tail, 0, tail.Length);
                        return Splice(chars, cut, n, tail);
                    }

                default:
                    if (n > 0)
                    {
                        chars[Next(n)] = (char)Next(0x80);
                    }

                    return chars;
            }
        }

        private byte[] MutateOnce(byte[] bytes)
        {
            int n = bytes.Length;
            byte[] copy = new byte[n];
            System.Array.Copy(bytes, copy, n);
            switch (Next(6))
            {
                case 0:
                    if (n > 0)
                    {
                        int at = Next(n);
                        copy[at] = (byte)(copy[at] ^ (1 << Next(8)));
                    }

                    return copy;
                case 1:
                    {
                        // A torn write: the tail never reached the flash.
                        var torn = new byte[Next(n + 1)];
                        System.Array.Copy(copy, torn, torn.Length);
                        return torn;
                    }

                case 2:
                    {
                        int from = Next(n + 1);
                        int len = Next(n - from + 1);
                        for (int i = from; i < from + len; i++)
                        {
                            copy[i] = (byte)Next(256);
                        }

                        return copy;
                    }

                case 3:
                    {
                        int from = Next(n + 1);
                        for (int i = from; i < n && i < from + 16; i++)
                        {
                            copy[i] = Next(2) == 0 ? (byte)0 : (byte)0xFF;
                        }

                        return copy;
                    }

                case 4:
                    {
                        int extra = 1 + Next(32);
                        var longer = new byte[n + extra];
                        System.Array.Copy(copy, longer, n);
                        for (int i = n; i < longer.Length; i++)
                        {
                            longer[i] = (byte)Next(256);
                        }

                        return longer;
                    }

                default:
                    return new byte[0];
            }
        }

        private static char[] Splice(char[] chars, int at, int removeCount, char[] insert)
        {
            if (at > chars.Length)
            {
                at = chars.Length;
            }

            if (removeCount > chars.Length - at)
            {
                removeCount = chars.Length - at;
            }

            var result = new char[chars.Length - removeCount + insert.Length];
            System.Array.Copy(chars, 0, result, 0, at);
            System.Array.Copy(insert, 0, result, at, insert.Length);
            System.Array.Copy(chars, at + removeCount, result, at + insert.Length, chars.Length - at - removeCount);
            return result;
        }
    }
}
