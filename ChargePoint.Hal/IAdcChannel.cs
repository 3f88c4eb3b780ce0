namespace ChargePoint.Hal
{
    /// <summary>One ADC input. Raw counts run 0 … <see cref="MaxRaw"/>, which corresponds to <see cref="FullScaleMillivolts"/> at the pin.</summary>
    public interface IAdcChannel
    {
        /// <summary>One conversion, in raw counts.</summary>
        int ReadRaw();

        int MaxRaw { get; }

        int FullScaleMillivolts { get; }
    }
}
