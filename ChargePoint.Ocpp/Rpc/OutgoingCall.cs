using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// One CP→CSMS CALL and its outcome. The payload is written at send time (so a journal can patch in a
    /// transactionId that arrived after the call was queued). Exactly one outcome callback runs per send:
    /// <see cref="OnOutcome"/>, with Answered (CALLRESULT) or a failure constant: CallError (CALLERROR, or a CALLRESULT that
    /// failed validation, or the payload could not be written), Timeout (no answer within the session's response
    /// timeout) or Aborted (the connection closed first: nothing is known, resend after reconnect). A CALLRESULT is handled in one pass
    /// like an incoming CALL: <see cref="ParseResult"/> reads it, the session checks the frame ends right after, and
    /// only then does OnOutcome act; a broken frame is dropped and the call stays outstanding.
    /// As it is, the call of a ready request object with a delegate for its outcome (either may be null when a subclass
    /// overrides <see cref="WritePayload"/> or <see cref="OnOutcome"/>); a subclass of its own cost the image a type.
    /// </summary>
    public class OutgoingCall
    {
        private readonly IOcppPayload _request;
        private readonly CallOutcomeHandler _onOutcome;

        public OutgoingCall(string action, IOcppPayload request, CallOutcomeHandler onOutcome)
        {
            Action = action;
            _request = request;
            _onOutcome = onOutcome;
        }

        public readonly string Action;

        /// <summary>A <see cref="CallOutcomeHandler"/>'s failure when the CALL was answered.</summary>
        public const int Answered = 0;

        /// <summary>Why a CALL produced no result (OnOutcome's failure): a CallError (or a CALLRESULT that fails its parse).</summary>
        public const int CallError = 1;

        /// <summary>No answer in time.</summary>
        public const int Timeout = 2;

        /// <summary>The connection was lost before an answer.</summary>
        public const int Aborted = 3;

        /// <summary>Preset it to reuse an id on a retry (J-Errata 3.7 allows it); otherwise the session assigns a fresh one.</summary>
        public string MessageId;

        /// <summary>May go out before BootNotification is Accepted (BootNotification itself, triggered messages while Pending).</summary>
        public bool AllowedBeforeAccepted;

        /// <summary>Monotonic time of the last send; already set when <see cref="WritePayload"/> runs.</summary>
        public long SentAtMs;

        /// <summary>Writes the payload object (the request's).</summary>
        public virtual void WritePayload(JsonWriter w) => _request.WriteTo(w);

        /// <summary>
        /// Parses and validates the CALLRESULT payload (reader at its value) into the .conf of <see cref="Action"/>,
        /// throwing <see cref="OcppException"/> if invalid; no side effects. Every other action the charge point sends
        /// has an empty .conf (DataTransfer, the one exception, is never sent by it).
        /// </summary>
        public object ParseResult(JsonReader payload)
        {
            switch (Action)
            {
                case OcppAction.Authorize:
                    return IdTagInfoPayload.Parse(payload, true, false);
                case OcppAction.BootNotification:
                    return BootNotificationResponse.Parse(payload, true);
                case OcppAction.Heartbeat:
                    return BootNotificationResponse.Parse(payload, false);
                case OcppAction.StartTransaction:
                    return IdTagInfoPayload.Parse(payload, true, true);
                case OcppAction.StopTransaction:
                    return IdTagInfoPayload.Parse(payload, false, false);
                case OcppAction.SignCertificate:
                    return StatusPayload.Parse(payload, OcppEnum.GenericStatusEnumType);
                default:
                    return EmptyPayload.Parse(payload);
            }
        }

        /// <summary>
        /// The outcome: <see cref="Answered"/> with what <see cref="ParseResult"/> returned (the CALLRESULT was well-formed
        /// to its end), or a failure constant (CallError, Timeout, Aborted) with the CallError code or "" as outcome.
        /// </summary>
        public virtual void OnOutcome(int failure, object outcome, long nowMs) => _onOutcome?.Invoke(failure, outcome, nowMs);
    }
}
