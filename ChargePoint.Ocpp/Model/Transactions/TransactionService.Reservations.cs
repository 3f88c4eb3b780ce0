using System;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Platform;
using W = ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// Reservation profile (Spec §5.4, §5.13): at most one reservation per connector, plus one for connectorId 0 (any
    /// connector) when ReserveConnectorZeroSupported is true. Kept in one CRC-guarded record, replaced atomically on
    /// every change, so reservations survive a reboot.
    /// - ReserveNow: Rejected (reservations refused, unknown connector, connector 0 unsupported, expiry already past,
    ///   storage failure), Faulted, Unavailable, Occupied (in use, plugged, finishing, or reserved under another
    ///   reservationId), else Accepted. The same reservationId replaces its reservation.
    /// - A reserved connector reports Reserved and admits only the reserved idTag or one with the same parentIdTag;
    ///   the StartTransaction carries the reservationId and ends the reservation.
    /// - A connectorId 0 reservation keeps the last free connector for its idTag: that connector reports Reserved and
    ///   refuses other idTags; while two or more connectors are free, nobody is refused.
    /// - Expiry (checked at the end of each Tick against the Central System's clock) and CancelReservation end a reservation:
    ///   Available.
    /// The reservation half of TransactionService (a partial class: the former ReservationService, one type fewer; it shares
    /// the service's clock and connectors).
    /// </summary>
    public sealed partial class TransactionService
    {
        public const string RecordName = "resv";
        public const string ConnectorZeroKey = "ReserveConnectorZeroSupported";
        private const uint ReservationMagic = 0x31565352;

        private IStorage _storage;
        private Reservation[] _slots; // null: the Reservation profile is not installed
        private bool _connectorZero;

        public const string ReservationProfile = "Reservation";

        /// <summary>
        /// Adds the Reservation profile: loads the persisted reservations, registers ReserveNow and CancelReservation, makes
        /// the transaction service ask it before an idTag uses a connector, declares ReserveConnectorZeroSupported (R) and
        /// lists the profile.
        /// </summary>
        public void AddReservations(OcppChargePoint cp, bool connectorZeroSupported)
        {
            _storage = cp.Storage;
            _connectorZero = connectorZeroSupported;
            _slots = new Reservation[_connectors.Length];
            cp.Configuration.DeclareBool(ConnectorZeroKey, connectorZeroSupported, true);
            byte[] data = _storage.Read(RecordName);
            if (data != null)
            {
                Persist(data, null);
            }

            Refresh();
            cp.Session.Register(Messages.V16.OcppAction.ReserveNow, this);
            cp.Session.Register(Messages.V16.OcppAction.CancelReservation, this);
            CoreConfiguration.AddFeatureProfile(cp.Configuration, ReservationProfile);
        }

        /// <summary>False answers every ReserveNow with Rejected (the charge point is configured not to take reservations).</summary>
        public bool AcceptReservations = true;

        /// <summary>The reservation on a connector (0 = charge point), or null (also without the Reservation profile).</summary>
        public Reservation At(int connectorId)
        {
            return _slots != null && connectorId >= 0 && connectorId < _slots.Length ? _slots[connectorId] : null;
        }

        /// <summary>ReserveNow.req; returns the ReservationStatus.</summary>
        public string Reserve(int connectorId, long expiryUtcMs, string idTag, string parentIdTag, int reservationId, long nowMs)
        {
            if (!AcceptReservations || connectorId < 0 || connectorId >= _slots.Length || (connectorId == 0 && !_connectorZero))
            {
                return W.OcppEnum.Rejected;
            }

            long now = _clock.UtcMs(nowMs);
            if (now != 0 && expiryUtcMs <= now)
            {
                return W.OcppEnum.Rejected;
            }

            // A connector: Faulted, Unavailable, or Occupied when in use or reserved under another reservationId. The charge
            // point (0): Faulted or Unavailable itself, then with every connector so, Occupied when reserved under another
            // reservationId or no connector is free.
            bool cp = connectorId == 0;
            Connector c = _connectors[connectorId];
            Reservation own = _slots[connectorId];
            bool allFaulted = true;
            bool allUnavailable = true;
            for (int i = 1; i < _connectors.Length; i++)
            {
                allFaulted &= _connectors[i].Faulted;
                allUnavailable &= !_connectors[i].Operative;
            }

            string status = c.Faulted ? W.OcppEnum.Faulted
                : (cp ? !c.OwnOperative : !c.Operative) ? W.OcppEnum.Unavailable
                : cp && allFaulted ? W.OcppEnum.Faulted
                : cp && allUnavailable ? W.OcppEnum.Unavailable
                : (own != null && own.Id != reservationId) || (cp ? FreeCount(0) == 0 : (c.TransactionRunning || c.Plugged || c.PendingIdTag != null || c.Finishing)) ? W.OcppEnum.Occupied
                : W.OcppEnum.Accepted;
            if (status != W.OcppEnum.Accepted)
            {
                return status;
            }

            Reservation[] before = (Reservation[])_slots.Clone();
            int previous = SlotOf(reservationId);
            if (previous >= 0)
            {
                _slots[previous] = null;
            }

            _slots[connectorId] = new Reservation(reservationId, connectorId, expiryUtcMs, idTag, parentIdTag);
            if (!Persist(null, before))
            {
                return W.OcppEnum.Rejected;
            }

            Refresh();
            return W.OcppEnum.Accepted;
        }

        /// <summary>CancelReservation.req; returns the CancelReservationStatus.</summary>
        public string Cancel(int reservationId)
        {
            int slot = SlotOf(reservationId);
            if (slot < 0)
            {
                return W.OcppEnum.Rejected;
            }

            Reservation[] before = (Reservation[])_slots.Clone();
            _slots[slot] = null;
            if (!Persist(null, before))
            {
                return W.OcppEnum.Rejected;
            }

            Refresh();
            return W.OcppEnum.Accepted;
        }

        /// <summary>
        /// Asked before idTag uses a connector (with the Reservation profile installed): the reservationId idTag uses at
        /// connectorId, <see cref="NoReservation"/> when no reservation is involved, or <see cref="ReservationBlocked"/> when
        /// the connector is kept for another idTag.
        /// </summary>
        /// <param name="parentIdTag">What the local tables or Authorize.conf said about idTag; null when unknown.</param>
        private int Admit(int connectorId, string idTag, string parentIdTag)
        {
            if (connectorId < 1 || connectorId >= _slots.Length)
            {
                return NoReservation;
            }

            // The reserved idTag, or another one of the same group (Spec §5.13, OCTT TC_053): the rule of MayStop.
            Reservation own = _slots[connectorId];
            if (own != null)
            {
                return AuthorizationService.MayStop(idTag, parentIdTag, own.IdTag, own.ParentIdTag) ? own.Id : ReservationBlocked;
            }

            Reservation any = _slots[0];
            if (any != null)
            {
                if (AuthorizationService.MayStop(idTag, parentIdTag, any.IdTag, any.ParentIdTag))
                {
                    return any.Id;
                }

                if (FreeCount(connectorId) == 0)
                {
                    return ReservationBlocked; // the last free connector is kept for the reserved idTag
                }
            }

            return NoReservation;
        }

        /// <summary>The reservation part of <see cref="Tick"/> (its end, with the profile installed): expiry, then the Reserved inputs.</summary>
        private void Expire(long nowMs)
        {
            long now = _clock.UtcMs(nowMs);
            if (now != 0)
            {
                // Copy the slots (for Persist's rollback) only when one expires: an idle tick allocates nothing.
                Reservation[] before = null;
                for (int i = 0; i < _slots.Length; i++)
                {
                    Reservation r = _slots[i];
                    if (r != null && now >= r.ExpiryUtcMs)
                    {
                        if (before == null)
                        {
                            before = (Reservation[])_slots.Clone();
                        }

                        _slots[i] = null;
                    }
                }

                if (before != null)
                {
                    Persist(null, before);
                }
            }

            Refresh();
        }

        /// <summary>Free for a reservation (not the overload that asks whether an idTag may start).</summary>
        private bool IsFree(int connectorId)
        {
            Connector c = _connectors[connectorId];
            return !c.Faulted && c.Operative && !(c.TransactionRunning || c.Plugged || c.PendingIdTag != null || c.Finishing) && _slots[connectorId] == null;
        }

        /// <summary>Free connectors other than except (0 = count all).</summary>
        private int FreeCount(int except)
        {
            int n = 0;
            for (int i = 1; i < _connectors.Length; i++)
            {
                if (i != except && IsFree(i))
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Sets each connector's Reserved input from the reservations.</summary>
        private void Refresh()
        {
            bool keepLast = _slots[0] != null && FreeCount(0) == 1;
            for (int i = 1; i < _connectors.Length; i++)
            {
                _connectors[i].Reserved = _slots[i] != null || (keepLast && IsFree(i));
            }
        }

        private int SlotOf(int reservationId)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                Reservation r = _slots[i];
                if (r != null && r.Id == reservationId)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Writes the record (data null; on a storage failure the slots go back to before and false is returned), or reads it
        /// from data into the empty slots (a corrupt record leaves them empty and is reported): one routine, field by field,
        /// so that the two directions cannot disagree on the stored bytes.
        /// </summary>
        private bool Persist(byte[] data, Reservation[] before)
        {
            bool read = data != null;
            Reservation[] slots = _slots;
            try
            {
                Record r = read ? Record.Sealed(data, ReservationMagic) : new Record(64);
                if (r == null)
                {
                    throw new ArgumentException(Record.Corrupt); // CRC or magic: handled as every other corrupt record below
                }

                int count = 0;
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] != null)
                    {
                        count++;
                    }
                }

                if (!read)
                {
                    r.Int(ReservationMagic, 4);
                }

                count = (int)r.Int(count, 2);
                int slot = 0;
                for (int i = 0; i < count; i++)
                {
                    Reservation x = null;
                    while (!read && (x = slots[slot++]) == null)
                    {
                    }

                    int connectorId = (int)r.Int(read ? 0 : x.ConnectorId, 2);
                    int id = (int)r.Int(read ? 0 : x.Id, 4);
                    long expiry = r.Int(read ? 0 : x.ExpiryUtcMs, 8);
                    string idTag = r.Text(read ? null : x.IdTag);
                    string parent = r.Text(read ? null : x.ParentIdTag);
                    if (read && connectorId < slots.Length)
                    {
                        slots[connectorId] = new Reservation(id, connectorId, expiry, idTag ?? "", parent);
                    }
                }

                if (!read)
                {
                    _storage.Write(RecordName, r.Seal());
                }

                return true;
            }
            catch (Exception)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    slots[i] = read ? null : before[i];
                }

                if (read)
                {
                    StoreHealth.Report(_storage, RecordName, "reservations lost");
                }

                return false;
            }
        }
    }
}
