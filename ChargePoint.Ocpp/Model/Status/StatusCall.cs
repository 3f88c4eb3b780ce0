using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Status
{
    /// <summary>
    /// The StatusNotification.req of one connector as it is at send time. Sent by the charge point's status reports for a
    /// change (the answer tells them what was reported), or by TriggerMessage (triggered): always sent, even when
    /// unchanged and while Pending (Spec §4.2.1); the status reports still report real changes on their own.
    /// </summary>
    internal sealed class StatusCall : OutgoingCall
    {
        private readonly OcppChargePoint _cp;

        /// <param name="triggered">True for a triggered StatusNotification (may go out before Accepted; its outcome reports nothing).</param>
        public StatusCall(OcppChargePoint cp, Connector connector, bool triggered)
            : base(OcppAction.StatusNotification, null, null)
        {
            _cp = cp;
            Connector = connector;
            AllowedBeforeAccepted = triggered;
        }

        public readonly Connector Connector;

        public string SentStatus;

        public string SentError;

        public string SentInfo;

        public override void WritePayload(JsonWriter w)
        {
            Connector c = Connector;
            OcppClock clock = _cp.Clock;
            var req = new StatusNotificationRequest(c.Id, c.ErrorCode, c.Status);
            req.Info = c.Info;
            req.VendorId = c.VendorId;
            req.VendorErrorCode = c.VendorErrorCode;
            if (clock.IsSet)
            {
                req.Timestamp = new UtcTimestamp(clock.Now(SentAtMs));
            }

            SentStatus = req.Status;
            SentError = req.ErrorCode;
            SentInfo = req.Info;
            req.WriteTo(w);
        }

        // An answer, a CallError or a timeout counts as reported (no retry storm); a lost connection does not.
        public override void OnOutcome(int failure, object outcome, long nowMs)
        {
            OcppChargePoint cp = _cp;
            if (AllowedBeforeAccepted)
            {
                return; // triggered
            }

            if (failure != Aborted)
            {
                cp.ReportedCalls[Connector.Id] = this;
            }

            if (cp.StatusInFlight == this)
            {
                cp.StatusInFlight = null;
            }
        }
    }
}
