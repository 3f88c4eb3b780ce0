namespace ChargePoint.Ocpp.Model.Transactions
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

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of code c is Measurand.ToText(Base + c).</summary>
        public const int Base = 34;
    }
}
