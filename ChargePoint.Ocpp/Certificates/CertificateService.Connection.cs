using System.Collections;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// Security profiles 2 and 3 on the connection (SecWP §2.4–2.6), part of the certificate service (a class of its own
    /// cost the image a type, a constructor and three fields): before every attempt it hands the TLS transport the
    /// installed CentralSystemRootCertificates (the only roots the server may chain to) and, under profile 3, the charge
    /// point certificate with its key (no Basic auth then). New settings are proven before they replace old ones:
    /// - a raised SecurityProfile, or a new certificate from CertificateSigned (<see cref="Next"/>),
    ///   is tried first; a connection with it makes it the last working setting (<see cref="ConnectionRecordName"/>) and activates
    ///   the new certificate (the old one is forgotten only then);
    /// - after <see cref="FallbackAfterFailures"/> failed attempts in a row the last working settings are tried once; if
    ///   they connect, the new ones are given up: the profile returns to the last working one
    ///   (<see cref="SecurityService.FallBack"/>, event ReconfigurationOfSecurityParameters) or the new certificate is
    ///   dropped (event InvalidChargePointCertificate). If they fail too the network is at fault and the new settings are tried again.
    /// Failures the transport can explain (untrusted server certificate, HTTP 401) become security events, once per outage;
    /// under profile 2/3 a frame that is not valid OCPP-J is the event InvalidMessages (once per connection).
    /// </summary>
    public sealed partial class CertificateService : IConnectionObserver
    {
        public const string ConnectionRecordName = "sec.conn";

        private readonly ITlsTransport _transport;
        private readonly object _gate = new object();
        private ArrayList _failures; // created at the first failure: the composition's resident heap is budgeted
        private string _reported = string.Empty; // "|type|" of each event reported in this outage
        /// <summary>The profile that last connected (-1 before the first connection).</summary>
        public int LastWorkingProfile = -1;
        /// <summary>The attempt in progress (0: none): <see cref="InAttempt"/> and the flags below, one field instead of four.</summary>
        private int _attempt;
        /// <summary>The profile of the attempt in progress or of the open connection.</summary>
        public int ActiveProfile;
        private const int InAttempt = 1;
        private const int AttemptNew = 2;  // new settings (profile or certificate)
        private const int AttemptOld = 4;  // the last working settings instead of the new ones
        private const int AttemptNext = 8; // with the accepted new certificate
        private int _newFailures;

        /// <summary>Failed attempts with new settings before the last working ones are tried.</summary>
        private const int FallbackAfterFailures = 2;

        /// <summary>
        /// Whether the transport can connect with this profile (the SecurityProfile key's check): 2 and 3 need a TLS
        /// transport, a wss:// Central System URL and an installed CentralSystemRootCertificate; 3 also a charge point certificate.
        /// </summary>
        public bool CanUse(int profile)
        {
            if (profile < 2)
            {
                return true;
            }

            if (_transport == null || !OcppChargePoint.IsTls(_cp.Url)
                || Store.CountOf(OcppEnum.CentralSystemRootCertificate) == 0)
            {
                return false;
            }

            return profile == 2 || Current != null || Next != null;
        }

        public void Connecting(long nowMs)
        {
            int wanted = _security.Profile;
            InstalledCertificate next = Next;
            InstalledCertificate current = Current;
            bool newProfile = LastWorkingProfile >= 0 && wanted > LastWorkingProfile;
            bool newCertificate = wanted >= 3 && next != null;
            bool tryOld = (newProfile || newCertificate) && _newFailures >= FallbackAfterFailures;
            int profile = wanted;
            InstalledCertificate cert = wanted >= 3 ? (next ?? current) : null;
            if (tryOld)
            {
                profile = newProfile ? LastWorkingProfile : wanted;
                cert = profile >= 3 ? current : null;
                tryOld = profile < 3 || cert != null; // nothing older to try: keep trying the new
                if (!tryOld)
                {
                    profile = wanted;
                    cert = next;
                }
            }

            ActiveProfile = profile;
            _attempt = InAttempt | (tryOld ? AttemptOld : (newProfile || newCertificate) ? AttemptNew : 0)
                | (cert != null && cert == next ? AttemptNext : 0);
            _cp.SendBasicAuth = profile < 3;
            if (_transport == null)
            {
                return;
            }

            CertificateStore store = Store;
            string roots = null;
            for (int i = 0; i < store.Count; i++)
            {
                InstalledCertificate entry = store.At(i);
                if (entry.Use == OcppEnum.CentralSystemRootCertificate)
                {
                    roots += Pem.Encode(entry.Certificate.Raw, Pem.Certificate); // a few roots: one concatenation each
                }
            }

            _transport.UseTls(this, roots, cert == null ? null : cert.ChainPem,
                cert == null ? null : Pem.Encode(CsrBuilder.EcPrivateKey(cert.Key), Pem.EcPrivateKey));
        }

        public void Connected(long nowMs)
        {
            int attempt = _attempt;
            if (attempt == 0)
            {
                return;
            }

            _attempt = 0;
            _reported = string.Empty;
            if ((attempt & AttemptOld) != 0)
            {
                int wanted = _security.Profile;
                if (ActiveProfile < wanted)
                {
                    string failed = "SecurityProfile " + wanted.ToString() + " failed to connect";
                    SecurityService.Log(_cp, OcppLogLevel.Warning, failed + ", now " + ActiveProfile.ToString());
                    _security.FallBack(ActiveProfile, failed, nowMs);
                }

                // The current certificate tried instead of the new one (a fallback of the profile is always below 3).
                if (ActiveProfile >= 3 && Next != null && Commit(PendingKey, Current, null))
                {
                    const string dropped = "new certificate failed, old kept";
                    SecurityService.Log(_cp, OcppLogLevel.Warning, dropped);
                    _security.Add(SecurityService.InvalidChargePointCertificate, dropped, nowMs); // same words for the Central System
                }
            }
            else if ((attempt & AttemptNext) != 0 && Next != null && Commit(PendingKey, Next, null))
            {
                SecurityService.Log(_cp, OcppLogLevel.Info, "new certificate in use");
            }

            _newFailures = 0;
            if (ActiveProfile != LastWorkingProfile)
            {
                LastWorkingProfile = ActiveProfile;
                _cp.Storage.Write(ConnectionRecordName, RecordText.SealedText(LastWorkingProfile.ToString()));
            }
        }

        public void Disconnected(long nowMs)
        {
            int attempt = _attempt;
            _attempt = 0;
            if ((attempt & AttemptNew) != 0)
            {
                _newFailures++;
            }
            else if ((attempt & AttemptOld) != 0)
            {
                _newFailures = 0; // the old settings fail too: the network, not the new settings; try the new ones again
            }
        }

        /// <summary>
        /// A security event the transport detected (its thread; <see cref="ITlsTransport.UseTls"/>): queued for
        /// <see cref="Tick"/> (bounded: an outage repeats the same few reasons).
        /// </summary>
        public void TlsFailed(string type, string techInfo)
        {
            lock (_gate)
            {
                if (_failures == null)
                {
                    _failures = new ArrayList();
                }

                if (_failures.Count < 8)
                {
                    _failures.Add(new string[] { type, techInfo.Length > 255 ? techInfo.Substring(0, 255) : techInfo });
                }
            }
        }

    }
}
