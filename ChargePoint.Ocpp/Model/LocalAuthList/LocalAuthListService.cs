using System.Collections;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using System;
using ChargePoint.Ocpp.Messages.V16;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
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
    public sealed class LocalAuthListService
    {
        public const string EnabledKey = "LocalAuthListEnabled";
        public const string MaxLengthKey = "LocalAuthListMaxLength";
        public const string SendMaxLengthKey = "SendLocalListMaxLength";

        private readonly AuthorizationService _auth;

        public const string ProfileName = "LocalAuthListManagement";

        /// <summary>Worst-case characters of one AuthorizationData (20-char idTag and parentIdTag, expiryDate with ms, ConcurrentTx).</summary>
        public const int MaxEntryChars = 150;

        /// <summary>
        /// Adds the LocalAuthListManagement profile: registers GetLocalListVersion and SendLocalList over the authorization
        /// service's local list (use TransactionService.Authorization), declares the keys and lists the profile in
        /// SupportedFeatureProfiles. SendLocalListMaxLength is what fits into one incoming frame (MaxFrameChars), at most
        /// the list's capacity.
        /// </summary>
        public LocalAuthListService(OcppChargePoint cp, AuthorizationService auth)
        {
            ConfigurationStore config = cp.Configuration;
            int capacity = auth.LocalList.Capacity;
            int sendMax = (OcppChargePointOptions.DefaultMaxFrameChars - 256) / MaxEntryChars;
            sendMax = sendMax < capacity ? sendMax : capacity;
            sendMax = sendMax < 1 ? 1 : sendMax;
            _auth = auth;
            SendLocalListMaxLength = sendMax;
            int enabled = config.DeclareBool(EnabledKey, true, false);
            auth.LocalAuthListKey = enabled; // what LocalAuthListEnabled reads from now on
            config.DeclareInt(MaxLengthKey, capacity, 0, int.MaxValue, true);
            config.DeclareInt(SendMaxLengthKey, sendMax, 0, int.MaxValue, true);
            cp.Session.Register(OcppAction.GetLocalListVersion, this);
            cp.Session.Register(OcppAction.SendLocalList, this);
            CoreConfiguration.AddFeatureProfile(config, ProfileName);
        }

        public readonly int SendLocalListMaxLength;

        /// <summary>GetLocalListVersion.conf listVersion.</summary>
        public int ListVersion
        {
            get
            {
                if (!_auth.LocalAuthListEnabled)
                {
                    return -1;
                }

                return _auth.LocalList.Count == 0 ? 0 : _auth.LocalList.Version;
            }
        }

        /// <summary>Applies a SendLocalList.req; returns the UpdateStatus.</summary>
        public string Update(SendLocalListRequest request)
        {
            if (!_auth.LocalAuthListEnabled)
            {
                return W.OcppEnum.NotSupported;
            }

            IdTagInfoPayload[] entries = request.LocalAuthorizationList ?? new IdTagInfoPayload[0];
            if (request.ListVersion <= 0 || entries.Length > SendLocalListMaxLength)
            {
                return W.OcppEnum.Failed;
            }

            IdTagStore list = _auth.LocalList;
            bool full = request.UpdateType == W.OcppEnum.Full;
            if (!full && request.ListVersion <= list.Version)
            {
                return W.OcppEnum.VersionMismatch;
            }

            string[] oldTags = new string[list.Count];
            IdTagInfo[] oldInfos = new IdTagInfo[list.Count];
            for (int i = 0; i < oldTags.Length; i++)
            {
                oldTags[i] = list.TagAt(i);
                oldInfos[i] = list.Find(oldTags[i]);
            }

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

            if (!applied)
            {
                Restore(list, oldTags, oldInfos, oldVersion);
                return W.OcppEnum.Failed;
            }

            list.Version = request.ListVersion;
            try
            {
                list.Save();
            }
            catch (Exception)
            {
                Restore(list, oldTags, oldInfos, oldVersion);
                return W.OcppEnum.Failed;
            }

            return W.OcppEnum.Accepted;
        }

        private static void Restore(IdTagStore list, string[] tags, IdTagInfo[] infos, int version)
        {
            list.Clear();
            for (int i = 0; i < tags.Length; i++)
            {
                list.Put(tags[i], infos[i]);
            }

            list.Version = version;
        }
    }

    /// <summary>SendLocalList.req (Spec §6). Wire action <see cref="OcppAction.SendLocalList"/>.</summary>
    public sealed class SendLocalListRequest
    {
        /// <summary>Required, integer.</summary>
        public int ListVersion;

        /// <summary>Optional list of AuthorizationData (<see cref="IdTagInfoPayload"/> entries).</summary>
        public IdTagInfoPayload[] LocalAuthorizationList;

        /// <summary>Required, one of <see cref="OcppEnum.UpdateType"/>.</summary>
        public string UpdateType;

        /// <summary>Parses and validates; the reader stands at the object.</summary>
        public static SendLocalListRequest Parse(JsonReader r)
        {
            var m = new SendLocalListRequest();
            r.ReadStartObject("payload");
            for (int k; (k = r.NextKey(Key.ListVersion + Key.UpdateType + Key.LocalAuthorizationList, 0b11)) >= 0;)
            {
                switch (k)
                {
                    case 0:
                        m.ListVersion = r.ReadInt(null);
                        break;
                    case 1:
                        m.UpdateType = r.ReadEnum(null, W.OcppEnum.UpdateType);
                        break;
                    case 2:
                        var list = new ArrayList();
                        r.ReadStartArray(null);
                        while (r.NextItem())
                        {
                            list.Add(IdTagInfoPayload.Parse(r, false, false, true));
                        }
                        
                        m.LocalAuthorizationList = (IdTagInfoPayload[])list.ToArray(typeof(IdTagInfoPayload));
                        break;
                }
            }

            return m;
        }
    }
}
