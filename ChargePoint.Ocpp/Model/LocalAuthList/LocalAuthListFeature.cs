using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Authorization;
using ChargePoint.Ocpp.Model.Configuration;

namespace ChargePoint.Ocpp.Model.LocalAuthList
{
    /// <summary>Adds the LocalAuthListManagement profile to an <see cref="OcppChargePoint"/> (composition root helper).</summary>
    public static class LocalAuthListFeature
    {
        public const string ProfileName = "LocalAuthListManagement";

        /// <summary>Worst-case characters of one AuthorizationData (20-char idTag and parentIdTag, expiryDate with ms, ConcurrentTx).</summary>
        public const int MaxEntryChars = 150;

        /// <summary>
        /// Registers GetLocalListVersion and SendLocalList over the authorization service's local list (use
        /// TransactionService.Authorization), declares the keys and lists the profile in SupportedFeatureProfiles.
        /// SendLocalListMaxLength is what fits into one incoming frame (MaxFrameChars), at most the list's capacity.
        /// </summary>
        public static LocalAuthListService Install(OcppChargePoint cp, AuthorizationService authorization)
        {
            int perFrame = (OcppChargePointOptions.DefaultMaxFrameChars - 256) / MaxEntryChars;
            int sendMax = perFrame < authorization.LocalList.Capacity ? perFrame : authorization.LocalList.Capacity;
            var service = new LocalAuthListService(cp.Configuration, authorization, sendMax < 1 ? 1 : sendMax);
            cp.Registry.Register(OcppAction.GetLocalListVersion, new Operations.GetLocalListVersion(), service);
            cp.Registry.Register(OcppAction.SendLocalList, new Operations.SendLocalList(), service);
            CoreConfiguration.AddFeatureProfile(cp.Configuration, ProfileName);
            return service;
        }
    }
}
