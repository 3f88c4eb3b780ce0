using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } (RFC 3279) ↔ r | s, 32 bytes each.</summary>
    public static class EcdsaSignature
    {
        public static byte[] ToDer(byte[] rs)
        {
            if (rs == null || rs.Length != Ecdsa.SignatureSize)
            {
                throw new ArgumentException("signature must be 64 bytes r | s");
            }

            var r = new byte[Ecdsa.ScalarSize];
            var s = new byte[Ecdsa.ScalarSize];
            Array.Copy(rs, 0, r, 0, Ecdsa.ScalarSize);
            Array.Copy(rs, Ecdsa.ScalarSize, s, 0, Ecdsa.ScalarSize);
            var w = new DerWriter(72);
            int seq = w.Begin(DerTag.Sequence);
            w.WriteUnsignedInteger(r);
            w.WriteUnsignedInteger(s);
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
                DerReader seq = outer.ReadSequence();
                outer.ExpectEnd();
                byte[] r = seq.ReadUnsignedInteger(Ecdsa.ScalarSize);
                byte[] s = seq.ReadUnsignedInteger(Ecdsa.ScalarSize);
                seq.ExpectEnd();
                var rs = new byte[Ecdsa.SignatureSize];
                Array.Copy(r, 0, rs, 0, Ecdsa.ScalarSize);
                Array.Copy(s, 0, rs, Ecdsa.ScalarSize, Ecdsa.ScalarSize);
                return rs;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
