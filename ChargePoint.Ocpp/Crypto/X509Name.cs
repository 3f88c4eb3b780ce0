using System;

namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>Reads attributes out of a DER Name (SEQUENCE OF SET OF { type OID, value string }).</summary>
    public static class X509Name
    {
        /// <summary>The first value of the attribute (e.g. DerOid.CommonName), or null when absent or not a string.</summary>
        public static string Find(byte[] nameDer, string oid)
        {
            var outer = new DerReader(nameDer);
            DerReader rdns = outer.ReadSequence();
            while (rdns.HasMore)
            {
                DerReader set = rdns.Enter(DerTag.Set);
                while (set.HasMore)
                {
                    DerReader atv = set.ReadSequence();
                    if (atv.ReadOid() == oid)
                    {
                        int tag = atv.PeekTag();
                        if (tag == DerTag.Utf8String || tag == DerTag.PrintableString || tag == DerTag.Ia5String || tag == DerTag.T61String)
                        {
                            return atv.ReadString();
                        }

                        return null;
                    }
                }
            }

            return null;
        }

        /// <summary>Writes a Name O, CN in that order (null or empty values skipped), values as UTF8String.</summary>
        public static void Write(DerWriter w, string organization, string commonName)
        {
            int name = w.Begin(DerTag.Sequence);
            WriteAttribute(w, DerOid.Organization, organization);
            WriteAttribute(w, DerOid.CommonName, commonName);
            w.End(name);
        }

        private static void WriteAttribute(DerWriter w, string oid, string value)
        {
            if (value == null || value.Length == 0)
            {
                return;
            }

            int set = w.Begin(DerTag.Set);
            int atv = w.Begin(DerTag.Sequence);
            w.WriteOid(oid);
            w.WriteUtf8String(value);
            w.End(atv);
            w.End(set);
        }
    }
}
