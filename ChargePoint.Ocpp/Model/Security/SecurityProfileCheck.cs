using ChargePoint.Ocpp.Model;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// The firmware's answer to "could the transport connect with this security profile?" (2 and 3 need a wss:// URL and
    /// TLS; 3 also a client certificate). False makes ChangeConfiguration(SecurityProfile) Rejected.
    /// </summary>
    public delegate bool SecurityProfileCheck(int profile);
}
