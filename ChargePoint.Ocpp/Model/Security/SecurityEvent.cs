namespace ChargePoint.Ocpp.Model.Security
{
    /// <summary>One queued security event: type, techInfo (or null) and the UTC time in ms (0 = not stamped yet: the clock was not set, or it was recorded outside a loop pass).</summary>
    public sealed class SecurityEvent
    {
        public SecurityEvent(string type, string techInfo, long utcMs)
        {
            Type = type;
            TechInfo = techInfo;
            UtcMs = utcMs;
        }

        public readonly string Type;

        public readonly string TechInfo;

        public long UtcMs;
    }
}
