namespace ChargePoint.Ocpp.Crypto
{
    /// <summary>DER identifier octets used by X.509 and PKCS#10 (universal class, single-byte tags).</summary>
    public static class DerTag
    {
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
    }
}
