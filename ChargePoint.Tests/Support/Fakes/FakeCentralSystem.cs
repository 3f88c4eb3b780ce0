using System.Collections;
using ChargePoint.Ocpp.Rpc;

namespace ChargePoint.Tests.Ocpp.Fakes
{
    /// <summary>
    /// Scripted Central System on the peer side of an <see cref="InMemoryTransport"/>. Records every frame both ways
    /// ("&gt; " sent by the charge point, "&lt; " sent by the Central System). CALLs from the charge point are answered
    /// from <see cref="AutoReply"/> payloads by action; others wait for <see cref="Reply"/>.
    /// </summary>
    public sealed class FakeCentralSystem
    {
        private readonly InMemoryTransport _transport;
        private readonly Hashtable _autoReplies = new Hashtable();
        private int _nextId = 1;

        public FakeCentralSystem(InMemoryTransport transport)
        {
            _transport = transport;
            transport.PeerReceived = OnReceived;
        }

        public ArrayList Frames { get; } = new ArrayList();

        /// <summary>Id of the last CALL received from the charge point.</summary>
        public string LastCallId { get; private set; } = string.Empty;

        public string LastCallAction { get; private set; } = string.Empty;

        /// <summary>Answers every later CALL of this action with [3,id,payload].</summary>
        public void AutoReply(string action, string payloadJson) => _autoReplies[action] = payloadJson;

        public void StopAutoReply(string action) => _autoReplies.Remove(action);

        public void Reply(string id, string payloadJson) => Send("[3,\"" + id + "\"," + payloadJson + "]");

        /// <summary>Sends a CALL with a generated id ("cs1", "cs2", ...), returned.</summary>
        public string Call(string action, string payloadJson)
        {
            string id = "cs" + (_nextId++).ToString();
            Send("[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
            return id;
        }

        public void Send(string frame)
        {
            Frames.Add("< " + frame);
            _transport.PeerSend(frame);
        }

        public void Clear() => Frames.Clear();

        public string[] Transcript() => (string[])Frames.ToArray(typeof(string));

        private void OnReceived(string text)
        {
            Frames.Add("> " + text);
            if (!text.StartsWith("[2,\""))
            {
                return;
            }

            int idEnd = text.IndexOf('"', 4);
            LastCallId = text.Substring(4, idEnd - 4);
            int actionStart = idEnd + 3;
            int actionEnd = text.IndexOf('"', actionStart);
            LastCallAction = text.Substring(actionStart, actionEnd - actionStart);
            var reply = (string?)_autoReplies[LastCallAction];
            if (reply != null)
            {
                Reply(LastCallId, reply);
            }
        }
    }
}
