// RpcSession: the transport thread side (Opened, Closed, Received), which only fills the bounded, locked inbox.
using System.Threading;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Ocpp.Rpc
{
    public sealed partial class RpcSession
    {
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
    }
}
