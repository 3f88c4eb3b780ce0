using System.Collections;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// An in-memory Central System that answers every CALL of a known action at once and keeps nothing (the test kit's
    /// FakeCentralSystem records every frame, which would grow the heap being measured). What it allocates itself (the
    /// reply text) is counted in <see cref="HarnessBytes"/> so that it can be subtracted from the charger's figures.
    /// </summary>
    public sealed class BenchCentralSystem
    {
        public const string BootAccepted = "{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}";

        private readonly InMemoryTransport _transport;
        private readonly IMemoryProbe _memory;
        private readonly Hashtable _replies = new Hashtable();

        public BenchCentralSystem(InMemoryTransport transport, IMemoryProbe memory)
        {
            _transport = transport;
            _memory = memory;
            transport.PeerReceived = OnReceived;
        }

        /// <summary>CALLs received from the charger.</summary>
        public int Calls { get; private set; }

        public int MeterValues { get; private set; }

        /// <summary>Bytes this harness allocated while answering (host; 0 where allocations cannot be counted).</summary>
        public long HarnessBytes { get; private set; }

        /// <summary>The usual answers of a Central System that accepts everything.</summary>
        public void AcceptEverything()
        {
            AutoReply("BootNotification", BootAccepted);
            AutoReply("StatusNotification", "{}");
            AutoReply("Heartbeat", "{\"currentTime\":\"2026-11-24T10:00:00.000Z\"}");
            AutoReply("SecurityEventNotification", "{}");
            AutoReply("Authorize", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            AutoReply("StartTransaction", "{\"transactionId\":4711,\"idTagInfo\":{\"status\":\"Accepted\"}}");
            AutoReply("StopTransaction", "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            AutoReply("MeterValues", "{}");
        }

        public void AutoReply(string action, string payloadJson)
        {
            _replies[action] = payloadJson;
        }

        /// <summary>A frame from the Central System to the charger (handled in the charger's next tick).</summary>
        public void Send(string frame)
        {
            _transport.PeerSend(frame);
        }

        private void OnReceived(string text)
        {
            if (!text.StartsWith("[2,\""))
            {
                return; // answers to our own CALLs
            }

            long before = _memory.AllocatedBytes();
            Calls++;
            int idEnd = text.IndexOf('"', 4);
            string id = text.Substring(4, idEnd - 4);
            int actionStart = idEnd + 3;
            int actionEnd = text.IndexOf('"', actionStart);
            string action = text.Substring(actionStart, actionEnd - actionStart);
            if (action == "MeterValues")
            {
                MeterValues++;
            }

            var reply = (string?)_replies[action];
            string? frame = reply == null ? null : "[3,\"" + id + "\"," + reply + "]";
            if (before >= 0)
            {
                HarnessBytes += _memory.AllocatedBytes() - before;
            }

            if (frame != null)
            {
                _transport.PeerSend(frame);
            }
        }
    }
}
