namespace ChargePoint.Hal.Metering
{
    /// <summary>
    /// An energy meter (ATM90E32 today, BL0942 later). Advances in <see cref="ITickable.Tick"/>; the energy
    /// register is a persisted running total that only grows and survives reboots.
    /// </summary>
    public interface IEnergyMeter : ITickable
    {
        MeterStatus Status { get; }

        /// <summary>Latest live values (reused instance).</summary>
        MeterReading Reading { get; }

        /// <summary>Forward active energy since the meter was first commissioned (Energy.Active.Import.Register), Wh.</summary>
        double EnergyActiveImportWh { get; }

        /// <summary>Writes the running total to storage now (e.g. at a transaction stop).</summary>
        void Flush();
    }
}
