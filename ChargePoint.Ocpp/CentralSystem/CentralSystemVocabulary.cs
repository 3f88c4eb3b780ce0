using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.CentralSystem
{
    /// <summary>
    /// Every enumeration string and action name of OCPP 1.6 (Core, the other profiles and the Security Whitepaper), for
    /// a reader of both directions (the simulated central system, benchmarks). The charger's own reader uses
    /// <see cref="V16Vocabulary"/>, the part it reads; the rest lives here, outside the image.
    /// </summary>
    public static class CentralSystemVocabulary
    {
        public static JsonVocabulary Create()
        {
            return new JsonVocabulary(new string[]
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
                OcppAction.CentralSystemInitiated,
            });
        }
    }
}
