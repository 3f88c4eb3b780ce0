namespace ChargePoint.Ocpp.Model.Authorization
{
    /// <summary>Current values of the authorization configuration keys (defaults as documented in the README).</summary>
    public sealed class AuthorizationSettings
    {
        public bool AuthorizationCacheEnabled = true;
        public bool LocalPreAuthorize;
        public bool LocalAuthorizeOffline = true;
        public bool AllowOfflineTxForUnknownId;
        public bool AuthorizeRemoteTxRequests;
        public bool LocalAuthListEnabled = true;
    }
}
