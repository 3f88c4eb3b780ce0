// TransactionService: authorizing a start or stop (a presented card, RemoteStart, the local decision, Authorize.req and its answer).
using ChargePoint.Ocpp.Model.Status;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    public sealed partial class TransactionService : ITickable
    {
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
        /// (AuthorizeRemoteTxRequests), or a card stop of transaction tx. No answer (info null): a card start is decided
        /// as offline, a card stop leaves the transaction running.
        /// </summary>
        internal void OnAuthorizeAnswer(int kind, int connectorId, string idTag, JournalTransaction tx, IdTagInfo info, long now)
        {
            Connector c = _connectors[connectorId];
            if (info == null)
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
    }
}
