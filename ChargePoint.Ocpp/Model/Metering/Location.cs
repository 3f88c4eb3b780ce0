using Text = ChargePoint.Ocpp.Messages.V16.DataTypes.Location;

namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>OCPP 1.6 Location codes. 0 = field omitted (the spec default is Outlet).</summary>
    public static class Location
    {
        public const int None = 0;
        public const int Body = 1;
        public const int Cable = 2;
        public const int EV = 3;
        public const int Inlet = 4;
        public const int Outlet = 5;

        /// <summary>The spec string of a code; null for 0 (the field is omitted) or an unknown code.</summary>
        public static string ToText(int code)
        {
            switch (code)
            {
                case Body: return Text.Body;
                case Cable: return Text.Cable;
                case EV: return Text.EV;
                case Inlet: return Text.Inlet;
                case Outlet: return Text.Outlet;
                default: return null;
            }
        }
    }
}
