using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using System;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Platform;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

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

        // ---- LocalAuthListManagement (the former LocalAuthListService: one type fewer) ----
        /// <summary>
        /// LocalAuthListManagement (Spec §3.5, §5.10, §5.15): GetLocalListVersion and SendLocalList over the authorization
        /// service's persistent local list, which authorization consults (LocalPreAuthorize, LocalAuthorizeOffline).
        /// - Keys: LocalAuthListEnabled (RW, default true), LocalAuthListMaxLength (R, the store's capacity),
        ///   SendLocalListMaxLength (R, what one frame can carry).
        /// - Version: -1 while LocalAuthListEnabled is false (SendLocalList answers NotSupported then), 0 while the list is
        ///   empty (OCTT TC_042_2: an empty Full update with version 1 reads back 0), otherwise the last accepted version.
        /// - Full replaces the list; every entry needs an idTagInfo. Differential needs a version above the stored one
        ///   (else VersionMismatch, nothing changes); an entry without idTagInfo removes that idTag.
        /// - Failed, with the list unchanged in memory and on flash: more entries than SendLocalListMaxLength, a result
        ///   larger than LocalAuthListMaxLength, a Full entry without idTagInfo, a version of 0 or below (Errata 3.52), or
        ///   a storage write that failed. The record is replaced atomically, so a power cut keeps the old or the new list.
        /// </summary>
        public const string EnabledKey = "LocalAuthListEnabled";
        public const string MaxLengthKey = "LocalAuthListMaxLength";
        public const string SendMaxLengthKey = "SendLocalListMaxLength";
        public const string LocalListProfile = "LocalAuthListManagement";

        /// <summary>Worst-case characters of one AuthorizationData (20-char idTag and parentIdTag, expiryDate with ms, ConcurrentTx).</summary>
        public const int MaxEntryChars = 150;

        /// <summary>What one SendLocalList may carry (set by <see cref="AddLocalListProfile"/>).</summary>
        public int SendLocalListMaxLength;

        /// <summary>
        /// Adds the LocalAuthListManagement profile: registers GetLocalListVersion and SendLocalList over the local list,
        /// declares the keys and lists the profile in SupportedFeatureProfiles. SendLocalListMaxLength is what fits into one incoming frame (MaxFrameChars), at most
        /// the list's capacity.
        /// </summary>
        public void AddLocalListProfile(OcppChargePoint cp)
        {
            ConfigurationStore config = cp.Configuration;
            int capacity = LocalList.Capacity;
            int sendMax = (OcppChargePoint.DefaultMaxFrameChars - 256) / MaxEntryChars;
            sendMax = sendMax < capacity ? sendMax : capacity;
            sendMax = sendMax < 1 ? 1 : sendMax;
            SendLocalListMaxLength = sendMax;
            LocalAuthListKey = config.DeclareBool(EnabledKey, true, false); // what LocalAuthListEnabled reads from now on
            config.DeclareInt(MaxLengthKey, capacity, 0, int.MaxValue, true);
            config.DeclareInt(SendMaxLengthKey, sendMax, 0, int.MaxValue, true);
            cp.Session.Register(OcppAction.GetLocalListVersion, this);
            cp.Session.Register(OcppAction.SendLocalList, this);
            CoreConfiguration.AddFeatureProfile(config, LocalListProfile);
        }

        /// <summary>GetLocalListVersion.conf listVersion.</summary>
        public int ListVersion
        {
            get
            {
                if (!LocalAuthListEnabled)
                {
                    return -1;
                }

                return LocalList.Count == 0 ? 0 : LocalList.Version;
            }
        }

        /// <summary>Applies a SendLocalList.req; returns the UpdateStatus.</summary>
        public string Update(SendLocalListRequest request)
        {
            if (!LocalAuthListEnabled)
            {
                return W.OcppEnum.NotSupported;
            }

            IdTagInfoPayload[] entries = request.LocalAuthorizationList ?? new IdTagInfoPayload[0];
            if (request.ListVersion <= 0 || entries.Length > SendLocalListMaxLength)
            {
                return W.OcppEnum.Failed;
            }

            IdTagStore list = LocalList;
            bool full = request.UpdateType == W.OcppEnum.Full;
            if (!full && request.ListVersion <= list.Version)
            {
                return W.OcppEnum.VersionMismatch;
            }

            string[] oldTags = new string[list.Count];
            IdTagInfo[] oldInfos = new IdTagInfo[list.Count];
            list.CopyTo(oldTags, oldInfos);

            int oldVersion = list.Version;
            // Apply the entries; stop at the first that cannot be applied (the list is restored below).
            bool applied = true;
            if (full)
            {
                list.Clear();
            }

            for (int i = 0; i < entries.Length && applied; i++)
            {
                IdTagInfoPayload entry = entries[i];
                if (entry.IdTagInfo == null)
                {
                    applied = !full; // a Full entry needs an idTagInfo; a Differential one without removes the idTag
                    list.Remove(entry.IdTag);
                }
                else if (list.Find(entry.IdTag) == null && list.Count >= list.Capacity)
                {
                    applied = false; // the store would evict: the list does not fit
                }
                else
                {
                    list.Put(entry.IdTag, entry.IdTagInfo);
                }
            }

            if (applied)
            {
                list.Version = request.ListVersion;
                try
                {
                    list.Save();
                    return W.OcppEnum.Accepted;
                }
                catch (Exception)
                {
                    // a storage write that failed: restored below
                }
            }

            // Restore the list in memory (flash still holds it).
            list.Clear();
            for (int i = 0; i < oldTags.Length; i++)
            {
                list.Put(oldTags[i], oldInfos[i]);
            }

            list.Version = oldVersion;
            return W.OcppEnum.Failed;
        }
    }
}
