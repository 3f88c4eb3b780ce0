namespace ChargePoint.Ocpp.Model.Metering
{
    /// <summary>
    /// A meter whose persisted energy register can be raised at boot: a reading already journalled (and maybe reported)
    /// may be above the total the meter had saved when the power went, and the register must never go back.
    /// </summary>
    public interface IRecoverableMeter
    {
        /// <summary>Raises the register (and its saved copy) to at least wh; never lowers it.</summary>
        void RaiseEnergyTo(long wh);
    }
}
