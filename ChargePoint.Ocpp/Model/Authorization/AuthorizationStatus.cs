namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP 1.6 AuthorizationStatus codes.</summary>
    public static class AuthorizationStatus
    {
        public const int Accepted = 1;
        public const int Blocked = 2;
        public const int Expired = 3;
        public const int Invalid = 4;
        public const int ConcurrentTx = 5;

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of status c is Measurand.ToText(Base + c).</summary>
        public const int Base = 78;
    }
}
