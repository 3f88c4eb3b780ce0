using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>ExtendedTriggerMessage(SignChargePointCertificate): returns a TriggerMessageStatus string; the SignCertificate.req follows the answer.</summary>
    public delegate string CertificateSigningTrigger(long nowMs);
}
