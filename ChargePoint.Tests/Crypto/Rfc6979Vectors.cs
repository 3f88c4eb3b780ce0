namespace ChargePoint.Tests.Crypto
{
    /// <summary>RFC 6979 appendix A.2.5: the P-256 key and its deterministic SHA-256 signatures of "sample" and "test".</summary>
    public static class Rfc6979Vectors
    {
        public const string PrivateKey = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
        public const string PublicX = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
        public const string PublicY = "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
        public const string PublicKey = "04" + PublicX + PublicY;

        public const string SampleK = "a6e3c57dd01abe90086538398355dd4c3b17aa873382b0f24d6129493d8aad60";
        public const string SampleR = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716";
        public const string SampleS = "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";

        public const string TestK = "d16b6ae827f17175e040871a1c7ec3500192c4c92677336ec2537acaee0008e0";
        public const string TestR = "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367";
        public const string TestS = "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083";

        /// <summary>The group order n of P-256.</summary>
        public const string Order = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
    }
}
