namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>
    /// The energy meter of one connector as the OCPP engine sees it. The firmware binds the ATM90E32 driver to it;
    /// tests use <see cref="SimulatedMeter"/>.
    /// </summary>
    public interface IMeter
    {
        /// <summary>Active energy imported, in Wh: the meter's running total, persisted by the meter across power cuts.</summary>
        long EnergyActiveImportWh { get; }

        /// <summary>Number of phases wired (1 or 3): per-phase values are reported for these.</summary>
        int PhaseCount { get; }

        /// <summary>Whether the meter can provide a measurand at all (used to validate MeterValuesSampledData).</summary>
        bool Supports(int measurand);

        /// <summary>Reads one value in the unit of <see cref="Measurand.DefaultUnit"/>; phase is a <see cref="Phase"/> code (None = total).</summary>
        bool TryRead(int measurand, int phase, out double value);

        /// <summary>
        /// Raises the persisted energy register (and its saved copy) to at least wh at boot; never lowers it: a reading
        /// already journalled (and maybe reported) may be above the total the meter had saved when the power went, and the
        /// register must never go back. A meter without a register of its own ignores it.
        /// </summary>
        void RaiseEnergyTo(long wh);
    }
}
