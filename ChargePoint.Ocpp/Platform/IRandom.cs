namespace ChargePoint.Ocpp.Platform
{
    /// <summary>Injected randomness (reconnect jitter). Tests pass a fixed sequence.</summary>
    public interface IRandom
    {
        /// <summary>A value in [0, maxExclusive); 0 when maxExclusive &lt;= 0.</summary>
        int Next(int maxExclusive);
    }
}
