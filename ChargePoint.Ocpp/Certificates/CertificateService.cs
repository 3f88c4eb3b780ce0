using System;
using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// Certificate management of the Security Whitepaper (ed. 3, §4.2–4.4), installed by its constructor:
    /// - InstallCertificate: one PEM root certificate, self-issued; Rejected when it does not parse, is not valid now
    ///   (clock set), its P-256 self-signature fails, or the store is full; Failed when the store cannot be written.
    ///   A rejected CentralSystemRootCertificate is a security event InvalidCentralSystemCertificate.
    /// - DeleteCertificate by hash data (SHA256 only): NotFound, Accepted, or Failed for the last
    ///   CentralSystemRootCertificate while SecurityProfile is 2 or more (the connection depends on it) or a write error.
    /// - GetInstalledCertificateIds by certificateType: Accepted with the hash data, or NotFound.
    /// - ExtendedTriggerMessage(SignChargePointCertificate): Accepted (NotImplemented without an entropy source); the
    ///   next loop pass generates a P-256 key pair, saves it as pending and sends SignCertificate.req with a PKCS#10
    ///   CSR (CN = the charge point identity, O = CpoName).
    /// - CertificateSigned: Accepted when the chain (at most CertificateSignedMaxChainSize characters) parses, its leaf
    ///   carries the pending key, no certificate has expired (clock set), each certificate is signed by the next and the
    ///   last one is an installed root or signed by one. Otherwise Rejected and the security event
    ///   InvalidChargePointCertificate. The accepted certificate is kept as <see cref="ChargePointNext"/>; the
    ///   one in use stays until the new one has been used.
    /// - Renewal before expiry, so certificates rotate without a site visit: once the newest charge point certificate (the
    ///   accepted new one, else the one in use) has less than <see cref="RenewalDaysKey"/> days left (clock set), it warns
    ///   and starts a SignCertificate itself, as if the Central System had sent ExtendedTriggerMessage(SignChargePointCertificate);
    ///   then again every day until a new certificate arrives. CertificateSigned and the reconnect do the rest
    ///   (the connection side, ConnectionSecurity.cs).
    /// </summary>
    public sealed partial class CertificateService : ITickable
    {
        // The P-256 engine (~15 KB of tables and scratch) is a local of the operation that needs it: these are rare, and
        // the composition's resident heap is budgeted.
        private readonly OcppChargePoint _cp;
        private readonly SecurityService _security;
        private readonly IEntropySource _entropy;
        private bool _csrInFlight;
        private readonly int _renewalDays;
        private long _nextRenewalCheckMs;

        /// <summary>Vendor key (RW int, days, 0 = off; default 30): renew the charge point certificate this long before it expires.</summary>
        public const string RenewalDaysKey = "CertificateRenewalDays";

        private const long DayMs = 86400000L;

        // Build-time limits (consts: no settings object in the image).

        /// <summary>
        /// CertificateStoreMaxLength of this build: root certificates InstallCertificate can hold, both uses together. 4
        /// leaves room for a CSMS root, its successor during a rollover and a manufacturer root: a P-256 root is about
        /// 0.5 KB, an RSA-4096 one about 1.9 KB of DER, all of them parsed in RAM.
        /// </summary>
        public const int StoreCapacity = 4;

        /// <summary>CertificateSignedMaxChainSize: longest CertificateSigned.req certificateChain, characters (the whitepaper's and the codec's cap).</summary>
        public const int MaxChainChars = 10000;

        /// <summary>Most certificates in one certificateChain (leaf, sub-CAs, optionally the root).</summary>
        public const int MaxChainCertificates = 4;

        /// <summary>
        /// Installs the feature (after <see cref="SecurityService"/>): registers its handlers, hooks
        /// ExtendedTriggerMessage(SignChargePointCertificate) and sets the read-only keys CertificateStoreMaxLength and
        /// CertificateSignedMaxChainSize to what this build holds.
        /// </summary>
        /// <param name="capacity">CertificateStoreMaxLength: root certificates the store holds (<see cref="StoreCapacity"/>).</param>
        /// <param name="entropy">Randomness for the key pair of a CSR; null: SignChargePointCertificate stays NotImplemented.</param>
        /// <param name="transport">The TLS side of the transport (<see cref="ITlsTransport"/>); null: profiles 2 and 3 cannot be used.</param>
        public CertificateService(OcppChargePoint cp, SecurityService security, int capacity, IEntropySource entropy, ITlsTransport transport)
        {
            _cp = cp;
            _security = security;
            _entropy = entropy;
            _transport = transport;
            Store = new CertificateStore(cp.Storage, capacity, cp.Log);
            // The read-only keys tell what this build holds (SecurityService may already say so: then nothing is written).
            SecurityService.ReadOnly(cp.Configuration, SecurityService.CertificateStoreMaxLengthKey, capacity);
            SecurityService.ReadOnly(cp.Configuration, SecurityService.CertificateSignedMaxChainSizeKey, MaxChainChars);
            cp.Session.Dispatcher = Operations.Handlers.WithCertificates;
            cp.Session.Register(OcppAction.InstallCertificate, this);
            cp.Session.Register(OcppAction.DeleteCertificate, this);
            cp.Session.Register(OcppAction.GetInstalledCertificateIds, this);
            cp.Session.Register(OcppAction.CertificateSigned, this);
            cp.CanSignCertificate = entropy != null; // ExtendedTriggerMessage(SignChargePointCertificate)

            cp.AddService(this);
            _renewalDays = cp.Configuration.DeclareInt(RenewalDaysKey, 30, 0, 3650, false);

            // The connection side (ConnectionSecurity.cs): the observer of every attempt; on a TLS connection garbage is suspicious.
            cp.Observer = this;
            cp.Session.InvalidFrame += reason =>
            {
                if (_security.Profile >= 2)
                {
                    TlsFailed(SecurityService.InvalidMessages, reason);
                }
            };

            // The charge point's own keys and certificates.
            // The record: a line failing its check is dropped with a warning.
            string[] lines = CertificateStore.ReadLines(cp.Storage, CredentialsRecordName, cp.Log);
            for (int i = 0; lines != null && i < lines.Length; i++)
            {
                // One line into its field; dropped when its check, its kind, its field count or a value fails (any exception).
                string line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                bool loaded = false;
                try
                {
                    string[] p = line.Split(new char[] { '\t' }); // kind, check, private hex, public hex[, escaped chain PEM]
                    string kind = p[0];
                    string text = line.Substring(kind.Length + p[1].Length + 2);
                    if (CertificateStore.Check(Encoding.UTF8.GetBytes(text)) == p[1])
                    {
                        var key = new EcKeyPair(Hex.Decode(p[2]), Hex.Decode(p[3]));
                        if (p.Length == 4 && kind == PendingKind)
                        {
                            PendingKey = key;
                            loaded = true;
                        }
                        else
                        {
                            string pem = RecordText.Unescape(p[4], true);
                            var cert = new InstalledCertificate(null, new X509Certificate((byte[])Pem.Decode(pem, Pem.Certificate, 16)[0]), pem, key);
                            loaded = p.Length == 5;
                            if (loaded && kind == CurrentKind)
                            {
                                Current = cert;
                            }
                            else if (loaded && kind == NextKind)
                            {
                                Next = cert;
                            }
                            else
                            {
                                loaded = false;
                            }
                        }
                    }
                }
                catch (Exception)
                {
                }

                if (!loaded)
                {
                    SecurityService.Log(cp, OcppLogLevel.Warning, CredentialsRecordName + ": line " + (i + 1).ToString() + " corrupt");
                }
            }

            // The profile that last connected before a reboot (the connection side's record).
            string[] connection = RecordText.ReadLines(cp.Storage, ConnectionRecordName, "lost", false);
            int profile;
            if (connection != null && int.TryParse(connection[0], out profile) && profile >= 0 && profile <= 3)
            {
                LastWorkingProfile = profile;
            }
        }

        public readonly CertificateStore Store;

        public void Tick(long nowMs)
        {
            if (_cp.SignCertificateWanted && !_csrInFlight && _cp.Session.IsConnected && _cp.Session.Gate == RpcSession.GateOpen)
            {
                _cp.SignCertificateWanted = false;
                // Slow on the device (a scalar multiplication for the key, one for the signature), once per request.
                var ecdsa = new Ecdsa();
                EcKeyPair key = ecdsa.GenerateKeyPair(_entropy);
                if (Commit(key, Current, Next))
                {
                    // CpoName: declared by the SecurityService this feature is installed after; empty means no O attribute.
                    byte[] csr = CsrBuilder.Build(_cp.Identity, _cp.Configuration.Value(_cp.Configuration.Find(SecurityService.CpoNameKey)), key, ecdsa);
                    var call = new OutgoingCall(OcppAction.SignCertificate, new StringPayload("csr", Pem.Encode(csr, Pem.CertificateRequest)), OnSignOutcome);
                    _csrInFlight = _cp.Session.Enqueue(call);
                }
            }

            // Renewal: checked hourly while not due (cheap, and the clock may be set or moved meanwhile), daily while due.
            InstalledCertificate newest = Next ?? Current;
            int days = _cp.Configuration.Int(_renewalDays);
            if (nowMs >= _nextRenewalCheckMs && days != 0 && _cp.Clock.IsSet && newest != null)
            {
                long left = (newest.Certificate.NotAfter.Ticks - _cp.Clock.Now(nowMs).Ticks) / 10000;
                _nextRenewalCheckMs = nowMs + (left > days * DayMs ? 3600000 : DayMs);
                if (left <= days * DayMs)
                {
                    SecurityService.Log(_cp, OcppLogLevel.Warning, "renew " + newest.Certificate.SubjectCommonName + ": days left "
                        + (left / DayMs).ToString());
                    if (_entropy != null)
                    {
                        _cp.SignCertificateWanted = true; // as ExtendedTriggerMessage(SignChargePointCertificate)
                    }
                }
            }

            // The security events the transport detected (TlsFailed, its thread): one per type and outage, each logged.
            while (true)
            {
                string[] failure;
                lock (_gate)
                {
                    if (_failures == null || _failures.Count == 0)
                    {
                        return;
                    }

                    failure = (string[])_failures[0];
                    _failures.RemoveAt(0);
                }

                string tag = "|" + failure[0] + "|";
                if (_reported.IndexOf(tag) < 0)
                {
                    _reported += tag;
                    _security.Add(failure[0], failure[1], nowMs);
                }

                SecurityService.Log(_cp, OcppLogLevel.Warning, "connection: " + failure[0] + " (" + failure[1] + ")");
            }
        }
    }
}
