using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp
{
    /// <summary>
    /// ChangeAvailability (Spec §5.2), part of the composition root: Accepted, Rejected for an unknown connector,
    /// Scheduled while a transaction runs on the connector (for connector 0: on any connector); a scheduled change is
    /// applied in Tick once the transaction ended. The requested availability per connector persists in record
    /// <see cref="AvailabilityRecord"/> (one byte per connector, 1 = Operative), so Unavailable survives a reset or
    /// power cut (TC_013/014/034).
    /// </summary>
    public sealed partial class OcppChargePoint
    {
        public const string AvailabilityRecord = "ocpp.availability";

        private readonly bool[] _requested;

        /// <summary>ChangeAvailability.req: returns an AvailabilityStatus string.</summary>
        public string ChangeAvailability(int connectorId, string type)
        {
            bool[] requested = _requested;
            if (connectorId < 0 || connectorId >= requested.Length)
            {
                return OcppEnum.Rejected;
            }

            bool operative = type == OcppEnum.Operative;
            if (requested[connectorId] != operative)
            {
                requested[connectorId] = operative;
                var data = new byte[requested.Length];
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = (byte)(requested[i] ? 1 : 0);
                }

                Storage.Write(AvailabilityRecord, data);
            }

            return Apply(connectorId) ? OcppEnum.Accepted : OcppEnum.Scheduled;
        }

        // Applies the requested availability of a connector; false while a transaction blocks going Unavailable.
        private bool Apply(int connectorId)
        {
            var c = Connectors[connectorId];
            bool operative = _requested[connectorId];
            if (!operative && c.OwnOperative)
            {
                // A transaction blocks going Unavailable (for connector 0: a transaction on any connector).
                for (int i = 1; i < Connectors.Length; i++)
                {
                    if (Connectors[i].TransactionRunning && (connectorId == 0 || i == connectorId))
                    {
                        return false;
                    }
                }
            }

            c.OwnOperative = operative;
            return true;
        }
    }
}
