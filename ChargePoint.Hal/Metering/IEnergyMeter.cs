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

        /// <summary>
        /// The total in whole Wh for a value that leaves the charger: saved first whenever its whole Wh grew past the
        /// saved total, so no reported value is ever above what survives a power cut.
        /// </summary>
        long PersistedWholeWh();

        /// <summary>Raises the running total to at least wh and saves it (recovery after a power cut); never lowers it.</summary>
        void RaiseTotalTo(long wh);
    }
}
