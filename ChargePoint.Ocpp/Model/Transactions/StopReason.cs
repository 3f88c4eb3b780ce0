namespace ChargePoint.Ocpp.Model.Transactions
{
    /// <summary>OCPP 1.6 StopTransaction reasons. None (0) omits the field, which means Local (J-Errata 2.6).</summary>
    public static class StopReason
    {
        public const int None = 0;
        public const int EmergencyStop = 1;
        public const int EVDisconnected = 2;
        public const int HardReset = 3;
        public const int Local = 4;
        public const int Other = 5;
        public const int PowerLoss = 6;
        public const int Reboot = 7;
        public const int Remote = 8;
        public const int SoftReset = 9;
        public const int UnlockCommand = 10;
        public const int DeAuthorized = 11;

        /// <summary>Where these codes start in <see cref="Measurand.ToText"/>: the text of reason r is Measurand.ToText(Base + r).</summary>
        public const int Base = 66;
    }
}
