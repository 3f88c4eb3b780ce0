namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>SampledValue location (default Outlet): the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class Location
    {
        public const string Cable = "Cable";

        public const string EV = "EV";

        public const string Inlet = "Inlet";

        public const string Outlet = "Outlet";

        public const string Body = "Body";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case Cable:
                case EV:
                case Inlet:
                case Outlet:
                case Body:
                    return true;
                default:
                    return false;
            }
        }
    }
}
