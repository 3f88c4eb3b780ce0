using System;
using System.Collections;
using System.Threading;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>
    /// OCPP-J RPC over an <see cref="IOcppTransport"/>: frames [2,id,action,payload], [3,id,payload],
    /// [4,id,code,description,details]. Everything happens in <see cref="Tick"/>; the transport's reports (the
    /// <see cref="Opened"/>, <see cref="Closed"/> and <see cref="Received"/>, any thread) only fill the bounded inbox.
    /// - At most one outstanding CP→CSMS CALL, with <see cref="ResponseTimeoutMs"/>; incoming CALLs are served meanwhile.
    /// - Outgoing order: the ordinary FIFO queue first (Authorize, StatusNotification, Heartbeat...), then the
    ///   <see cref="TransactionSource"/> (strictly ordered journal). Before Accepted (<see cref="Gate"/>) only calls
    ///   flagged AllowedBeforeAccepted go out.
    /// - Malformed input: a CallError when the frame is a CALL whose id can be recovered (FormationViolation,
    ///   NotImplemented, NotSupported, the validators' codes, InternalError for a handler crash); anything else is
    ///   logged and dropped. A bad frame never throws out of Tick.
    /// </summary>
    public sealed partial class RpcSession
    {
        /// <summary>Bound of the ordinary outgoing queue.</summary>
        public const int QueueCapacity = 32;
        /// <summary>Text frames the inbox holds for the next Tick.</summary>
        public const int InboxCapacity = 16;
        public const long DefaultResponseTimeoutMs = 30000;
        public const int MaxMessageIdLength = 36;

        /// <summary>The record of the boot counter behind the message ids.</summary>
        public const string BootRecordName = "ocpp.boot";

        // Inbox events (boxed in the inbox; a text frame is its string).
        private const int KindOpened = 1;
        private const int KindClosed = 2;

        private readonly IOcppTransport _transport;
        private readonly IOcppLog _log;
        private readonly ArrayList _queue = new ArrayList();
        private readonly JsonReader _reader;
        private readonly JsonWriter _writer;
        private readonly string _idPrefix;
        private int _idSequence;

        // The inbox: a bounded, locked ring from the transport's thread(s) to Tick of text frames (strings) and
        // open/close events (boxed KindOpened/KindClosed). Text frames beyond the capacity are dropped (logged; the peer
        // times out and retries); events always fit (two slots are reserved). _inbox is also the lock.
        private readonly object[] _inbox;
        private int _head;
        private int _count;

        /// <summary>
        /// Message ids are "&lt;boot&gt;-&lt;sequence&gt;" (e.g. "7-42"): a boot counter persisted in record
        /// <see cref="BootRecordName"/> and incremented on every construction (= every boot), plus a sequence within the
        /// boot, so ids stay unique across reconnects and reboots while storage survives (J-Errata 3.1/3.7).
        /// </summary>
        public RpcSession(IOcppTransport transport, IStorage storage, IOcppLog log)
        {
            _transport = transport;
            _log = log;
            _inbox = new object[InboxCapacity + 2];
            // The record is the counter's 4 bytes, little-endian (both targets are little-endian: BitConverter's order).
            int boot = 0;
            byte[] data = storage.Read(BootRecordName);
            if (data != null && data.Length == 4)
            {
                boot = BitConverter.ToInt32(data, 0);
            }

            boot = boot == int.MaxValue || boot < 0 ? 1 : boot + 1;
            storage.Write(BootRecordName, BitConverter.GetBytes(boot));
            _idPrefix = boot.ToString() + "-";
            _reader = new JsonReader(OcppChargePoint.DefaultMaxFrameChars, JsonReader.DefaultMaxDepth);
            _reader.Vocabulary = Messages.V16.DataTypes.OcppEnum.Vocabulary(); // enum values and actions decode without allocating
            _writer = new JsonWriter(OcppChargePoint.DefaultMaxFrameChars, JsonWriter.DefaultMaxDepth);
            transport.Attach(this);
        }

        /// <summary>Raised (inside Tick) when the connection opened.</summary>
        public SessionEventHandler Connected;

        /// <summary>Raised (inside Tick) when the connection closed or an attempt failed.</summary>
        public SessionEventHandler Disconnected;

        /// <summary>A frame that is not valid OCPP-J arrived (dropped or answered FormationViolation): the security event InvalidMessages under profiles 2/3.</summary>
        public TransportTextHandler InvalidFrame;

        public long ResponseTimeoutMs = DefaultResponseTimeoutMs;

        /// <summary>What the session may send (Spec §4.2): GateSilent, GateRepliesOnly or GateOpen, set by the boot logic.</summary>
        public int Gate = GateSilent;

        /// <summary>No registration yet, or Rejected: only calls flagged AllowedBeforeAccepted; incoming calls are not answered.</summary>
        public const int GateSilent = 0;

        /// <summary>Pending: incoming calls are answered; only flagged calls are sent.</summary>
        public const int GateRepliesOnly = 1;

        /// <summary>Accepted: everything.</summary>
        public const int GateOpen = 2;

        /// <summary>
        /// The source of transaction-related CALLs (StartTransaction, StopTransaction and MeterValues that carry a
        /// transactionId): the persistent journal's service; the session only delivers (null: none). Contract:
        /// - The session asks <see cref="Model.Transactions.TransactionService.NextDue"/> only when the line is free (no
        ///   outstanding CALL), the connection is open, BootNotification was Accepted, and its ordinary queue is empty:
        ///   other messages overtake.
        /// - The source returns its head message if it is due at nowMs (it owns TransactionMessageAttempts /
        ///   TransactionMessageRetryInterval and any back-off), else null. Returning the same head until an outcome
        ///   says otherwise gives strict in-order delivery.
        /// - The session sends the call (writing its payload at that moment, so a transactionId that arrived
        ///   meanwhile can be patched in) and reports exactly one outcome on the call object:
        ///   OnOutcome Answered = confirmed (never send it again); CallError / Timeout = a failed attempt (count it, retry
        ///   after the interval, drop after the last attempt); Aborted = connection lost before an answer
        ///   (not an attempt: resend after reconnect, ideally with the same MessageId).
        /// - The source may preset <see cref="OutgoingCall.MessageId"/> (persisted) to resend after a reboot with the same id.
        /// (The service itself rather than an interface only it implements: an interface cost the image a type and a row.)
        /// </summary>
        public Model.Transactions.TransactionService TransactionSource;

        /// <summary>The connection is open (read only).</summary>
        public bool IsConnected;

        /// <summary>The CALL waiting for its answer, or null (read only).</summary>
        public OutgoingCall OutstandingCall;

        public int QueuedCount => _queue.Count;

        /// <summary>Queues an ordinary CALL. False (and the call is not queued) when the queue is full.</summary>
        public bool Enqueue(OutgoingCall call)
        {
            if (_queue.Count >= QueueCapacity)
            {
                Log(OcppLogLevel.Warning, "queue full: " + call.Action);
                return false;
            }

            _queue.Add(call);
            return true;
        }

        public void Tick(long nowMs)
        {
            object[] inbox = _inbox;
            for (int budget = inbox.Length; budget > 0; budget--)
            {
                object item;
                Monitor.Enter(inbox);
                try
                {
                    if (_count == 0)
                    {
                        break;
                    }

                    item = inbox[_head];
                    inbox[_head] = null;
                    _head = (_head + 1) % inbox.Length;
                    _count--;
                }
                finally
                {
                    Monitor.Exit(inbox);
                }

                if (!(item is int))
                {
                    if (item == null || !IsConnected)
                    {
                        continue;
                    }

                    // A frame, in one pass: the head (type and id) first, recoverable even when the rest is broken. A
                    // CALL is then parsed into its typed request and the envelope's end checked before anything acts
                    // on it (HandleCall).
                    var text = (string)item;
                    Trace("< ", text);
                    int type;
                    string id;
                    try
                    {
                        _reader.Reset(text);
                        _reader.ReadStartArray("frame");
                        Item("messageTypeId");
                        type = _reader.ReadInt("messageTypeId");
                        Item("uniqueId");
                        id = _reader.ReadString("uniqueId");
                    }
                    catch (Exception e)
                    {
                        Log(OcppLogLevel.Warning, "dropped frame: " + e.Message);
                        InvalidFrame?.Invoke(e.Message);
                        continue;
                    }

                    if (type == 2)
                    {
                        HandleCall(id, text, nowMs);
                    }
                    else if (type == 3 || type == 4)
                    {
                        HandleAnswer(type, id, text, nowMs);
                    }
                    else if (!Malformed(id, text))
                    {
                        Log(OcppLogLevel.Warning, "bad frame type " + type.ToString());
                    }
                }
                else if ((int)item == KindOpened)
                {
                    IsConnected = true;
                    Log(OcppLogLevel.Info, "connected");
                    Connected?.Invoke(nowMs);
                }
                else
                {
                    bool was = IsConnected;
                    IsConnected = false;
                    Abandon(OutgoingCall.Aborted, nowMs);
                    if (was)
                    {
                        Log(OcppLogLevel.Info, "disconnected");
                    }

                    Disconnected?.Invoke(nowMs);
                }
            }

            if (OutstandingCall != null && nowMs - OutstandingCall.SentAtMs >= ResponseTimeoutMs)
            {
                Log(OcppLogLevel.Warning, "timeout " + OutstandingCall.Action + " " + OutstandingCall.MessageId);
                Abandon(OutgoingCall.Timeout, nowMs);
            }

            Flush(nowMs);
        }

        /// <summary>Sends the next queued call if the line is free (lets services queue and send within one loop pass).</summary>
        public void Flush(long nowMs)
        {
            if (OutstandingCall != null || !IsConnected)
            {
                return;
            }

            // The first queued call the gate lets through, else the journal's next message once Accepted.
            OutgoingCall call = null;
            for (int i = 0; i < _queue.Count; i++)
            {
                var c = (OutgoingCall)_queue[i];
                if (Gate == RpcSession.GateOpen || c.AllowedBeforeAccepted)
                {
                    call = c;
                    _queue.RemoveAt(i);
                    break;
                }
            }

            if (call == null && Gate == RpcSession.GateOpen && TransactionSource != null)
            {
                call = TransactionSource.NextDue(nowMs);
            }

            if (call == null)
            {
                return;
            }

            if (call.MessageId == null)
            {
                _idSequence = _idSequence == int.MaxValue ? 1 : _idSequence + 1;
                call.MessageId = _idPrefix + _idSequence.ToString();
            }

            string id = call.MessageId;
            call.SentAtMs = nowMs;
            string frame;
            try
            {
                Head(2, id);
                _writer.String(call.Action);
                call.WritePayload(_writer);
                _writer.EndArray();
                frame = _writer.ToFrame();
            }
            catch (Exception e)
            {
                Log(OcppLogLevel.Error, "cannot write " + call.Action + ": " + e.Message);
                Guard(call, OutgoingCall.CallError, CallErrorCode.InternalError, nowMs);
                return;
            }

            OutstandingCall = call;
            Send(frame);
        }

        private void Trace(string direction, string frame)
        {
            if (_log != null && _log.IsEnabled(OcppLogLevel.Trace))
            {
                Log(OcppLogLevel.Trace, direction + frame);
            }
        }

        private void Log(int level, string message) => _log?.Log(level, message);
    }
}
