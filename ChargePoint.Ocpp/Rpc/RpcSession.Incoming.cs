// RpcSession: parsing an incoming frame, serving a CALL (or answering it with a CallError) and matching an answer to the outstanding call.
using System;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    public sealed partial class RpcSession
    {
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
                    throw ActionNumber(action) >= 0
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
    }
}
