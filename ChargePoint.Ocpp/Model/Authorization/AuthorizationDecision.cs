namespace ChargePoint.Ocpp.Model.Authorization
{
    /// <summary>Outcome of a local authorization attempt.</summary>
    public static class AuthorizationDecision
    {
        /// <summary>Start (or stop) without asking the Central System.</summary>
        public const int Accept = 1;

        /// <summary>Refuse locally.</summary>
        public const int Reject = 2;

        /// <summary>Send Authorize.req and decide on its answer.</summary>
        public const int AskCentralSystem = 3;
    }
}
