using System.Collections;
using System.Text;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Model.Transactions;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// Scripted Central System for the transaction scenarios. Records every CALL the charge point sends as
    /// "Action {payload}" (without the message id), answers it (Boot Accepted with the world time, Authorize and
    /// StartTransaction per the idTag table, the rest with minimal valid payloads), and sends CALLs to the charge point.
    /// Answers are remembered per message id, so a resent message gets the same answer (and counts once).
    /// </summary>
    public sealed class TxCentralSystem
    {
        public const long WorldEpochMs = 1735689600000; // 2025-01-01T00:00:00Z

        private readonly InMemoryTransport _transport;
        private readonly ArrayList _frames = new ArrayList();
        private readonly Hashtable _statusByTag = new Hashtable();
        private readonly Hashtable _parentByTag = new Hashtable();
        private readonly Hashtable _answers = new Hashtable();
        private readonly Hashtable _results = new Hashtable();
        private int _taken;
        private int _callSeq;

        public TxCentralSystem(InMemoryTransport transport)
        {
            _transport = transport;
            transport.PeerReceived = OnFrame;
            NextTransactionId = 1001;
        }

        /// <summary>World time in ms since 2025-01-01 (advanced by the test world; survives reboots).</summary>
        public long WorldMs;

        public int NextTransactionId;

        /// <summary>When set, CALLs are recorded but not answered.</summary>
        public bool Silent { get; set; }

        /// <summary>Answer CALLs of this action with a CallError (<see cref="FailCode"/>) instead.</summary>
        public string? FailAction { get; set; }

        /// <summary>The CallError code for <see cref="FailAction"/>.</summary>
        public string FailCode { get; set; } = "InternalError";

        /// <summary>Called for every CALL (first delivery and resends) with (action, messageId, payload, isResend).</summary>
        public CallSeenHandler? CallSeen { get; set; }

        /// <summary>The answer to SignCertificate.req (Security Whitepaper): Accepted or Rejected.</summary>
        public string SignCertificateStatus { get; set; } = "Accepted";

        public delegate void CallSeenHandler(string action, string messageId, string payload, bool isResend);

        public void SetTag(string idTag, string status, string? parentIdTag)
        {
            _statusByTag[idTag] = status;
            if (parentIdTag != null)
            {
                _parentByTag[idTag] = parentIdTag;
            }
        }

        /// <summary>The frames received since the last call, one "Action {payload}" per line.</summary>
        public string Take()
        {
            var sb = new StringBuilder();
            for (int i = _taken; i < _frames.Count; i++)
            {
                sb.Append((string)_frames[i]!).Append('\n');
            }

            _taken = _frames.Count;
            return sb.ToString();
        }

        /// <summary>How many distinct CALLs of an action were received so far.</summary>
        public int Count(string action)
        {
            int n = 0;
            for (int i = 0; i < _frames.Count; i++)
            {
                if (((string)_frames[i]!).StartsWith(action + " "))
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Sends a CALL to the charge point; the answer payload is available from <see cref="Result"/>.</summary>
        public string Call(string action, string payload)
        {
            string id = "cs-" + (++_callSeq).ToString();
            _transport.PeerSend("[2,\"" + id + "\",\"" + action + "\"," + payload + "]");
            return id;
        }

        public string? Result(string id) => (string?)_results[id];

        public string Time(long worldMs) => IsoTime.Format(CaptureTime.ToDateTime(WorldEpochMs + worldMs));

        private void OnFrame(string frame)
        {
            if (frame.StartsWith("[3,\"") || frame.StartsWith("[4,\""))
            {
                int end = frame.IndexOf('"', 4);
                string rid = frame.Substring(4, end - 4);
                _results[rid] = frame.Substring(end + 2, frame.Length - end - 3);
                return;
            }

            // [2,"id","Action",{...}]
            int idEnd = frame.IndexOf('"', 4);
            string id = frame.Substring(4, idEnd - 4);
            int actionStart = idEnd + 3;
            int actionEnd = frame.IndexOf('"', actionStart);
            string action = frame.Substring(actionStart, actionEnd - actionStart);
            string payload = frame.Substring(actionEnd + 2, frame.Length - actionEnd - 3);
            bool resend = _answers.Contains(id);
            CallSeen?.Invoke(action, id, payload, resend);
            if (!resend)
            {
                _frames.Add(action + " " + payload);
            }

            if (Silent)
            {
                return;
            }

            if (FailAction == action)
            {
                _transport.PeerSend("[4,\"" + id + "\",\"" + FailCode + "\",\"\",{}]");
                return;
            }

            string? answer = (string?)_answers[id];
            if (answer == null)
            {
                answer = Answer(action, payload);
                _answers[id] = answer;
            }

            _transport.PeerSend("[3,\"" + id + "\"," + answer + "]");
        }

        private string Answer(string action, string payload)
        {
            switch (action)
            {
                case "BootNotification":
                    return "{\"currentTime\":\"" + Time(WorldMs) + "\",\"interval\":86400,\"status\":\"Accepted\"}";
                case "Heartbeat":
                    return "{\"currentTime\":\"" + Time(WorldMs) + "\"}";
                case "Authorize":
                    return "{\"idTagInfo\":" + TagInfo(IdTagOf(payload)) + "}";
                case "StartTransaction":
                    return "{\"idTagInfo\":" + TagInfo(IdTagOf(payload)) + ",\"transactionId\":" + (NextTransactionId++).ToString() + "}";
                case "SignCertificate":
                    return "{\"status\":\"" + SignCertificateStatus + "\"}";
                default:
                    return "{}";
            }
        }

        private string TagInfo(string idTag)
        {
            string status = (string?)_statusByTag[idTag] ?? "Accepted";
            string? parent = (string?)_parentByTag[idTag];
            return parent == null ? "{\"status\":\"" + status + "\"}" : "{\"parentIdTag\":\"" + parent + "\",\"status\":\"" + status + "\"}";
        }

        private static string IdTagOf(string payload)
        {
            int at = payload.IndexOf("\"idTag\":\"");
            if (at < 0)
            {
                return "";
            }

            int start = at + 9;
            return payload.Substring(start, payload.IndexOf('"', start) - start);
        }
    }
}
