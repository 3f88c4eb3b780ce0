using System;
using System.Runtime.InteropServices;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>SIGTERM and SIGINT set <see cref="Received"/> instead of killing the process; the loop stops cleanly.</summary>
    public sealed class StopSignals : IDisposable
    {
        private readonly PosixSignalRegistration _term;
        private readonly PosixSignalRegistration _int;
        private volatile string _received;

        public StopSignals()
        {
            _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
            _int = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        }

        public string Received => _received;

        public void Dispose()
        {
            _term.Dispose();
            _int.Dispose();
        }

        private void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            _received ??= context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";
        }
    }
}
