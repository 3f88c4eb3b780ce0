using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Local authorization: the authorization cache (AuthorizationCacheEnabled, expiry, ClearCache) and the
    /// local authorization list storage, with LocalPreAuthorize, LocalAuthorizeOffline and
    /// AllowOfflineTxForUnknownId deciding whether an idTag needs an Authorize.req. Both tables persist.
    /// The local list wins over the cache, and its entries are never copied into the cache.
    /// </summary>
    public sealed class AuthorizationService
    {
        public const int DefaultCacheCapacity = 64;
        public const int DefaultLocalListCapacity = 256;

        // Decide's outcomes: start (or stop) without asking the Central System, refuse locally, or send Authorize.req and
        // decide on its answer.
        public const int Accept = 1;
        public const int Reject = 2;
        public const int AskCentralSystem = 3;

        public AuthorizationService(IStorage storage)
        {
            Cache = new IdTagStore(storage, "auth.cache", DefaultCacheCapacity);
            LocalList = new IdTagStore(storage, "auth.list", DefaultLocalListCapacity);
        }

        // The current values of the authorization configuration keys (defaults as documented in the README), set by the
        // transaction and local list services: fields here rather than a settings object of their own (one type less).
        public bool AuthorizationCacheEnabled = true;
        public bool LocalPreAuthorize;
        public bool LocalAuthorizeOffline = true;
        public bool AllowOfflineTxForUnknownId;
        public bool AuthorizeRemoteTxRequests;
        public bool LocalAuthListEnabled = true;

        /// <summary>The LocalAuthListEnabled key once the local list profile declared it (0 before): what LocalAuthListEnabled follows.</summary>
        internal int LocalAuthListKey;

        public readonly IdTagStore Cache;

        /// <summary>The local authorization list (filled by SendLocalList in a later issue).</summary>
        public readonly IdTagStore LocalList;

        /// <summary>What is known locally about an idTag (local list first, then the cache), or null.</summary>
        public IdTagInfo LookUp(string idTag)
        {
            IdTagInfo info = LocalAuthListEnabled ? LocalList.Find(idTag) : null;
            if (info == null && AuthorizationCacheEnabled)
            {
                info = Cache.Find(idTag);
            }

            return info;
        }

        /// <summary>Decides whether idTag may start a transaction now without asking, per the 1.6 offline rules.</summary>
        public int Decide(string idTag, bool online, long nowUtcMs)
        {
            IdTagInfo info = LookUp(idTag);
            bool valid = info != null && info.IsValidAt(nowUtcMs);
            if (online)
            {
                return valid && LocalPreAuthorize ? AuthorizationService.Accept : AuthorizationService.AskCentralSystem;
            }

            if (info != null)
            {
                return valid && LocalAuthorizeOffline ? AuthorizationService.Accept : AuthorizationService.Reject;
            }

            return AllowOfflineTxForUnknownId ? AuthorizationService.Accept : AuthorizationService.Reject;
        }

        /// <summary>Records an IdTagInfo from Authorize.conf, StartTransaction.conf or StopTransaction.conf into the cache.</summary>
        public void Learn(string idTag, IdTagInfo info)
        {
            if (!AuthorizationCacheEnabled || (LocalAuthListEnabled && LocalList.Find(idTag) != null))
            {
                return;
            }

            Cache.Put(idTag, info);
            Cache.Save();
        }

        /// <summary>ClearCache: Accepted (true) and emptied, or Rejected (false) when the cache is disabled.</summary>
        public bool ClearCache()
        {
            if (!AuthorizationCacheEnabled)
            {
                return false;
            }

            Cache.Clear();
            Cache.Save();
            return true;
        }

        /// <summary>
        /// Whether presentedIdTag may stop a transaction started by startIdTag with startParentIdTag:
        /// the same tag always may; another tag only with the same parentIdTag (TC_069).
        /// presentedParent is what Authorize.conf or the local tables said about presentedIdTag.
        /// </summary>
        public static bool MayStop(string presentedIdTag, string presentedParent, string startIdTag, string startParentIdTag)
        {
            if (presentedIdTag == startIdTag)
            {
                return true;
            }

            return startParentIdTag != null && presentedParent != null && startParentIdTag == presentedParent;
        }
    }
}
