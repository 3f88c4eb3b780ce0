namespace ChargePoint.Ocpp.Model.Authorization
{
    /// <summary>OCPP 1.6 AuthorizationStatus codes.</summary>
    public static class AuthorizationStatus
    {
        public const int Accepted = 1;
        public const int Blocked = 2;
        public const int Expired = 3;
        public const int Invalid = 4;
        public const int ConcurrentTx = 5;

        public static string ToText(int code)
        {
            switch (code)
            {
                case Accepted: return "Accepted";
                case Blocked: return "Blocked";
                case Expired: return "Expired";
                case Invalid: return "Invalid";
                case ConcurrentTx: return "ConcurrentTx";
                default: return "";
            }
        }
    }
}
