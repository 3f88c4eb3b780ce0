using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Configuration;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Certificates
{
    /// <summary>
    /// Renews the charge point certificate before it expires, so certificates rotate without a site visit: once the newest
    /// one (the accepted new one, else the one in use) has less than <see cref="RenewalDaysKey"/> days left (clock set),
    /// it warns and starts a SignCertificate itself, as if the Central System had sent
    /// ExtendedTriggerMessage(SignChargePointCertificate); then again every <see cref="RetryMs"/> until a new certificate
    /// arrives. CertificateSigned and the reconnect do the rest (<see cref="Tls.ConnectionSecurity"/>).
    /// </summary>
    public sealed class CertificateRenewal : ITickable
    {
        /// <summary>Vendor key (RW int, days, 0 = off; default 30).</summary>
        public const string RenewalDaysKey = "CertificateRenewalDays";

        private const long DayMs = 86400000L;

        private readonly OcppChargePoint _cp;
        private readonly CertificateService _certs;
        private readonly int _days;
        private long _nextCheckMs;

        public CertificateRenewal(OcppChargePoint cp, CertificateService certs)
        {
            _cp = cp;
            _certs = certs;
            _days = cp.Configuration.DeclareInt(RenewalDaysKey, 30, 0, 3650, false);
        }

        /// <summary>Wait between renewal attempts while the certificate is still due, ms (a day).</summary>
        private const long RetryMs = DayMs;

        /// <summary>Renewals started (this boot).</summary>
        public int Started;

        public void Tick(long nowMs)
        {
            if (nowMs < _nextCheckMs || _cp.Configuration.Int(_days) == 0 || !_cp.Clock.IsSet)
            {
                return;
            }

            ChargePointCredentials credentials = _certs.Credentials;
            ClientCertificate newest = credentials.Next ?? credentials.Current;
            if (newest == null)
            {
                return; // nothing to renew (checked again each pass: two null tests)
            }

            long now = _cp.Clock.Now(nowMs).Ticks / 10000;
            long expires = newest.Leaf.NotAfter.Ticks / 10000;
            long left = expires - now;
            if (left > _cp.Configuration.Int(_days) * DayMs)
            {
                _nextCheckMs = nowMs + 3600000; // hourly: cheap, and the clock may be set or moved meanwhile
                return;
            }

            _nextCheckMs = nowMs + RetryMs;
            CertificateStore.Log(_cp.Log, OcppLogLevel.Warning, "charge point certificate " + (newest.Leaf.SubjectCommonName ?? "?") + " expires in " + (left / DayMs).ToString() +
                " days: requesting a new one (SignCertificate)");

            if (_certs.RequestSigning(nowMs) == Messages.V16.DataTypes.OcppEnum.Accepted)
            {
                Started++;
            }
        }
    }
}
