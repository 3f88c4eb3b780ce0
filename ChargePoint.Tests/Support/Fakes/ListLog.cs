using System.Collections;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Tests.Ocpp.Fakes
{
    /// <summary>Captures log lines (level above Trace) for assertions.</summary>
    public sealed class ListLog : IOcppLog
    {
        public ArrayList Lines { get; } = new ArrayList();

        public bool IsEnabled(int level) => level > OcppLogLevel.Trace;

        public void Log(int level, string message)
        {
            if (level > OcppLogLevel.Trace)
            {
                Lines.Add(message);
            }
        }
    }
}
