using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.UnitOfMeasure;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>OCPP 1.6 UnitOfMeasure codes. 0 = field omitted.</summary>
    public static class UnitOfMeasure
    {
        public const int None = 0;
        public const int Wh = 1;
        public const int KWh = 2;
        public const int Varh = 3;
        public const int Kvarh = 4;
        public const int W = 5;
        public const int KW = 6;
        public const int VA = 7;
        public const int KVA = 8;
        public const int Var = 9;
        public const int Kvar = 10;
        public const int A = 11;
        public const int V = 12;
        public const int K = 13;
        public const int Celsius = 14;
        public const int Fahrenheit = 15;
        public const int Percent = 16;

        /// <summary>The spec string of a code; null for 0 (the field is omitted) or an unknown code.</summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case Wh: return Text.Wh;
                case KWh: return Text.kWh;
                case Varh: return Text.varh;
                case Kvarh: return Text.kvarh;
                case W: return Text.W;
                case KW: return Text.kW;
                case VA: return Text.VA;
                case KVA: return Text.kVA;
                case Var: return Text.var;
                case Kvar: return Text.kvar;
                case A: return Text.A;
                case V: return Text.V;
                case K: return Text.K;
                // The 1.6 schema spells it "Celcius"; J-Errata 2.1 says keep sending that spelling.
                case Celsius: return Text.Celcius;
                case Fahrenheit: return Text.Fahrenheit;
                case Percent: return Text.Percent;
                default: return null;
            }
        }
    }
}
