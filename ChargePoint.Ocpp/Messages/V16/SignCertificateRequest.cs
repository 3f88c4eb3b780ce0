using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>SignCertificate.req (Security Whitepaper). Wire action <see cref="OcppAction.SignCertificate"/>.</summary>
    public sealed class SignCertificateRequest : IOcppPayload
    {
        public SignCertificateRequest(string csr)
        {
            Csr = csr;
        }

        /// <summary>Required CiString5500.</summary>
        public string Csr;

        public void WriteTo(JsonWriter w)
        {
            w.StartObject();
            w.Prop("csr", Csr);
            w.EndObject();
        }
    }
}
