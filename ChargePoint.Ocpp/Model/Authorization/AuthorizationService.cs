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

        /// <summary>The two tables over storage; declares AuthorizationCacheEnabled and AllowOfflineTxForUnknownId.</summary>
        public AuthorizationService(IStorage storage, ConfigurationStore config)
        {
            Cache = new IdTagStore(storage, "auth.cache", DefaultCacheCapacity);
            LocalList = new IdTagStore(storage, "auth.list", DefaultLocalListCapacity);
            _config = config;
            _cacheEnabled = config.DeclareBool("AuthorizationCacheEnabled", true, false);
            _offlineUnknown = config.DeclareBool("AllowOfflineTxForUnknownId", false, false);
        }

        // The authorization configuration keys are read where they decide (a ChangeConfiguration and a RemoteStartTransaction
        // in the same loop pass see the new value): no copies of their own.
        private readonly ConfigurationStore _config;
        private readonly int _cacheEnabled;
        private readonly int _offlineUnknown;

        /// <summary>The LocalAuthListEnabled key once the local list profile declared it (0 before: the list is on).</summary>
        internal int LocalAuthListKey;

        /// <summary>LocalAuthListEnabled (true while the local list profile is not installed).</summary>
        public bool LocalAuthListEnabled
        {
            get { return LocalAuthListKey == 0 || _config.Bool(LocalAuthListKey); }
        }

        public readonly IdTagStore Cache;

        /// <summary>The local authorization list (filled by SendLocalList in a later issue).</summary>
        public readonly IdTagStore LocalList;

        /// <summary>What is known locally about an idTag (local list first, then the cache), or null.</summary>
        public IdTagInfo LookUp(string idTag)
        {
            IdTagInfo info = LocalAuthListEnabled ? LocalList.Find(idTag) : null;
            if (info == null && _config.Bool(_cacheEnabled))
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
                return valid && _config.Bool(ConfigKeys.LocalPreAuthorize) ? AuthorizationService.Accept : AuthorizationService.AskCentralSystem;
            }

            if (info != null)
            {
                return valid && _config.Bool(ConfigKeys.LocalAuthorizeOffline) ? AuthorizationService.Accept : AuthorizationService.Reject;
            }

            return _config.Bool(_offlineUnknown) ? AuthorizationService.Accept : AuthorizationService.Reject;
        }

        /// <summary>Records an IdTagInfo from Authorize.conf, StartTransaction.conf or StopTransaction.conf into the cache.</summary>
        public void Learn(string idTag, IdTagInfo info)
        {
            if (!_config.Bool(_cacheEnabled) || (LocalAuthListEnabled && LocalList.Find(idTag) != null))
            {
                return;
            }

            Cache.Put(idTag, info);
            Cache.Save();
        }

        /// <summary>ClearCache: Accepted (true) and emptied, or Rejected (false) when the cache is disabled.</summary>
        public bool ClearCache()
        {
            if (!_config.Bool(_cacheEnabled))
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
