namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Wire names of every OCPP 1.6 action (all feature profiles and the Security Whitepaper extension).
    ///
    /// How a message is written (copy this pattern for new actions):
    /// - <c>Messages/V16/&lt;Action&gt;Request.cs</c> and <c>&lt;Action&gt;Response.cs</c>, one sealed class each, with the
    ///   direction the charger runs: what it sends implements <see cref="IOcppPayload"/> (<c>WriteTo</c>), what it receives
    ///   has <c>static Parse</c>. The other direction (for tests, simulated central system, benchmarks) is in
    ///   <c>ChargePoint.Ocpp/CentralSystem/</c> (CentralSystemWriter, CentralSystemParser), outside the image. Shared
    ///   structures in <c>Messages/V16/DataTypes/</c>, enumerations there too as static classes of string constants, their
    ///   <c>All</c> table (an explicit table: no Enum.ToString on nanoFramework).
    /// - A payload that is one field, or the same data as another action's, gets no class of its own (every class costs
    ///   the image a type, a constructor and its methods): <see cref="EmptyPayload"/> (no field), <see cref="StatusPayload"/>
    ///   (status, optional requestId), <see cref="IntPayload"/> (one integer), <see cref="StringPayload"/> (one string or
    ///   enumeration), <c>Model.Transactions.IdTagInfoPayload</c>, <see cref="ConnectorRequest"/> (ChangeAvailability and both trigger actions); the
    ///   field name or the enumeration table is an argument.
    /// - Properties are named after the JSON field (PascalCase); the JSON name is written literally.
    ///   Required: no default (an initializer is IL in every constructor): set by a constructor taking them where the charger builds the message, by Parse (which fails without them) where it reads it. Optional: null for strings/objects/arrays,
    ///   <see cref="Absent.Int"/> for integers, NaN for decimals, a null <see cref="UtcTimestamp"/> for timestamps (never a DateTime sentinel: see UtcTimestamp); absent values are omitted.
    /// - <c>WriteTo(JsonWriter)</c> writes one object with <c>w.Prop</c> (absent optional values omitted).
    /// - <c>static Parse(JsonReader)</c>: <c>r.ReadStartObject("payload")</c> (null for an object that is a property's value: the error names that property), loop <c>r.NextKey(Key.A + Key.B..., required)</c>
    ///   with a <c>switch</c> on the key's position (an unknown field is skipped by the next NextKey: tolerated; the
    ///   required mask is checked at the object's end); CiString limits via <c>r.ReadString(null, max)</c>, enums via
    ///   <c>r.ReadEnum(null, X.All)</c>, ranges via <c>r.ReadInt(null, min)</c>. Failures throw the right CallError code.
    /// - Add a round-trip test in ChargePoint.Tests/Codec/Messages and, for an incoming action, a handler in Operations/.
    /// </summary>
    public static class OcppAction
    {
        // Core
        public const string Authorize = "Authorize";
        public const string BootNotification = "BootNotification";
        public const string ChangeAvailability = "ChangeAvailability";
        public const string ChangeConfiguration = "ChangeConfiguration";
        public const string ClearCache = "ClearCache";
        public const string DataTransfer = "DataTransfer";
        public const string GetConfiguration = "GetConfiguration";
        public const string Heartbeat = "Heartbeat";
        public const string MeterValues = "MeterValues";
        public const string RemoteStartTransaction = "RemoteStartTransaction";
        public const string RemoteStopTransaction = "RemoteStopTransaction";
        public const string Reset = "Reset";
        public const string StartTransaction = "StartTransaction";
        public const string StatusNotification = "StatusNotification";
        public const string StopTransaction = "StopTransaction";
        public const string UnlockConnector = "UnlockConnector";

        // Firmware Management
        public const string DiagnosticsStatusNotification = "DiagnosticsStatusNotification";
        public const string FirmwareStatusNotification = "FirmwareStatusNotification";
        public const string GetDiagnostics = "GetDiagnostics";
        public const string UpdateFirmware = "UpdateFirmware";

        // Local Auth List Management
        public const string GetLocalListVersion = "GetLocalListVersion";
        public const string SendLocalList = "SendLocalList";

        // Reservation
        public const string CancelReservation = "CancelReservation";
        public const string ReserveNow = "ReserveNow";

        // Smart Charging
        public const string ClearChargingProfile = "ClearChargingProfile";
        public const string GetCompositeSchedule = "GetCompositeSchedule";
        public const string SetChargingProfile = "SetChargingProfile";

        // Remote Trigger
        public const string TriggerMessage = "TriggerMessage";

        // Security Whitepaper extension
        public const string CertificateSigned = "CertificateSigned";
        public const string DeleteCertificate = "DeleteCertificate";
        public const string ExtendedTriggerMessage = "ExtendedTriggerMessage";
        public const string GetInstalledCertificateIds = "GetInstalledCertificateIds";
        public const string GetLog = "GetLog";
        public const string InstallCertificate = "InstallCertificate";
        public const string LogStatusNotification = "LogStatusNotification";
        public const string SecurityEventNotification = "SecurityEventNotification";
        public const string SignCertificate = "SignCertificate";
        public const string SignedFirmwareStatusNotification = "SignedFirmwareStatusNotification";
        public const string SignedUpdateFirmware = "SignedUpdateFirmware";

        /// <summary>
        /// The actions only a charge point initiates, space-separated (for the decoding vocabulary; with
        /// <see cref="CentralSystemInitiated"/> they are every action).
        /// </summary>
        public const string ChargePointInitiated = Authorize + " " + BootNotification + " " + Heartbeat + " " + MeterValues
            + " " + StartTransaction + " " + StatusNotification + " " + StopTransaction + " " + DiagnosticsStatusNotification
            + " " + FirmwareStatusNotification + " " + LogStatusNotification + " " + SecurityEventNotification
            + " " + SignCertificate + " " + SignedFirmwareStatusNotification;

        /// <summary>
        /// Every action a Central System may send us, space-separated (for NotSupported vs NotImplemented). A const: the
        /// codec and the session share one assembly, so its callers share the one literal.
        /// </summary>
        public const string CentralSystemInitiated = CancelReservation + " " + ChangeAvailability + " " + ChangeConfiguration
            + " " + ClearCache + " " + ClearChargingProfile + " " + DataTransfer + " " + GetCompositeSchedule
            + " " + GetConfiguration + " " + GetDiagnostics + " " + GetLocalListVersion + " " + RemoteStartTransaction
            + " " + RemoteStopTransaction + " " + ReserveNow + " " + Reset + " " + SendLocalList + " " + SetChargingProfile
            + " " + TriggerMessage + " " + UnlockConnector + " " + UpdateFirmware + " " + CertificateSigned
            + " " + DeleteCertificate + " " + ExtendedTriggerMessage + " " + GetInstalledCertificateIds + " " + GetLog
            + " " + InstallCertificate + " " + SignedUpdateFirmware;
    }
}
