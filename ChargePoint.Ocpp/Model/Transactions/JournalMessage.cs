using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;
using M = ChargePoint.Ocpp.Model.Transactions;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// A CALL of the transaction service: the next transaction-related message to deliver (the journal's head, handed to
    /// the RPC session), or an Authorize.req (not journalled). A journalled message's payload is written at send time
    /// from the journal, with the transactionId resolved then; its outcome goes back to the journal: result = confirmed,
    /// CallError/timeout = failed attempt, aborted = nothing (sent again after reconnect with the same message id).
    /// An Authorize.req's answer, or none, goes to <see cref="TransactionService.OnAuthorizeAnswer"/>.
    /// </summary>
    public sealed class JournalMessage : OutgoingCall
    {
        // Kind: the three transaction-related messages (Spec §3.7) that go through the journal.
        public const int StartTransaction = 1;
        public const int MeterValues = 2;
        public const int StopTransaction = 3;

        // Kind of an Authorize.req (never journalled): for a card start, a RemoteStart (AuthorizeRemoteTxRequests), or a card stop.
        internal const int AuthorizeCardStart = 4;
        internal const int AuthorizeRemoteStart = 5;
        internal const int AuthorizeCardStop = 6;

        internal JournalMessage(int kind, int seq, string messageId, JournalTransaction transaction, int connectorId, M.MeterValue meterValue, int transactionId)
            : base(kind == StartTransaction ? OcppAction.StartTransaction : kind == StopTransaction ? OcppAction.StopTransaction
                : kind == MeterValues ? OcppAction.MeterValues : OcppAction.Authorize, null, null)
        {
            Kind = kind;
            Seq = seq;
            MessageId = messageId;
            Transaction = transaction;
            ConnectorId = connectorId;
            MeterValue = meterValue;
            TransactionId = transactionId;
        }

        /// <summary>StartTransaction, MeterValues or StopTransaction (the constants above), or an Authorize kind.</summary>
        public readonly int Kind;

        /// <summary>Journal sequence number: strictly increasing in delivery order.</summary>
        public readonly int Seq;

        /// <summary>The transaction (Start/Stop, MeterValues of a known transaction, and the one a card would stop).</summary>
        public readonly JournalTransaction Transaction;

        public readonly int ConnectorId;

        /// <summary>The sample of a MeterValues message.</summary>
        public readonly M.MeterValue MeterValue;

        /// <summary>For MeterValues and StopTransaction: the resolved transactionId (-1 when the Start was dropped).</summary>
        public readonly int TransactionId;

        /// <summary>The service the outcome goes to (set when it is handed to the session).</summary>
        internal TransactionService Source;

        /// <summary>The idTag of an Authorize.req.</summary>
        internal string IdTag;

        public override void WritePayload(JsonWriter w)
        {
            if (Kind > StopTransaction)
            {
                new StringPayload("idTag", IdTag).WriteTo(w);
                return;
            }

            TransactionJournal journal = Source.Journal;
            JournalTransaction tx = Transaction;
            // The three requests (Spec §6) are written here: StartTransaction.req and StopTransaction.req have no other
            // sender (the types that read them live in CentralSystem/, outside the image).
            w.StartObject();
            if (Kind == StartTransaction)
            {
                w.Prop(Key.ConnectorId, tx.ConnectorId);
                w.Prop(Key.IdTag, tx.IdTag);
                w.Prop("meterStart", (int)tx.MeterStartWh);
                w.Prop(Key.ReservationId, tx.ReservationId >= 0 ? tx.ReservationId : Absent.Int);
                w.Prop("timestamp", CaptureTime.ToDateTime(journal.ResolveUtcMs(tx.StartTime)));
            }
            else if (Kind == StopTransaction)
            {
                w.Prop(Key.IdTag, tx.StopIdTag);
                w.Prop("meterStop", (int)tx.MeterStopWh);
                w.Prop("timestamp", CaptureTime.ToDateTime(journal.ResolveUtcMs(tx.StopTime)));
                w.Prop(Key.TransactionId, TransactionId);
                w.Prop("reason", M.Measurand.ToText(StopReason.Base + tx.StopReason));
                if (tx.TransactionData.Count > 0)
                {
                    w.PropertyName("transactionData");
                    w.StartArray();
                    for (int i = 0; i < tx.TransactionData.Count; i++)
                    {
                        var value = (M.MeterValue)tx.TransactionData[i];
                        MeterValuesRequest.WriteMeterValue(w, value, journal.ResolveUtcMs(value.Time));
                    }

                    w.EndArray();
                }
            }
            else
            {
                M.MeterValue value = MeterValue;
                MeterValuesRequest.WriteMembers(w, ConnectorId, TransactionId, value, journal.ResolveUtcMs(value.Time));
            }

            w.EndObject();
        }

        public override void OnOutcome(int failure, object outcome, long nowMs)
        {
            // A Start records its transactionId (the journal reads it for a Start only); Start, Stop and Authorize pass their
            // idTagInfo on (MeterValues has none; a failure has none: its outcome is a code).
            var response = outcome as IdTagInfoPayload;
            IdTagInfo info = response == null ? null : response.IdTagInfo;
            if (Kind > StopTransaction)
            {
                Source.OnAuthorizeAnswer(Kind, ConnectorId, IdTag, Transaction, info, nowMs);
            }
            else if (failure == Answered)
            {
                Source.Journal.Confirm(Seq, response == null ? 0 : response.TransactionId);
                if (Kind != MeterValues)
                {
                    Source.OnConfirmed(Transaction, Kind, info, nowMs);
                }
            }
            else if (failure != Aborted)
            {
                Source.Journal.Fail(Seq, nowMs);
            }
        }
    }
}
