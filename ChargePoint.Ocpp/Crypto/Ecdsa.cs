using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>
    /// ECDSA over P-256 (FIPS 186-4) with SHA-256 hashes: verification, signing with RFC 6979 deterministic nonces
    /// (HMAC-SHA256; no RNG needed) and key generation by rejection sampling from an injected entropy source.
    /// Signatures are r | s, 32 big-endian bytes each (<see cref="ToDer"/>/<see cref="FromDer"/> for DER: Verify(key, hash, FromDer(der)) refuses malformed DER, as FromDer gives null).
    /// Secret-dependent work (scalar multiplication, inversions, nonce generation) runs in constant time; the only
    /// value-dependent branches are the accept/reject decisions of the nonce and key loops.
    /// Scratch buffers are allocated once per instance; an instance is not thread-safe.
    /// Cost accounting (benchmarks, tests): Curve.Fp and Curve.Fn.Multiplications count the Montgomery multiplications
    /// mod p and mod n (settable counters), Hmac.Blocks the SHA-256 compressions of the RFC 6979 HMACs.
    /// </summary>
    public sealed class Ecdsa
    {
        public const int ScalarSize = 32;
        public const int PublicKeySize = 65;
        public const int SignatureSize = 64;
        private const int MaxKeyAttempts = 64;

        /// <summary>The curve (exposed for its operation counters).</summary>
        public readonly P256Curve Curve = new P256Curve();

        /// <summary>The hash of the RFC 6979 HMACs (<see cref="Sha256.Mac"/>; exposed for its block counter).</summary>
        public readonly Sha256 Hmac = new Sha256();
        private readonly uint[][] _p1 = P256Curve.Point();
        private readonly uint[][] _p2 = P256Curve.Point();
        private readonly uint[] _e = new uint[ModularField.Limbs];
        private readonly uint[] _r = new uint[ModularField.Limbs];
        private readonly uint[] _s = new uint[ModularField.Limbs];
        private readonly uint[] _w = new uint[ModularField.Limbs];
        private readonly uint[] _d = new uint[ModularField.Limbs];
        private readonly byte[] _bytes = new byte[ScalarSize];
        private readonly byte[] _hmacK = new byte[ScalarSize];
        private readonly byte[] _hmacV = new byte[3 * ScalarSize + 1]; // V, then room for the separator octet, the key and e

        // ---------------------------------------------------------------- verification

        /// <summary>Verifies a 64-byte r | s signature over a message hash with an uncompressed public key (0x04 | X | Y).</summary>
        public bool Verify(byte[] publicKey, byte[] messageHash, byte[] signature)
        {
            if (signature == null || signature.Length != SignatureSize || publicKey == null || publicKey.Length != PublicKeySize
                || publicKey[0] != 0x04 || messageHash == null || messageHash.Length == 0)
            {
                return false;
            }

            ModularField.FromBytes(_r, signature, 0);
            ModularField.FromBytes(_s, signature, ScalarSize);
            if (!InRange(_r) || !InRange(_s))
            {
                return false; // r, s must be in [1, n-1]
            }

            if (!Curve.TryLoad(_p2, publicKey, 1, publicKey, 1 + ScalarSize))
            {
                return false; // not on the curve (infinity has no encoding here)
            }

            HashToScalar(_e, messageHash);
            ModularField fn = Curve.Fn;
            fn.ToMontgomery(_w, _s);
            fn.Invert(_w, _w);                 // w = s^-1 (Montgomery form)
            fn.Mul(_e, _e, _w);                // u1 = e w (plain: one Montgomery factor cancels)
            fn.Mul(_s, _r, _w);                // u2 = r w
            ModularField.ToBytes(_bytes, 0, _e);
            ModularField.ToBytes(_hmacK, 0, _s);                // (the signing scratch is free while verifying)
            Curve.MultiplyAddPublic(_p1, _bytes, _hmacK, _p2);  // u1 G + u2 Q
            if (!Curve.ToAffine(_e, _w, _p1))
            {
                return false;
            }

            fn.Reduce(_e, _e, 0);
            fn.Sub(_e, _e, _r); // both below n: zero exactly when x mod n = r
            return ModularField.ZeroMask(_e) != 0;
        }

        // ---------------------------------------------------------------- signing

        /// <summary>
        /// Signs a message hash with RFC 6979 deterministic k (HMAC-SHA256). Returns r | s (64 bytes). The private
        /// key must be 32 bytes in [1, n-1].
        /// </summary>
        public byte[] Sign(byte[] privateKey, byte[] messageHash)
        {
            LoadKey(privateKey, messageHash == null || messageHash.Length == 0);
            HashToScalar(_e, messageHash);
            var signature = new byte[SignatureSize];
            ModularField fn = Curve.Fn;

            // RFC 6979 3.2 b-f, with qlen = hlen = 256: int2octets(x) = the key, bits2octets(h1) = e mod n.
            for (int i = 0; i < ScalarSize; i++)
            {
                _hmacV[i] = 0x01;
                _hmacK[i] = 0x00;
            }

            ModularField.ToBytes(_bytes, 0, _e);
            NextK(0, privateKey);
            NextK(1, privateKey);

            while (true)
            {
                // 3.2 h: T = V = HMAC_K(V) (one block: hlen = qlen); k = bits2int(T).
                Hmac.Mac(_hmacK, _hmacV, ScalarSize, _hmacV);
                ModularField.FromBytes(_s, _hmacV, 0);   // k
                if (InRange(_s))
                {
                    fn.ToMontgomery(_w, _s);
                    Curve.Generator(_p1);
                    Curve.Multiply(_p1, _p1, _hmacV, 0);
                    Curve.ToAffine(_r, _s, _p1);
                    fn.Reduce(_r, _r, 0);                   // r = x mod n
                    fn.Invert(_w, _w);                     // k^-1 (Montgomery form)
                    fn.ToMontgomery(_s, _d);
                    fn.Mul(_s, _r, _s);                    // r d
                    fn.Add(_s, _s, _e);                    // e + r d
                    fn.Mul(_s, _s, _w);                    // s = k^-1 (e + r d)
                    uint zero = ModularField.ZeroMask(_r) | ModularField.ZeroMask(_s);
                    if (zero == 0)
                    {
                        ModularField.ToBytes(signature, 0, _r);
                        ModularField.ToBytes(signature, ScalarSize, _s);
                        break;
                    }
                }

                // 3.2 h.3: K = HMAC_K(V | 0x00), V = HMAC_K(V), then try again.
                NextK(0, null);
            }

            Wipe();
            return signature;
        }

        /// <summary>K = HMAC_K(V | separator [| key | e]) (RFC 6979 3.2 d/f with the key, h.3 without), then V = HMAC_K(V).</summary>
        private void NextK(byte separator, byte[] privateKey)
        {
            _hmacV[ScalarSize] = separator;
            int n = ScalarSize + 1;
            if (privateKey != null)
            {
                Array.Copy(privateKey, 0, _hmacV, n, ScalarSize);
                Array.Copy(_bytes, 0, _hmacV, n + ScalarSize, ScalarSize);
                n += 2 * ScalarSize;
            }

            Hmac.Mac(_hmacK, _hmacV, n, _hmacK);
            Hmac.Mac(_hmacK, _hmacV, ScalarSize, _hmacV);
        }

        // ---------------------------------------------------------------- keys

        /// <summary>
        /// A new key pair: 32 bytes from the entropy source as a candidate private key, rejected and redrawn unless in
        /// [1, n-1] (probability of a redraw ~2^-32). Throws after 64 rejections (a broken source).
        /// </summary>
        public EcKeyPair GenerateKeyPair(IEntropySource entropy)
        {
            var privateKey = new byte[ScalarSize];
            for (int attempt = 0; attempt < MaxKeyAttempts; attempt++)
            {
                entropy.Fill(privateKey);
                ModularField.FromBytes(_d, privateKey, 0);
                if (InRange(_d))
                {
                    byte[] publicKey = DerivePublicKey(privateKey);
                    return new EcKeyPair(privateKey, publicKey);
                }
            }

            Array.Clear(privateKey, 0, ScalarSize);
            Wipe();
            throw new InvalidOperationException("bad entropy");
        }

        /// <summary>The public key (65 bytes, 0x04 | X | Y) of a private key in [1, n-1].</summary>
        public byte[] DerivePublicKey(byte[] privateKey)
        {
            LoadKey(privateKey, false);
            Curve.Generator(_p1);
            Curve.Multiply(_p1, _p1, privateKey, 0);
            Curve.ToAffine(_e, _w, _p1);
            var publicKey = new byte[PublicKeySize];
            publicKey[0] = 0x04;
            ModularField.ToBytes(publicKey, 1, _e);
            ModularField.ToBytes(publicKey, 1 + ScalarSize, _w);
            Wipe();
            return publicKey;
        }

        // ---------------------------------------------------------------- helpers

        /// <summary>ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } (RFC 3279) of r | s (32 bytes each, as <see cref="Sign"/> gives them).</summary>
        public static byte[] ToDer(byte[] rs)
        {
            var w = new DerWriter(72);
            int seq = w.Begin(DerReader.Sequence);
            w.WriteUnsignedInteger(rs, 0, ScalarSize);
            w.WriteUnsignedInteger(rs, ScalarSize, ScalarSize);
            w.End(seq);
            return w.ToArray();
        }

        /// <summary>r | s from strict DER, or null when malformed (negative, non-minimal, over 32 bytes, trailing data).</summary>
        public static byte[] FromDer(byte[] der)
        {
            if (der == null)
            {
                return null;
            }

            try
            {
                var outer = new DerReader(der);
                DerReader seq = outer.Enter(DerReader.Sequence);
                outer.ExpectEnd();
                byte[] r = seq.ReadUnsignedInteger(ScalarSize);
                byte[] s = seq.ReadUnsignedInteger(ScalarSize);
                seq.ExpectEnd();
                var rs = new byte[SignatureSize];
                Array.Copy(r, 0, rs, 0, ScalarSize);
                Array.Copy(s, 0, rs, ScalarSize, ScalarSize);
                return rs;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        /// <summary>1 ≤ a &lt; n (constant time; the caller branches on the answer only).</summary>
        private bool InRange(uint[] a)
        {
            return ((~ModularField.ZeroMask(a) & 1) & Curve.Fn.IsReduced(a)) != 0;
        }

        /// <summary>_d = the private key; throws unless it is 32 bytes in [1, n-1] and bad is false.</summary>
        private void LoadKey(byte[] privateKey, bool bad)
        {
            bad |= privateKey == null || privateKey.Length != ScalarSize;
            if (!bad)
            {
                ModularField.FromBytes(_d, privateKey, 0);
                bad = !InRange(_d);
            }

            if (bad)
            {
                throw DerReader.Bad();
            }
        }

        /// <summary>e = bits2int(hash) mod n: the leftmost 256 bits of the hash.</summary>
        private void HashToScalar(uint[] e, byte[] hash)
        {
            Array.Clear(_bytes, 0, ScalarSize);
            if (hash.Length >= ScalarSize)
            {
                Array.Copy(hash, 0, _bytes, 0, ScalarSize);
            }
            else
            {
                Array.Copy(hash, 0, _bytes, ScalarSize - hash.Length, hash.Length);
            }

            ModularField.FromBytes(e, _bytes, 0);
            Curve.Fn.Reduce(e, e, 0);
        }

        private void Wipe()
        {
            Array.Clear(_d, 0, ModularField.Limbs);
            Array.Clear(_s, 0, ModularField.Limbs);
            Array.Clear(_w, 0, ModularField.Limbs);
            Array.Clear(_hmacK, 0, ScalarSize);
            Array.Clear(_hmacV, 0, _hmacV.Length);
            Array.Clear(_bytes, 0, ScalarSize);
            P256Curve.Clear(_p1);
        }
    }
}
