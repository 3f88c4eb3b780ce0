using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Status
{
    /// <summary>
    /// One connector's status model (Spec §4.9 with Errata 3.19/3.20). Other services set the inputs; <see cref="Status"/>
    /// is derived from them, so every allowed transition follows and Faulted returns to whatever the inputs say
    /// (the state before the fault, if nothing else changed). Precedence, highest first:
    /// Faulted; Unavailable (inoperative and no transaction); with a transaction SuspendedEVSE, SuspendedEV, Charging;
    /// Finishing; Reserved (nothing plugged); Preparing (plugged, or a session awaiting the plug); Available.
    /// Connector 0 is the charge point itself: Faulted, Unavailable or Available.
    /// </summary>
    public sealed class Connector
    {
        private readonly Connector _chargePoint;

        public Connector(int id, Connector chargePoint)
        {
            Id = id;
            _chargePoint = chargePoint;
        }

        public readonly int Id;

        /// <summary>Availability of this connector itself (set by the availability service).</summary>
        public bool OwnOperative = true;

        /// <summary>Effective availability: this connector and the charge point (connector 0) are both Operative.</summary>
        public bool Operative => OwnOperative && !Blocked && (_chargePoint == null || _chargePoint.OwnOperative);

        /// <summary>Unavailable for now without a ChangeAvailability (not persisted): a firmware update waits to install (Errata 3.49).</summary>
        public bool Blocked;

        public bool Plugged;

        /// <summary>Set by the transaction service while a transaction runs (also makes ChangeAvailability answer Scheduled).</summary>
        public bool TransactionRunning;

        /// <summary>The EV does not take energy although offered.</summary>
        public bool EvSuspended;

        /// <summary>The EVSE does not offer energy (smart charging limit 0, invalid id, ...). Wins over EvSuspended.</summary>
        public bool EvseSuspended;

        /// <summary>The charge point's supply, shared among the connectors, leaves this one below 6 A: SuspendedEVSE too.</summary>
        public bool SupplySuspended;

        /// <summary>The transaction ended and the connector is not free yet (cable still in, or owner must return).</summary>
        public bool Finishing;

        public bool Reserved;

        /// <summary>Set by <see cref="SetFault"/> and <see cref="ClearFault"/>, with ErrorCode and VendorErrorCode.</summary>
        public bool Faulted;

        /// <summary>ChargePointErrorCode reported with the status (NoError unless a fault or warning is set).</summary>
        public string ErrorCode = OcppEnum.NoError;

        /// <summary>Free text (CiString50) reported with the status, e.g. "EV side disconnected".</summary>
        public string Info;

        /// <summary>vendorId reported with the status (set by the EVSE binding).</summary>
        public string VendorId;

        public string VendorErrorCode;

        // The transaction service's working state of this connector (RAM; the journal holds what must survive).

        /// <summary>Authorized idTag waiting for the plug (card or RemoteStart; the session is Preparing), or null; its parentIdTag and since when.</summary>
        internal string PendingIdTag;
        internal string PendingParent;
        internal long PendingSinceMs;
        internal bool PendingRemote;

        /// <summary>Reservation the pending session uses (NoReservation when none).</summary>
        internal int PendingReservationId = Transactions.TransactionService.NoReservation;

        /// <summary>idTag whose Authorize.req (to start) is outstanding, or null.</summary>
        internal string AuthorizingIdTag;

        /// <summary>Local number of the running transaction, 0 when none.</summary>
        internal int TxNr;

        /// <summary>Finishing without a plug (EV side disconnected) since then: cleared after ConnectionTimeOut; -1 when not.</summary>
        internal long FinishingSinceMs = -1;

        /// <summary>A fault: Faulted until <see cref="ClearFault"/>.</summary>
        public void SetFault(string errorCode, string info, string vendorErrorCode)
        {
            Faulted = true;
            ErrorCode = errorCode;
            Info = info;
            VendorErrorCode = vendorErrorCode;
        }

        public void ClearFault()
        {
            Faulted = false;
            ErrorCode = OcppEnum.NoError;
            Info = null;
            VendorErrorCode = null;
        }

        public string Status
        {
            get
            {
                if (Faulted)
                {
                    return OcppEnum.Faulted;
                }

                if (Id == 0)
                {
                    return OwnOperative ? OcppEnum.Available : OcppEnum.Unavailable;
                }

                if (TransactionRunning)
                {
                    if (EvseSuspended || SupplySuspended)
                    {
                        return OcppEnum.SuspendedEVSE;
                    }

                    return EvSuspended ? OcppEnum.SuspendedEV : OcppEnum.Charging;
                }

                if (!Operative)
                {
                    return OcppEnum.Unavailable;
                }

                if (Finishing)
                {
                    return OcppEnum.Finishing;
                }

                if (Reserved && !Plugged && PendingIdTag == null)
                {
                    return OcppEnum.Reserved;
                }

                return Plugged || PendingIdTag != null ? OcppEnum.Preparing : OcppEnum.Available;
            }
        }
    }
}
