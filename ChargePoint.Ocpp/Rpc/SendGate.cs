namespace ChargePoint.Ocpp.Rpc
{
    /// <summary>What the session may send, set by the boot logic (Spec §4.2).</summary>
    public static class SendGate
    {
        /// <summary>No registration yet, or Rejected: only calls flagged AllowedBeforeAccepted; incoming calls are not answered.</summary>
        public const int Silent = 0;

        /// <summary>Pending: incoming calls are answered; only flagged calls are sent.</summary>
        public const int RepliesOnly = 1;

        /// <summary>Accepted: everything.</summary>
        public const int Open = 2;
    }
}
