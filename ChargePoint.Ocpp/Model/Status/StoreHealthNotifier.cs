using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Platform;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Ocpp.Model.Status
{
    /// <summary>
    /// Tells the Central System, once per boot, about each stored record that failed its check: a StatusNotification on
    /// connector 0 with errorCode OtherError, the vendorId, vendorErrorCode "JournalCorrupt" (transaction journal) or
    /// "RecordCorrupt:&lt;name&gt;" and info saying what was lost or recovered (CiString50). Sent after the connector-0 status
    /// that follows BootNotification.Accepted, one at a time; a lost connection sends it again, a CallError does not.
    /// </summary>
    public sealed class StoreHealthNotifier : ITickable
    {
        private const int MaxText = 50;

        private readonly StoreHealth _health;
        private readonly RpcSession _session;
        private readonly StatusService _status;
        private readonly Connector _chargePoint;
        private readonly OcppClock _clock;
        private readonly string _vendorId;
        private bool _inFlight;

        public StoreHealthNotifier(StoreHealth health, RpcSession session, StatusService status, Connector chargePoint, OcppClock clock, string vendorId)
        {
            _health = health;
            _session = session;
            _status = status;
            _chargePoint = chargePoint;
            _clock = clock;
            _vendorId = vendorId;
        }

        /// <summary>Reports already answered by the Central System (the index of the next one to send).</summary>
        public int Sent;

        public void Tick(long nowMs)
        {
            if (_inFlight || Sent >= _health.Names.Count || _session.Gate != RpcSession.GateOpen || !_session.IsConnected
                || _status.ReportedStatus(0) == null)
            {
                return;
            }

            var request = new StatusNotificationRequest(0, OcppEnum.OtherError, _chargePoint.Status);
            request.VendorId = _vendorId;
            string record = (string)_health.Names[Sent];
            request.VendorErrorCode = record.StartsWith("txj.") ? "JournalCorrupt" : Cut("RecordCorrupt:" + record);
            request.Info = Cut((string)_health.Details[Sent]);
            if (_clock.IsSet)
            {
                request.Timestamp = new UtcTimestamp(_clock.Now(nowMs));
            }

            _inFlight = _session.Enqueue(new RequestCall(OcppAction.StatusNotification, request, OnOutcome));
        }

        // A lost connection sends the report again; anything else moves on to the next one.
        private void OnOutcome(int failure, object result, long nowMs)
        {
            _inFlight = false;
            if (failure != OutgoingCall.Aborted)
            {
                Sent++;
            }
        }

        private static string Cut(string text)
        {
            return text.Length <= MaxText ? text : text.Substring(0, MaxText);
        }
    }
}
