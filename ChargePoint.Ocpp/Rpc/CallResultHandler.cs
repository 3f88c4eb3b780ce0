using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>Receives a CALLRESULT payload (reader at '{'); must consume it, typically with <c>XResponse.Parse(payload)</c>.</summary>
    public delegate void CallResultHandler(JsonReader payload, long nowMs);
}
