using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// Ids "&lt;boot&gt;-&lt;sequence&gt;" (e.g. "7-42"): a boot counter persisted in record <see cref="RecordName"/> and
    /// incremented on every construction (= every boot), plus a sequence within the boot. Unique across reboots while
    /// storage survives; a factory reset restarts the counter, so an optional salt (e.g. from randomness) can be prefixed.
    /// At most 1 + 10 + 1 + 10 + salt characters; the salt is cut so the id stays within 36.
    /// </summary>
    public sealed class MessageIdGenerator : IMessageIdSource
    {
        public const string RecordName = "ocpp.boot";

        private readonly string _prefix;
        private int _sequence;

        public MessageIdGenerator(IStorage storage, string salt)
        {
            int boot = 0;
            byte[] data = storage.Read(RecordName);
            if (data != null && data.Length == 4)
            {
                boot = data[0] | (data[1] << 8) | (data[2] << 16) | (data[3] << 24);
            }

            boot = boot == int.MaxValue || boot < 0 ? 1 : boot + 1;
            storage.Write(RecordName, new[] { (byte)boot, (byte)(boot >> 8), (byte)(boot >> 16), (byte)(boot >> 24) });
            BootCount = boot;
            string s = salt ?? string.Empty;
            if (s.Length > 12)
            {
                s = s.Substring(0, 12);
            }

            _prefix = s + boot.ToString() + "-";
        }

        /// <summary>This boot's number (1 on the first boot of a fresh storage).</summary>
        public readonly int BootCount;

        public string Next()
        {
            _sequence = _sequence == int.MaxValue ? 1 : _sequence + 1;
            return _prefix + _sequence.ToString();
        }
    }
}
