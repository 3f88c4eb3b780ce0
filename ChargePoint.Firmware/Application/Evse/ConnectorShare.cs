namespace ChargePoint.Firmware.Evse
{
    /// <summary>One connector's state in <see cref="LoadSharing"/> (amps per phase, times in ms).</summary>
    internal sealed class ConnectorShare
    {
        /// <summary>Its own cap this tick: 0 when it does not take part (below 6 A).</summary>
        public double Cap;

        /// <summary>What its EV draws (NaN = unknown).</summary>
        public double Draw;

        /// <summary>Its cap, or its draw + headroom while it leaves part of a settled offer unused.</summary>
        public double Demand;

        /// <summary>This tick's share.</summary>
        public double Target;

        /// <summary>What its pilot offers.</summary>
        public double Offered;

        /// <summary>Counted against the limit: the offer, or a higher old one until the EV has followed.</summary>
        public double Counted;

        public long DecreasedAtMs;
        public long OfferSinceMs;
        public long ArrivedAtMs;
        public bool Active;

        /// <summary>Gets a share this tick (not dropped for lack of 6 A).</summary>
        public bool Open;
    }
}
