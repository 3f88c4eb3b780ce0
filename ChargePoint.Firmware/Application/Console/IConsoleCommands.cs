namespace ChargePoint.Firmware.Console
{
    /// <summary>A group of console commands (the technician set; the simulator adds its own on the host).</summary>
    public interface IConsoleCommands
    {
        /// <summary>Runs the command if it belongs to this group; false when the command word is not one of ours.</summary>
        bool Execute(CommandLine line, IConsoleIo io);

        void WriteHelp(IConsoleIo io);
    }
}
