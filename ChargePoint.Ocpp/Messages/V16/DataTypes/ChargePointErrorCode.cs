namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>StatusNotification.req errorCode: the spec's strings (an explicit table; no Enum.ToString on nanoFramework).</summary>
    public static class ChargePointErrorCode
    {
        public const string ConnectorLockFailure = "ConnectorLockFailure";

        public const string EVCommunicationError = "EVCommunicationError";

        public const string GroundFailure = "GroundFailure";

        public const string HighTemperature = "HighTemperature";

        public const string InternalError = "InternalError";

        public const string LocalListConflict = "LocalListConflict";

        public const string NoError = "NoError";

        public const string OtherError = "OtherError";

        public const string OverCurrentFailure = "OverCurrentFailure";

        public const string PowerMeterFailure = "PowerMeterFailure";

        public const string PowerSwitchFailure = "PowerSwitchFailure";

        public const string ReaderFailure = "ReaderFailure";

        public const string ResetFailure = "ResetFailure";

        public const string UnderVoltage = "UnderVoltage";

        public const string OverVoltage = "OverVoltage";

        public const string WeakSignal = "WeakSignal";

        public static bool IsValid(string? value)
        {
            switch (value)
            {
                case ConnectorLockFailure:
                case EVCommunicationError:
                case GroundFailure:
                case HighTemperature:
                case InternalError:
                case LocalListConflict:
                case NoError:
                case OtherError:
                case OverCurrentFailure:
                case PowerMeterFailure:
                case PowerSwitchFailure:
                case ReaderFailure:
                case ResetFailure:
                case UnderVoltage:
                case OverVoltage:
                case WeakSignal:
                    return true;
                default:
                    return false;
            }
        }
    }
}
