using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>Scripted offline session for --demo (filled in with the OCPP integration).</summary>
    public sealed class DemoScript
    {
        private readonly Simulation _sim;
        private readonly IConsoleIo _io;

        public DemoScript(Simulation sim, IConsoleIo io)
        {
            _sim = sim;
            _io = io;
        }

        public bool Succeeded { get; private set; }

        /// <summary>Advances the script; true when it has finished.</summary>
        public bool Step()
        {
            Succeeded = true;
            return true;
        }
    }
}
