using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.Phase;

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

        /// <summary>The spec string of a code; null for 0 (the field is omitted) or an unknown code.</summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case L1: return Text.L1;
                case L2: return Text.L2;
                case L3: return Text.L3;
                case N: return Text.N;
                case L1N: return Text.L1N;
                case L2N: return Text.L2N;
                case L3N: return Text.L3N;
                case L1L2: return Text.L1L2;
                case L2L3: return Text.L2L3;
                case L3L1: return Text.L3L1;
                default: return null;
            }
        }
    }
}
