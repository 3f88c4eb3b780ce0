using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// The enumeration strings and action names the charge point reads (the enumerations of the CS-initiated requests
    /// and of the confirmations it parses, and the CS-initiated actions), for <see cref="JsonReader.Vocabulary"/>:
    /// decoded enum values and actions then reuse one instance each instead of allocating a copy per occurrence.
    /// Built from the DataTypes tables (their <c>All</c>, the same literals the parsers validate against). The tables
    /// the charger only writes (Measurand, ChargePointStatus, its status answers...) are left out: their literals would
    /// be in the image for nothing; the Central System's vocabulary (ChargePoint.Ocpp.CentralSystem) has every table.
    /// A value missing here only costs an allocation.
    /// </summary>
    public static class V16Vocabulary
    {
        public static JsonVocabulary Create()
        {
            return new JsonVocabulary(new string[]
            {
                AuthorizationStatus.All, AvailabilityType.All, CertificateUseEnumType.All, ChargingProfileKindType.All,
                ChargingProfilePurposeType.All, ChargingRateUnitType.All, GenericStatusEnumType.All,
                HashAlgorithmEnumType.All, LogEnumType.All, MessageTrigger.All, MessageTriggerEnumType.All,
                RecurrencyKindType.All, RegistrationStatus.All, ResetType.All, UpdateType.All,
                OcppAction.CentralSystemInitiated,
            });
        }
    }
}
