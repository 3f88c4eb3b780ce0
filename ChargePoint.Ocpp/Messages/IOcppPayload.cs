using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages
{
    /// <summary>A request or response payload that writes itself as one JSON object.</summary>
    public interface IOcppPayload
    {
        void WriteTo(JsonWriter w);
    }
}
