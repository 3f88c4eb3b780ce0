// RpcSession: sending frames, and the end of an outstanding call (answered, failed, abandoned).
using System;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    public sealed partial class RpcSession
    {
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
    }
}
