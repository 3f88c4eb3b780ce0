using System;
using System.Collections;
using System.Threading;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
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

        // ---- transport thread side ----

        /// <summary>Transport report (any thread): queued for the next Tick.</summary>
        public void Opened() => Post(KindOpened);

        /// <summary>Transport report (any thread): queued for the next Tick.</summary>
        public void Closed() => Post(KindClosed);

        /// <summary>Transport report (any thread): queued for the next Tick, or dropped (logged) when the inbox is full.</summary>
        public void Received(string text)
        {
            if (!Post(text))
            {
                // Logged from the transport's thread on purpose: the loop may be the reason the inbox is full.
                Log(OcppLogLevel.Warning, "inbox full");
            }
        }

        /// <summary>Queues a text frame (a string) or an event (a boxed Kind); false when a text frame does not fit.</summary>
        private bool Post(object item)
        {
            object[] inbox = _inbox;
            Monitor.Enter(inbox);
            try
            {
                int length = inbox.Length;
                bool text = !(item is int);
                if (_count >= (text ? length - 2 : length))
                {
                    if (text)
                    {
                        return false;
                    }

                    // Full of events: keep only the newest state change.
                    inbox[(_head + _count - 1) % length] = item;
                    return true;
                }

                inbox[(_head + _count) % length] = item;
                _count++;
                return true;
            }
            finally
            {
                Monitor.Exit(inbox);
            }
        }

        // ---- outgoing ----

        private void Send(string frame)
        {
            Trace("> ", frame);

            if (!_transport.Send(frame))
            {
                // The close event follows; the outstanding call is aborted then.
                Log(OcppLogLevel.Warning, "send failed");
            }
        }

        /// <summary>
        /// Runs a call's outcome callback without letting it break the loop: the result when failure is
        /// <see cref="OutgoingCall.Answered"/>, else the code (a string).
        /// </summary>
        private void Guard(OutgoingCall call, int failure, object outcome, long nowMs)
        {
            try
            {
                call.OnOutcome(failure, outcome, nowMs);
            }
            catch (Exception e)
            {
                Log(OcppLogLevel.Error, call.Action + " callback: " + e.Message);
            }
        }

        /// <summary>Ends the outstanding call, if any, with a failure that has no code (Timeout, Aborted).</summary>
        private void Abandon(int failure, long nowMs)
        {
            var call = OutstandingCall;
            if (call != null)
            {
                OutstandingCall = null;
                Guard(call, failure, string.Empty, nowMs);
            }
        }

        /// <summary>Starts a frame: [type,id.</summary>
        private void Head(int type, string id)
        {
            _writer.Reset();
            _writer.StartArray();
            _writer.Int(type);
            _writer.String(id);
        }

        // ---- incoming ----

        /// <summary>Moves to the next element of the frame, <paramref name="name"/>; FormationViolation "missing name" at its end.</summary>
        private void Item(string name)
        {
            if (!_reader.NextItem())
            {
                throw JsonReader.Formation("missing " + name);
            }
        }

        /// <summary>The frame must end right after what was read, at the frame's depth.</summary>
        private void End(int depth)
        {
            if (_reader.Depth != depth || _reader.NextItem())
            {
                throw JsonReader.Formation("extra frame elements");
            }

            _reader.ReadEnd();
        }

        /// <summary>Whether the whole frame breaks the JSON syntax, size or depth rules; if so it is dropped (logged, InvalidFrame). Error path only.</summary>
        private bool Malformed(string id, string text)
        {
            OcppException syntax = SyntaxError(text);
            if (syntax != null)
            {
                Log(OcppLogLevel.Warning, "dropped frame " + id + ": " + syntax.Message);
                InvalidFrame?.Invoke(syntax.Message);
            }

            return syntax != null;
        }

        /// <summary>The syntax, size and depth error of the whole frame, or null when it is well-formed.</summary>
        private OcppException SyntaxError(string text)
        {
            try
            {
                _reader.Reset(text);
                _reader.SkipValue();
                _reader.ReadEnd();
                return null;
            }
            catch (OcppException e)
            {
                return e;
            }
        }

        private void HandleCall(string id, string text, long nowMs)
        {
            if (Gate == GateSilent)
            {
                Log(OcppLogLevel.Warning, "unregistered, ignored " + id);
                return;
            }

            if (id.Length == 0 || id.Length > MaxMessageIdLength)
            {
                // Still answered: the peer can correlate it. The id is echoed as received.
                SendError(id, CallErrorCode.FormationViolation, "message id not 1-36 chars");
                return;
            }

            bool wellFormed = false;
            try
            {
                Item("action");
                string action = _reader.ReadString("action");
                Item("payload");
                if (_reader.PeekKind() != JsonReader.KindObject)
                {
                    throw JsonReader.Formation("payload must be an object");
                }

                object service;
                if (!Find(action, out service))
                {
                    throw Validate.IsOneOf(action, Messages.V16.OcppAction.CentralSystemInitiated)
                        ? new OcppException(CallErrorCode.NotSupported, action + " is not supported")
                        : new OcppException(CallErrorCode.NotImplemented, "unknown action " + action);
                }

                // The typed parse reads (and so checks) every character of the payload; the envelope must end right
                // after it. Only then does the handler act.
                int depth = _reader.Depth;
                object request = Dispatcher(action, _reader, null, service, 0);
                End(depth);
                wellFormed = true;
                object answer = Dispatcher(action, null, request, service, nowMs);
                IOcppPayload response = answer as IOcppPayload ?? new Messages.V16.StatusPayload((string)answer);
                Head(3, id);
                response.WriteTo(_writer); // a response too large throws InternalError: answered as such below
                _writer.EndArray();
                Send(_writer.ToFrame());
            }
            catch (OcppException e)
            {
                // A frame broken anywhere is a FormationViolation whatever else is wrong with it (error path only).
                OcppException syntax = wellFormed ? null : SyntaxError(text);
                if (syntax != null)
                {
                    InvalidFrame?.Invoke(syntax.Message);
                    e = syntax;
                }

                SendError(id, e.ErrorCode, e.Message);
            }
            catch (Exception e)
            {
                Log(OcppLogLevel.Error, "handler: " + e.Message);
                SendError(id, CallErrorCode.InternalError, "internal error");
            }
        }

        /// <summary>
        /// A CALLRESULT or CALLERROR, in one pass like a CALL: the pending call parses its typed result, the frame must
        /// end right after, and only then does a callback act. A frame broken anywhere is dropped (InvalidFrame) and the
        /// call stays outstanding; a well-formed result that fails validation is the call's CallError.
        /// </summary>
        private void HandleAnswer(int type, string id, string text, long nowMs)
        {
            var call = OutstandingCall;
            bool ours = call != null && id == call.MessageId;
            object result = null;
            string code = CallErrorCode.GenericError;
            string description = string.Empty;
            int depth = _reader.Depth;
            try
            {
                if (type == 3)
                {
                    Item("payload");
                    if (ours)
                    {
                        result = call.ParseResult(_reader);
                    }
                    else
                    {
                        _reader.SkipValue();
                    }
                }
                else if (_reader.NextItem())
                {
                    code = _reader.ReadString("errorCode");
                    if (_reader.NextItem())
                    {
                        description = _reader.ReadString("errorDescription");
                        if (_reader.NextItem())
                        {
                            _reader.SkipValue(); // errorDetails
                        }
                    }
                }

                End(depth);
            }
            catch (OcppException e)
            {
                if (Malformed(id, text))
                {
                    return;
                }

                // Well-formed but invalid: a result that fails its parse is the call's CallError, with the parse's code.
                code = type == 3 ? e.ErrorCode : code;
                description = e.Message;
                type = 4;
            }
            catch (Exception e)
            {
                Log(OcppLogLevel.Error, "bad answer " + id + ": " + e.Message);
                if (ours)
                {
                    OutstandingCall = null;
                }

                return;
            }

            if (!ours)
            {
                Log(OcppLogLevel.Warning, "unknown answer " + id);
                return;
            }

            OutstandingCall = null;
            if (type == 4)
            {
                Log(OcppLogLevel.Warning, call.Action + " CallError " + code + " " + description);
            }

            // Frame type 3 is Answered (0) with the result, 4 is CallError (1) with the code.
            Guard(call, type - 3, type == 3 ? result : code, nowMs);
        }

        private void SendError(string id, string code, string description)
        {
            Head(4, id.Length > MaxMessageIdLength ? id.Substring(0, MaxMessageIdLength) : id);
            _writer.String(code);
            _writer.String(description.Length > 255 ? description.Substring(0, 255) : description);
            _writer.StartObject(); // the details: none
            _writer.EndObject();
            _writer.EndArray();
            Send(_writer.ToFrame());
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
