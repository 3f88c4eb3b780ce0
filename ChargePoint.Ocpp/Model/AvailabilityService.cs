using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ChargePoint.Ocpp.Model.Status;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Model
{
    /// <summary>
    /// ChangeAvailability (Spec §5.2): Accepted, Rejected for an unknown connector, Scheduled while a transaction
    /// runs on the connector (for connector 0: on any connector); a scheduled change is applied in Tick once the
    /// transaction ended. The requested availability per connector persists in record <see cref="RecordName"/>
    /// (one byte per connector, 1 = Operative), so Unavailable survives a reset or power cut (TC_013/014/034).
    /// </summary>
    public sealed class AvailabilityService : ITickable
    {
        public const string RecordName = "ocpp.availability";

        private readonly IStorage _storage;
        private readonly Connector[] _connectors;
        private readonly bool[] _requested;

        public AvailabilityService(IStorage storage, Connector[] connectors)
        {
            _storage = storage;
            _connectors = connectors;
            _requested = new bool[connectors.Length];
            byte[] data = storage.Read(RecordName);
            for (int i = 0; i < connectors.Length; i++)
            {
                _requested[i] = data == null || i >= data.Length || data[i] != 0;
                connectors[i].OwnOperative = _requested[i];
            }
        }

        /// <summary>Returns an AvailabilityStatus string.</summary>
        public string Change(int connectorId, string type)
        {
            if (connectorId < 0 || connectorId >= _connectors.Length)
            {
                return OcppEnum.Rejected;
            }

            bool operative = type == OcppEnum.Operative;
            if (_requested[connectorId] != operative)
            {
                _requested[connectorId] = operative;
                var data = new byte[_requested.Length];
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = (byte)(_requested[i] ? 1 : 0);
                }

                _storage.Write(RecordName, data);
            }

            if (Apply(connectorId))
            {
                return OcppEnum.Accepted;
            }

            return OcppEnum.Scheduled;
        }

        public void Tick(long nowMs)
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                if (_connectors[i].OwnOperative != _requested[i])
                {
                    Apply(i);
                }
            }
        }

        /// <summary>Applies the requested state unless a transaction blocks it; true when applied.</summary>
        private bool Apply(int connectorId)
        {
            var c = _connectors[connectorId];
            if (c.OwnOperative == _requested[connectorId])
            {
                return true;
            }

            if (!_requested[connectorId])
            {
                // A transaction blocks going Unavailable (for connector 0: a transaction on any connector).
                for (int i = 1; i < _connectors.Length; i++)
                {
                    if (_connectors[i].TransactionRunning && (connectorId == 0 || i == connectorId))
                    {
                        return false;
                    }
                }
            }

            c.OwnOperative = _requested[connectorId];
            return true;
        }
    }
}
