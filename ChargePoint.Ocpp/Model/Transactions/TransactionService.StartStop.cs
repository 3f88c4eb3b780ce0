// TransactionService: starting and stopping transactions (remote and reset stops too), the journal's head as the next CALL and its confirmation.
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Rpc;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionService : ITickable
    {
        private void StartTransaction(int connectorId, long nowMs)
        {
            Connector c = _connectors[connectorId];
            IMeter meter = Meter(connectorId);
            long meterStart = meter == null ? 0 : meter.EnergyActiveImportWh;
            var time = new CaptureTime(_clock.UtcMs(nowMs), Journal.Boot, nowMs);
            int flags = c.PendingRemote ? JournalTransaction.RemoteStarted : 0;
            string idTag = c.PendingIdTag;
            int reservationId = c.PendingReservationId;
            int txNr = Journal.BeginTransaction(connectorId, idTag, c.PendingParent, meterStart, time, reservationId, flags);
            c.PendingIdTag = null; // the pending authorization is used (or refused: journal full)
            c.PendingParent = null;
            c.PendingRemote = false;
            c.PendingReservationId = NoReservation;
            if (txNr < 0)
            {
                return; // journal full of undelivered transactions: refuse rather than lose one
            }

            if (reservationId >= 0)
            {
                Cancel(reservationId); // the StartTransaction ends it (a storage failure keeps it, as for a cancel)
            }

            c.TxNr = txNr;
            c.TransactionRunning = true;
            c.Finishing = false;
            c.EvSuspended = !_hooks.IsEvReady(connectorId);
            c.EvseSuspended = false;
            if ((StopTxnSampledData.Length > 0 || StopTxnAlignedData.Length > 0) && meter != null)
            {
                Journal.AddTransactionData(txNr, new MeterValue(time, new[] { EnergyRegister(meterStart, ReadingContext.TransactionBegin) }));
            }

            int interval = _config.Int(ConfigKeys.MeterValueSampleInterval);
            _nextSampleMono[connectorId] = interval > 0 ? nowMs + (long)interval * 1000 : 0; // periodic samples count from the start
            _hooks.SetOfferedCurrentLimit(connectorId, OfferedCurrentA);
        }

        /// <summary>
        /// Stops the transaction on a connector (1..), if one runs: also the local stops (button, emergency stop, UnlockCommand
        /// before an UnlockConnector opens the lock...).
        /// </summary>
        public void Stop(int connectorId, int reason, string idTag, long nowMs)
        {
            Connector c = _connectors[connectorId];
            if (c.TxNr == 0)
            {
                return;
            }

            _hooks.SetOfferedCurrentLimit(connectorId, 0);
            IMeter meter = Meter(connectorId);
            JournalTransaction tx = Journal.Find(c.TxNr);
            long meterStop = meter == null ? tx.MeterStartWh : meter.EnergyActiveImportWh;
            var time = new CaptureTime(_clock.UtcMs(nowMs), Journal.Boot, nowMs);
            int[] measurands = StopTxnSampledData;
            if (measurands.Length == 0)
            {
                measurands = new[] { Measurand.EnergyActiveImportRegister };
            }

            MeterValue end = (StopTxnSampledData.Length > 0 || StopTxnAlignedData.Length > 0) && meter != null ? Sample(meter, measurands, ReadingContext.TransactionEnd, time) : null;
            Journal.EndTransaction(c.TxNr, idTag, meterStop, time, reason, end);
            c.TxNr = 0;
            _nextSampleMono[connectorId] = -1;
            c.TransactionRunning = false;
            c.EvSuspended = false;
            c.EvseSuspended = false;
            if (c.Info == EvDisconnectedInfo)
            {
                c.Info = null;
            }

            c.Finishing = _hooks.IsPlugged(connectorId);
        }

        /// <summary>RemoteStopTransaction: Accepted when a running transaction has that id, Rejected otherwise.</summary>
        public string RemoteStop(int transactionId, long nowMs)
        {
            for (int i = 1; i < _connectors.Length; i++)
            {
                JournalTransaction tx = RunningTransaction(i);
                if (tx != null && tx.IdState == JournalTransaction.IdKnown && tx.TransactionId == transactionId)
                {
                    Stop(i, StopReason.Remote, null, nowMs);
                    return W.OcppEnum.Accepted;
                }
            }

            return W.OcppEnum.Rejected;
        }

        /// <summary>A Reset was accepted: stop every transaction with SoftReset or HardReset (Errata 3.36).</summary>
        public void StopAllForReset(bool hard, long nowMs)
        {
            for (int i = 1; i < _connectors.Length; i++)
            {
                Stop(i, hard ? StopReason.HardReset : StopReason.SoftReset, null, nowMs); // no transaction: nothing happens
            }
        }

        /// <summary>The journal's head as a CALL (the session's transaction-message source); anchors the clock first.</summary>
        public OutgoingCall NextDue(long nowMs)
        {
            Anchor(nowMs);
            JournalMessage head = Journal.Peek(nowMs);
            if (head != null)
            {
                head.Source = this;
            }

            return head;
        }

        private void Anchor(long nowMs)
        {
            long utc;
            if (!_anchored && (utc = _clock.UtcMs(nowMs)) > 0)
            {
                Journal.SetClock(utc, nowMs);
                _anchored = true;
            }
        }

        /// <summary>A Start or Stop was confirmed by the Central System (<see cref="JournalMessage"/>).</summary>
        internal void OnConfirmed(JournalTransaction tx, int kind, IdTagInfo info, long nowMs)
        {
            if (info == null)
            {
                return;
            }

            string idTag = kind == JournalMessage.StartTransaction ? tx.IdTag : (tx.StopIdTag ?? tx.IdTag);
            Authorization.Learn(idTag, info);
            if (kind != JournalMessage.StartTransaction || info.Status == IdTagInfo.Accepted)
            {
                return;
            }

            int connectorId = tx.ConnectorId;
            if (connectorId < 1 || connectorId >= _connectors.Length || _connectors[connectorId].TxNr != tx.TxNr)
            {
                return; // already over
            }

            if (_config.Bool(ConfigKeys.StopTransactionOnInvalidId))
            {
                Stop(connectorId, StopReason.DeAuthorized, null, nowMs);
                _connectors[connectorId].Finishing = true; // keep the cable locked until the owner returns
            }
            else
            {
                // Errata 3.17: stop the energy, keep the transaction: SuspendedEVSE.
                _connectors[connectorId].EvseSuspended = true;
                _hooks.SetOfferedCurrentLimit(connectorId, 0);
                Journal.SetFlags(tx.TxNr, tx.Flags | JournalTransaction.InvalidIdSuspended);
            }
        }
    }
}
