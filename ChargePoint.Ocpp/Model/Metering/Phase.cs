namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>OCPP 1.6 Phase codes. 0 = field omitted.</summary>
    public static class Phase
    {
        public const int None = 0;
        public const int L1 = 1;
        public const int L2 = 2;
        public const int L3 = 3;
        public const int N = 4;
        public const int L1N = 5;
        public const int L2N = 6;
        public const int L3N = 7;
        public const int L1L2 = 8;
        public const int L2L3 = 9;
        public const int L3L1 = 10;

        public static string ToText(int code)
        {
            switch (code)
            {
                case L1: return "L1";
                case L2: return "L2";
                case L3: return "L3";
                case N: return "N";
                case L1N: return "L1-N";
                case L2N: return "L2-N";
                case L3N: return "L3-N";
                case L1L2: return "L1-L2";
                case L2L3: return "L2-L3";
                case L3L1: return "L3-L1";
                default: return "";
            }
        }
    }
}
