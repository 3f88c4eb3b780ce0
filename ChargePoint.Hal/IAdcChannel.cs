namespace ChargePoint.Hal
{
    /// <summary>
    /// One ADC input. Raw counts run 0 … <see cref="MaxRaw"/>, which corresponds to
    /// <see cref="Boards.BoardDefinition.AdcFullScaleMillivolts"/> at the pin (the same attenuation on every board).
    /// </summary>
    public interface IAdcChannel
    {
        /// <summary>One conversion, in raw counts.</summary>
        int ReadRaw();

        int MaxRaw { get; }
    }
}
