using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Rpc;
using M = ChargePoint.Ocpp.Model.Metering;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// A CALL of the transaction service. A journalled message: the payload is written at send time from the journal,
    /// with the transactionId resolved then; outcomes go back to the journal: result = confirmed, CallError/timeout =
    /// failed attempt, aborted = nothing (sent again after reconnect with the same message id). Or an Authorize.req (no
    /// message): its answer, or none, goes to <see cref="TransactionService.OnAuthorizeAnswer"/>.
    /// </summary>
    internal sealed class JournalCall : OutgoingCall
    {
        private readonly TransactionService _source;
        private readonly JournalMessage _message;
        private readonly int _kind;
        private readonly int _connectorId;
        private readonly string _idTag;
        private readonly JournalTransaction _tx;

        /// <param name="message">The journalled message, or null for an Authorize.req of idTag (kind, connectorId and tx as OnAuthorizeAnswer takes them).</param>
        public JournalCall(TransactionService source, JournalMessage message, int kind, int connectorId, string idTag, JournalTransaction tx)
            : base(message == null ? OcppAction.Authorize : message.Kind == JournalMessage.StartTransaction ? OcppAction.StartTransaction
                : message.Kind == JournalMessage.StopTransaction ? OcppAction.StopTransaction : OcppAction.MeterValues)
        {
            _source = source;
            _message = message;
            _kind = kind;
            _connectorId = connectorId;
            _idTag = idTag;
            _tx = tx;
            MessageId = message == null ? null : message.MessageId;
        }

        public override void WritePayload(JsonWriter w)
        {
            if (_message == null)
            {
                new StringPayload("idTag", _idTag).WriteTo(w);
                return;
            }

            TransactionJournal journal = _source.Journal;
            JournalTransaction tx = _message.Transaction;
            if (_message.Kind == JournalMessage.StartTransaction)
            {
                var request = new StartTransactionRequest(tx.ConnectorId, tx.IdTag, (int)tx.MeterStartWh, UtcTime.ToDateTime(journal.ResolveUtcMs(tx.StartTime)));
                if (tx.ReservationId >= 0)
                {
                    request.ReservationId = tx.ReservationId;
                }

                request.WriteTo(w);
            }
            else if (_message.Kind == JournalMessage.StopTransaction)
            {
                var request = new StopTransactionRequest((int)tx.MeterStopWh, UtcTime.ToDateTime(journal.ResolveUtcMs(tx.StopTime)), _message.TransactionId);
                request.IdTag = tx.StopIdTag;
                request.Reason = tx.StopReason == StopReason.None ? null : StopReason.ToText(tx.StopReason);
                if (tx.TransactionData.Count > 0)
                {
                    var data = new W.MeterValue[tx.TransactionData.Count];
                    for (int i = 0; i < data.Length; i++)
                    {
                        var value = (M.MeterValue)tx.TransactionData[i];
                        data[i] = ToWire(value, journal.ResolveUtcMs(value.Time));
                    }

                    request.TransactionData = data;
                }

                request.WriteTo(w);
            }
            else
            {
                M.MeterValue value = _message.MeterValue;
                var request = new MeterValuesRequest(_message.ConnectorId, new[] { ToWire(value, journal.ResolveUtcMs(value.Time)) });
                request.TransactionId = _message.TransactionId;
                request.WriteTo(w);
            }
        }

        public override void OnResult(object result, long nowMs)
        {
            if (_message == null)
            {
                _source.OnAuthorizeAnswer(_kind, _connectorId, _idTag, _tx, ((IdTagInfoPayload)result).IdTagInfo, nowMs);
                return;
            }

            // A Start records its transactionId; Start and Stop pass their idTagInfo on (MeterValues has none).
            int transactionId = 0;
            W.IdTagInfo info = null;
            if (_message.Kind == JournalMessage.StartTransaction)
            {
                var response = (StartTransactionResponse)result;
                transactionId = response.TransactionId;
                info = response.IdTagInfo;
            }
            else if (_message.Kind == JournalMessage.StopTransaction)
            {
                info = ((IdTagInfoPayload)result).IdTagInfo;
            }

            _source.Journal.Confirm(_message.Seq, transactionId);
            if (_message.Kind != JournalMessage.MeterValues)
            {
                _source.OnConfirmed(_message.Transaction, _message.Kind, info, nowMs);
            }
        }

        public override void OnFailed(int failure, string errorCode, long nowMs)
        {
            if (_message == null)
            {
                _source.OnAuthorizeAnswer(_kind, _connectorId, _idTag, _tx, null, nowMs);
            }
            else if (failure != Aborted)
            {
                _source.Journal.Fail(_message.Seq, nowMs);
            }
        }

        internal static W.MeterValue ToWire(M.MeterValue value, long utcMs)
        {
            var sampled = new W.SampledValue[value.SampledValues.Length];
            for (int i = 0; i < sampled.Length; i++)
            {
                M.SampledValue s = value.SampledValues[i];
                var wire = new W.SampledValue(s.Value);
                wire.Context = s.Context == 0 ? null : M.ReadingContext.ToText(s.Context);
                wire.Measurand = s.Measurand == 0 ? null : M.Measurand.ToText(s.Measurand);
                wire.Phase = s.Phase == 0 ? null : M.Phase.ToText(s.Phase);
                wire.Location = s.Location == 0 ? null : M.Location.ToText(s.Location);
                wire.Unit = s.Unit == 0 ? null : M.UnitOfMeasure.ToText(s.Unit);
                sampled[i] = wire;
            }

            return new W.MeterValue(UtcTime.ToDateTime(utcMs), sampled);
        }
    }
}
