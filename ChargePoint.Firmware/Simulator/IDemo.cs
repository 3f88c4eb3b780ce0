namespace ChargePoint.Firmware.Simulator
{
    /// <summary>A scripted --demo session, advanced after each slice of simulated time.</summary>
    public interface IDemo
    {
        bool Succeeded { get; }

        /// <summary>Advances the script; true once it has finished (see <see cref="Succeeded"/>).</summary>
        bool Step();
    }
}
