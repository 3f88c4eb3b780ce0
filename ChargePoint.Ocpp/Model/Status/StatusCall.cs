using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Status
{
    /// <summary>
    /// The StatusNotification.req of one connector as it is at send time. Sent by the <see cref="StatusService"/> for a
    /// change (the answer tells it what was reported), or by TriggerMessage (no owner): always sent, even when unchanged
    /// and while Pending (Spec §4.2.1); the StatusService still reports real changes on its own.
    /// </summary>
    internal sealed class StatusCall : OutgoingCall
    {
        private readonly StatusService _owner;
        private readonly OcppClock _clock;

        /// <param name="owner">The status service, or null for a triggered StatusNotification.</param>
        public StatusCall(StatusService owner, Connector connector, OcppClock clock)
            : base(OcppAction.StatusNotification)
        {
            _owner = owner;
            Connector = connector;
            _clock = clock;
            AllowedBeforeAccepted = owner == null;
        }

        public readonly Connector Connector;

        public string SentStatus;

        public string SentError;

        public string SentInfo;

        public override void WritePayload(JsonWriter w)
        {
            Connector c = Connector;
            var req = new StatusNotificationRequest(c.Id, c.ErrorCode, c.Status);
            req.Info = c.Info;
            req.VendorId = c.VendorId;
            req.VendorErrorCode = c.VendorErrorCode;
            if (_clock.IsSet)
            {
                req.Timestamp = new UtcTimestamp(_clock.Now(SentAtMs));
            }

            SentStatus = req.Status;
            SentError = req.ErrorCode;
            SentInfo = req.Info;
            req.WriteTo(w);
        }

        // An answer, a CallError or a timeout counts as reported (no retry storm); a lost connection does not.
        public override void OnOutcome(int failure, object outcome, long nowMs)
        {
            if (_owner != null)
            {
                _owner.Done(this, failure != Aborted);
            }
        }
    }
}
