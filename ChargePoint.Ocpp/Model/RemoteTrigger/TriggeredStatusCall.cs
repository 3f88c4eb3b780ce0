using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model.Clock;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.RemoteTrigger
{
    /// <summary>
    /// A StatusNotification requested by TriggerMessage: always sent (even when unchanged), with the connector's
    /// status taken at send time. The StatusService still reports real changes on its own.
    /// </summary>
    internal sealed class TriggeredStatusCall : OutgoingCall
    {
        private readonly Connector _connector;
        private readonly OcppClock _clock;

        public TriggeredStatusCall(Connector connector, OcppClock clock)
            : base(OcppAction.StatusNotification)
        {
            _connector = connector;
            _clock = clock;
            AllowedBeforeAccepted = true; // a triggered message may go out while Pending (Spec §4.2.1)
        }

        public override void WritePayload(JsonWriter w)
        {
            StatusService.Request(_connector, _clock, SentAtMs).WriteTo(w);
        }
    }
}
