namespace ChargePoint.Firmware.Console
{
    /// <summary>
    /// The technician console's line I/O: UART on the device, stdin/stdout on the host, a script in tests.
    /// Reading never blocks: the main loop polls it once per tick.
    /// </summary>
    public interface IConsoleIo
    {
        /// <summary>The next complete input line, or null when none is waiting.</summary>
        string ReadLine();

        void WriteLine(string line);
    }
}
