using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every enumeration string and action name of OCPP 1.6 (Core, the other profiles and the Security Whitepaper),
    /// for <see cref="JsonReader.Vocabulary"/>: decoded enum values and actions then reuse one instance each instead of
    /// allocating a copy per occurrence. Built from the DataTypes tables (their <c>All</c>, the same literals
    /// the parsers validate against); a value missing here only costs an allocation.
    /// </summary>
    public static class V16Vocabulary
    {
        public static JsonVocabulary Create()
        {
            var tables = new string[]
            {
                AuthorizationStatus.All, AvailabilityStatus.All, AvailabilityType.All, CancelReservationStatus.All,
                CertificateSignedStatusEnumType.All, CertificateUseEnumType.All, ChargePointErrorCode.All,
                ChargePointStatus.All, ChargingProfileKindType.All, ChargingProfilePurposeType.All,
                ChargingProfileStatus.All, ChargingRateUnitType.All, ClearCacheStatus.All,
                ClearChargingProfileStatus.All, ConfigurationStatus.All, DataTransferStatus.All,
                DeleteCertificateStatusEnumType.All, DiagnosticsStatus.All, FirmwareStatus.All,
                FirmwareStatusEnumType.All, GenericStatusEnumType.All, GetCompositeScheduleStatus.All,
                GetInstalledCertificateStatusEnumType.All, HashAlgorithmEnumType.All,
                InstallCertificateStatusEnumType.All, Location.All, LogEnumType.All, LogStatusEnumType.All,
                Measurand.All, MessageTrigger.All, MessageTriggerEnumType.All, Phase.All, ReadingContext.All,
                Reason.All, RecurrencyKindType.All, RegistrationStatus.All, RemoteStartStopStatus.All,
                ReservationStatus.All, ResetStatus.All, ResetType.All, TriggerMessageStatus.All,
                TriggerMessageStatusEnumType.All, UnitOfMeasure.All, UnlockStatus.All, UpdateFirmwareStatusEnumType.All,
                UpdateStatus.All, UpdateType.All, UploadLogStatusEnumType.All, ValueFormat.All, OcppAction.ChargePointInitiated,
                OcppAction.CentralSystemInitiated(),
            };

            return new JsonVocabulary(tables);
        }
    }
}
