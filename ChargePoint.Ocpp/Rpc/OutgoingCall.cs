using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// One CP→CSMS CALL and its outcome. The payload is written at send time (so a journal can patch in a
    /// transactionId that arrived after the call was queued). Exactly one outcome callback runs per send:
    /// OnResult (CALLRESULT), OnCallError (CALLERROR, or a CALLRESULT that failed validation, or the payload
    /// could not be written), OnTimeout (no answer within the session's response timeout), or OnAborted
    /// (the connection closed first: nothing is known, resend after reconnect).
    /// </summary>
    public abstract class OutgoingCall
    {
        protected OutgoingCall(string action)
        {
            Action = action;
        }

        public readonly string Action;

        /// <summary>Preset it to reuse an id on a retry (J-Errata 3.7 allows it); otherwise the session assigns a fresh one.</summary>
        public string? MessageId;

        /// <summary>May go out before BootNotification is Accepted (BootNotification itself, triggered messages while Pending).</summary>
        public bool AllowedBeforeAccepted;

        /// <summary>Monotonic time of the last send; already set when <see cref="WritePayload"/> runs.</summary>
        public long SentAtMs;

        /// <summary>Writes the payload object.</summary>
        public abstract void WritePayload(JsonWriter w);

        /// <summary>The reader stands at the CALLRESULT payload; parse it fully (throw <see cref="OcppException"/> if invalid).</summary>
        public virtual void OnResult(JsonReader payload, long nowMs)
        {
            payload.SkipValue();
        }

        public virtual void OnCallError(string errorCode, string description, long nowMs)
        {
        }

        public virtual void OnTimeout(long nowMs)
        {
        }

        public virtual void OnAborted(long nowMs)
        {
        }
    }
}
