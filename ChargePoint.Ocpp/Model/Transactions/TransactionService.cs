using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Rpc;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Transactions of every connector: authorization (card or RemoteStart), StartTransaction / StopTransaction
    /// through the journal, sampled and clock-aligned metering, EV-side disconnect, ConnectionTimeOut, invalid-id
    /// handling, remote and reset stops, and the status inputs of each <see cref="Connector"/>.
    /// On construction (= boot) a transaction left open by a power cut is closed with reason PowerLoss and the larger of
    /// the meter's persisted total and the highest reading journalled; the meter's register is raised to the latter.
    /// </summary>
    public sealed partial class TransactionService : ITickable
    {
        private const string EvDisconnectedInfo = "EV side disconnected";

        // Admit's answers (the reservation half) besides a reservationId: no reservation concerns the idTag at the connector, or
        // the connector is kept for another idTag.
        public const int NoReservation = -1;
        public const int ReservationBlocked = -2;

        private readonly RpcSession _session;
        private readonly OcppClock _clock;
        private readonly ConfigurationStore _config;
        private readonly IChargePointHooks _hooks;
        private readonly Connector[] _connectors;
        private bool _anchored; // the journal's clock anchor is recorded once the wall clock is seen set in this boot

        /// <summary>
        /// Adds transactions, authorization and metering to the charge point (a boot): opens the journal, builds the
        /// authorization service, closes a transaction left open by a power cut, registers the RemoteStartTransaction,
        /// RemoteStopTransaction and ClearCache handlers, and hooks Reset and UnlockConnector.
        /// </summary>
        /// <param name="meters">Index = connectorId; index 0 is the optional main meter.</param>
        /// <param name="journalPrefix">Message-id prefix for a new journal (unique per device/wipe, e.g. "tx" + random).</param>
        public TransactionService(OcppChargePoint cp, IMeter[] meters, string journalPrefix, long nowMs)
        {
            RpcSession session = cp.Session;
            _session = session;
            _clock = cp.Clock;
            ConfigurationStore config = cp.Configuration;
            _config = config;
            _hooks = cp.Hooks;
            Connector[] connectors = cp.Connectors;
            _connectors = connectors;
            var journal = new TransactionJournal(cp.Storage);
            journal.Open(journalPrefix);
            Journal = journal;
            var auth = new AuthorizationService(cp.Storage, config);
            Authorization = auth;
            _meters = meters;
            var next = new long[meters.Length];
            for (int c = 0; c < next.Length; c++)
            {
                next[c] = -1;
            }

            _nextSampleMono = next;
            // Binds the configuration keys of transactions and metering to the services' settings (authorization reads its keys), the
            // moment a key changes (a ChangeConfiguration and a RemoteStartTransaction in the same loop pass see the new
            // value), declares StopTransactionMaxMeterValues and restricts the measurand lists to what the meter provides.
            if (Meter(1) != null) // connector 1's meter says what can be measured
            {
                ConfigValidator measured = IsMeasured; // one delegate for the four keys
                config.SetValidator(ConfigKeys.MeterValuesSampledData, measured);
                config.SetValidator(ConfigKeys.MeterValuesAlignedData, measured);
                config.SetValidator(ConfigKeys.StopTxnSampledData, measured);
                config.SetValidator(ConfigKeys.StopTxnAlignedData, measured);
            }

            config.DeclareInt("StopTransactionMaxMeterValues", journal.MaxTransactionData, 0, int.MaxValue, true);
            config.Changed += Sync;
            Sync(0);
            session.TransactionSource = this;
            OfferedCurrentA = 32;
            // Recovery after a boot. The register never goes back: the meter's saved total may be older than a reading already journalled (and
            // maybe reported) when the power went, or lost. Each unfinished transaction raises its connector's meter to the highest
            // reading journalled for it (meterStart, samples, transactionData, meterStop; RaiseEnergyTo never lowers).
            JournalTransaction[] all = journal.Transactions();
            for (int i = 0; i < all.Length; i++)
            {
                JournalTransaction tx = all[i];
                IMeter meter = Meter(tx.ConnectorId);
                long floor = tx.MeterStartWh > tx.LastEnergyWh ? tx.MeterStartWh : tx.LastEnergyWh;
                if (tx.Stopped && tx.MeterStopWh > floor)
                {
                    floor = tx.MeterStopWh;
                }

                if (tx.ConnectorId >= 1 && meter != null && floor > meter.EnergyActiveImportWh)
                {
                    meter.RaiseEnergyTo(floor);
                }
            }

            for (int i = 0; i < all.Length; i++)
            {
                JournalTransaction tx = all[i];
                if (tx.Stopped)
                {
                    continue;
                }

                // Power was lost during this transaction: close it with the larger of the meter's persisted total and
                // the highest reading journalled for it.
                IMeter meter = Meter(tx.ConnectorId);
                long wh = meter == null ? tx.LastEnergyWh : meter.EnergyActiveImportWh;
                if (wh < tx.LastEnergyWh)
                {
                    wh = tx.LastEnergyWh;
                }

                if (wh < tx.MeterStartWh)
                {
                    wh = tx.MeterStartWh;
                }

                MeterValue end = new MeterValue(tx.LastTime, new[] { EnergyRegister(wh, ReadingContext.TransactionEnd) });
                journal.EndTransaction(tx.TxNr, null, wh, tx.LastTime, StopReason.PowerLoss, (StopTxnSampledData.Length > 0 || StopTxnAlignedData.Length > 0) ? end : null);
            }

            session.Register(OcppAction.RemoteStartTransaction, this);
            session.Register(OcppAction.RemoteStopTransaction, this);
            session.Register(OcppAction.ClearCache, auth);
            cp.Transactions = this;
            cp.AddService(this);
        }

        /// <summary>Current offered to the EV while charging (smart charging may lower it later).</summary>
        public double OfferedCurrentA;

        public readonly TransactionJournal Journal;

        public readonly AuthorizationService Authorization;

        /// <summary>True when the line is up and BootNotification was Accepted.</summary>
        public bool IsOnline
        {
            get { return _session.IsConnected && _session.Gate == RpcSession.GateOpen; }
        }

        /// <summary>The running transaction on a connector, or null.</summary>
        public JournalTransaction RunningTransaction(int connectorId)
        {
            if (connectorId < 1 || connectorId >= _connectors.Length || _connectors[connectorId].TxNr == 0)
            {
                return null;
            }

            return Journal.Find(_connectors[connectorId].TxNr);
        }

        /// <summary>True when every transaction message was delivered (asked before a reset reboots).</summary>
        public bool IsSettled()
        {
            return Journal.Head() == null || !IsOnline;
        }

        // ---- inputs ----

        /// <summary>A card was presented at a connector (the card reader hook).</summary>
        public void PresentIdTag(int connectorId, string idTag, long nowMs)
        {
            if (connectorId < 1 || connectorId >= _connectors.Length)
            {
                Outcome(connectorId, idTag, false, "no connector " + connectorId.ToString());
                return;
            }

            Connector c = _connectors[connectorId];
            JournalTransaction running = RunningTransaction(connectorId);
            if (running != null)
            {
                // A card at a running transaction: the same card, or one of the same parentIdTag, stops it.
                if (idTag == running.IdTag)
                {
                    Outcome(connectorId, idTag, true, "stop: same card");
                    Stop(connectorId, StopReason.Local, idTag, nowMs);
                    return;
                }

                IdTagInfo known = Authorization.LookUp(idTag);
                if (known != null && known.IsValidAt(_clock.UtcMs(nowMs)) && AuthorizationService.MayStop(idTag, known.ParentIdTag, running.IdTag, running.ParentIdTag)
                    && !IsOnline)
                {
                    Outcome(connectorId, idTag, true, "stop: parent (offline)");
                    Stop(connectorId, StopReason.Local, idTag, nowMs);
                    return;
                }

                if (!IsOnline)
                {
                    Outcome(connectorId, idTag, false, "other card (offline)");
                    return;
                }

                SendAuthorize(CardStop, connectorId, idTag, running);
                return;
            }

            string busy = c.Faulted ? "faulted"
                : !c.Operative ? "unavailable"
                : c.PendingIdTag != null ? "pending " + c.PendingIdTag
                : c.AuthorizingIdTag != null ? "authorizing " + c.AuthorizingIdTag
                : Journal.IsFailed ? "journal failed" : null;
            if (busy != null)
            {
                Outcome(connectorId, idTag, false, busy);
                return;
            }

            if (!DecideLocally(connectorId, idTag, IsOnline, nowMs, ""))
            {
                c.AuthorizingIdTag = idTag;
                SendAuthorize(CardStart, connectorId, idTag, null);
            }
        }

        /// <summary>RemoteStartTransaction: Accepted, or Rejected (connector 0 or unknown, busy, faulted, unavailable, no free connector).</summary>
        public string RemoteStart(int connectorId, string idTag, long nowMs)
        {
            if (connectorId == Absent.Int)
            {
                connectorId = -1;
                for (int i = 1; i < _connectors.Length; i++)
                {
                    if (IsFree(i, idTag))
                    {
                        connectorId = i;
                        break;
                    }
                }
            }

            if (connectorId < 1 || connectorId >= _connectors.Length || !IsFree(connectorId, idTag))
            {
                return W.OcppEnum.Rejected;
            }

            if (_config.Bool(ConfigKeys.AuthorizeRemoteTxRequests) && Authorization.Decide(idTag, IsOnline, _clock.UtcMs(nowMs)) != AuthorizationService.Accept)
            {
                _connectors[connectorId].AuthorizingIdTag = idTag;
                SendAuthorize(RemoteStartKind, connectorId, idTag, null);
            }
            else
            {
                IdTagInfo known = Authorization.LookUp(idTag);
                Authorized(connectorId, idTag, known == null ? null : known.ParentIdTag, true, nowMs, null);
            }

            return W.OcppEnum.Accepted;
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

        public void Tick(long nowMs)
        {
            Anchor(nowMs);
            int connectionTimeOutMs = _config.Int(ConfigKeys.ConnectionTimeOut) * 1000;
            for (int i = 1; i < _connectors.Length; i++)
            {
                Connector c = _connectors[i];
                bool plugged = _hooks.IsPlugged(i);
                bool was = c.Plugged; // the last reading: only this service sets it
                c.Plugged = plugged;
                if (plugged && !was)
                {
                    c.FinishingSinceMs = -1;
                    if (c.TxNr != 0)
                    {
                        // The EV came back during a kept transaction (StopTransactionOnEVSideDisconnect = false).
                        if (c.Info == EvDisconnectedInfo)
                        {
                            c.Info = null;
                        }
                    }
                    else
                    {
                        c.Finishing = false;
                        if (c.PendingIdTag != null)
                        {
                            StartTransaction(i, nowMs);
                        }
                    }
                }
                else if (!plugged && was)
                {
                    if (c.TxNr == 0)
                    {
                        c.Finishing = false;
                    }
                    else if (_config.Bool(ConfigKeys.StopTransactionOnEVSideDisconnect))
                    {
                        Stop(i, StopReason.EVDisconnected, null, nowMs);
                        if (_config.Bool(ConfigKeys.UnlockConnectorOnEVSideDisconnect))
                        {
                            _hooks.UnlockConnector(i);
                        }

                        // The cable may still hang in the socket: Finishing until ConnectionTimeOut (TC_005_1).
                        c.Finishing = true;
                        c.FinishingSinceMs = nowMs;
                    }
                    else
                    {
                        // Keep the transaction; report SuspendedEV "EV side disconnected" (TC_005_3).
                        c.EvSuspended = true;
                        c.Info = EvDisconnectedInfo;
                    }
                }

                if (c.PendingIdTag != null && !plugged && nowMs - c.PendingSinceMs >= connectionTimeOutMs)
                {
                    // ConnectionTimeOut counts from Preparing (Errata 3.77): the authorization lapses.
                    c.PendingIdTag = null;
                    c.PendingParent = null;
                    c.PendingRemote = false;
                    c.PendingReservationId = NoReservation;
                }

                if (c.FinishingSinceMs >= 0 && !plugged && nowMs - c.FinishingSinceMs >= connectionTimeOutMs)
                {
                    c.FinishingSinceMs = -1;
                    c.Finishing = false;
                }

                if (c.TxNr != 0 && plugged)
                {
                    c.EvSuspended = !_hooks.IsEvReady(i);
                }
            }

            Sample(nowMs);
            if (_slots != null)
            {
                Expire(nowMs);
            }
        }

        // ---- internals ----

        private bool IsFree(int connectorId, string idTag)
        {
            Connector c = _connectors[connectorId];
            if (c.Faulted || !c.Operative || c.TxNr != 0 || c.PendingIdTag != null || c.AuthorizingIdTag != null)
            {
                return false;
            }

            // Whether a reservation lets idTag use the connector (its parent as far as known locally).
            if (_slots == null)
            {
                return !c.Reserved; // no Reservation profile: a Reserved flag refuses every remote start
            }

            IdTagInfo known = Authorization.LookUp(idTag);
            return Admit(connectorId, idTag, known == null ? null : known.ParentIdTag) != ReservationBlocked;
        }

        /// <param name="cardReason">For a presented card: the acceptance reason reported through <see cref="IChargePointHooks.CardOutcome"/>.</param>
        private void Authorized(int connectorId, string idTag, string parent, bool remote, long nowMs, string cardReason)
        {
            Connector c = _connectors[connectorId];
            if (c.TxNr != 0)
            {
                if (cardReason != null)
                {
                    Outcome(connectorId, idTag, false, "transaction running");
                }

                return;
            }

            int reservationId = _slots == null ? NoReservation : Admit(connectorId, idTag, parent);
            if (reservationId == ReservationBlocked)
            {
                if (cardReason != null)
                {
                    Outcome(connectorId, idTag, false, "reserved");
                }

                return; // reserved for another idTag
            }

            if (cardReason != null)
            {
                Outcome(connectorId, idTag, true, cardReason);
            }

            c.PendingReservationId = reservationId;
            c.PendingIdTag = idTag;
            c.PendingParent = parent;
            c.PendingRemote = remote;
            c.PendingSinceMs = nowMs;
            c.FinishingSinceMs = -1;
            c.Finishing = false;
            if (_hooks.IsPlugged(connectorId))
            {
                StartTransaction(connectorId, nowMs);
            }
        }

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

        private void Outcome(int connectorId, string idTag, bool accepted, string reason)
        {
            _hooks.CardOutcome(connectorId, idTag, accepted, reason);
        }

        /// <summary>
        /// Decides a presented card locally (Spec 3.4 / 5.2): accepted with where it is known from or the offline rule, or
        /// refused with why, each reason after prefix. False (nothing decided) when the Central System must be asked.
        /// </summary>
        private bool DecideLocally(int connectorId, string idTag, bool online, long nowMs, string prefix)
        {
            long nowUtcMs = _clock.UtcMs(nowMs);
            int decision = Authorization.Decide(idTag, online, nowUtcMs);
            if (decision == AuthorizationService.AskCentralSystem)
            {
                return false;
            }

            IdTagInfo info = Authorization.LookUp(idTag);
            string source = Authorization.LocalAuthListEnabled && Authorization.LocalList.Find(idTag) != null ? " (list" : " (cache";
            string reason = info == null ? (decision == AuthorizationService.Accept
                    ? "Accepted (unknown, offline)"
                    : "unknown (offline)")
                : decision == AuthorizationService.Accept ? "Accepted" + source + (online ? ")" : ", offline)")
                : info.Status != IdTagInfo.Accepted ? Measurand.ToText(IdTagInfo.Base + info.Status) + source + ")"
                : !info.IsValidAt(nowUtcMs) ? "Expired" + source + ")"
                : "offline refused";
            if (decision == AuthorizationService.Accept)
            {
                Authorized(connectorId, idTag, info == null ? null : info.ParentIdTag, false, nowMs, prefix + reason);
            }
            else
            {
                Outcome(connectorId, idTag, false, prefix + reason);
            }

            return true;
        }

        private const int CardStart = JournalMessage.AuthorizeCardStart, RemoteStartKind = JournalMessage.AuthorizeRemoteStart, CardStop = JournalMessage.AuthorizeCardStop;

        private void SendAuthorize(int kind, int connectorId, string idTag, JournalTransaction tx)
        {
            var call = new JournalMessage(kind, 0, null, tx, connectorId, null, 0);
            call.Source = this;
            call.IdTag = idTag;
            if (!_session.Enqueue(call))
            {
                OnAuthorizeAnswer(kind, connectorId, idTag, tx, null, 0);
            }
        }

        /// <summary>
        /// What the answer to one Authorize.req (a <see cref="JournalMessage"/>) decides: a card start, a RemoteStart
        /// (AuthorizeRemoteTxRequests), or a card stop of transaction tx. No answer (wire null): a card start is decided
        /// as offline, a card stop leaves the transaction running.
        /// </summary>
        internal void OnAuthorizeAnswer(int kind, int connectorId, string idTag, JournalTransaction tx, W.IdTagInfo wire, long now)
        {
            Connector c = _connectors[connectorId];
            if (wire == null)
            {
                string noAnswer = "no answer: "; // one literal for both texts (a const would be folded into two)
                if (kind == CardStop)
                {
                    Outcome(connectorId, idTag, false, noAnswer + "goes on");
                    return;
                }

                c.AuthorizingIdTag = null;
                if (kind == CardStart)
                {
                    DecideLocally(connectorId, idTag, false, now, noAnswer); // no answer: decide as offline
                }

                return;
            }

            IdTagInfo info = FromWire(wire);
            Authorization.Learn(idTag, info);
            string cs = " (CS)"; // one literal for the texts below (a const would fold into each)
            if (tx == null)
            {
                c.AuthorizingIdTag = null;
                if (info.Status == IdTagInfo.Accepted)
                {
                    Authorized(connectorId, idTag, info.ParentIdTag, kind == RemoteStartKind, now, kind == RemoteStartKind ? null : "Accepted" + cs);
                    return;
                }

                if (kind != CardStart)
                {
                    return; // a refused RemoteStart: its answer was Accepted already, nothing to report
                }
            }
            else if (c.TxNr != tx.TxNr)
            {
                Outcome(connectorId, idTag, false, "over");
                return;
            }
            else if (info.Status == IdTagInfo.Accepted)
            {
                if (AuthorizationService.MayStop(idTag, info.ParentIdTag, tx.IdTag, tx.ParentIdTag))
                {
                    Outcome(connectorId, idTag, true, "stop: parent" + cs);
                    Stop(connectorId, StopReason.Local, idTag, now);
                }
                else
                {
                    Outcome(connectorId, idTag, false, "other card" + cs);
                }

                return;
            }

            // Refused by the Central System (a card start or stop).
            Outcome(connectorId, idTag, false, (Measurand.ToText(IdTagInfo.Base + info.Status) ?? "unknown status") + cs);
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
        internal void OnConfirmed(JournalTransaction tx, int kind, W.IdTagInfo wire, long nowMs)
        {
            if (wire == null)
            {
                return;
            }

            IdTagInfo info = FromWire(wire);
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

        /// <summary>An idTagInfo as the local list and the cache keep it.</summary>
        internal static IdTagInfo FromWire(W.IdTagInfo wire)
        {
            long expiry = wire.ExpiryDate == null ? 0 : CaptureTime.ToMs(wire.ExpiryDate.Value);
            int status = IdTagInfo.ConcurrentTx;
            while (status > 0 && Measurand.ToText(IdTagInfo.Base + status) != wire.Status)
            {
                status--; // 0: not a 1.6 status
            }

            return new IdTagInfo(status, expiry, wire.ParentIdTag);
        }
    }
}
