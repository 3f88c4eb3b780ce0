using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.CentralSystem
{
    /// <summary>
    /// Every enumeration string and action name of OCPP 1.6 (Core, the other profiles and the Security Whitepaper), for
    /// a reader of both directions (the simulated central system, benchmarks). The charger's own reader uses
    /// <see cref="OcppEnum.Vocabulary"/>, the part it reads; the rest lives here, outside the image.
    /// </summary>
    public static class CentralSystemVocabulary
    {
        public static JsonVocabulary Create()
        {
            return new JsonVocabulary(new string[]
            {
                OcppEnum.AuthorizationStatus, OcppEnum.AvailabilityStatus, OcppEnum.AvailabilityType, OcppEnum.CancelReservationStatus,
                OcppEnum.CertificateSignedStatusEnumType, OcppEnum.CertificateUseEnumType, OcppEnum.ChargePointErrorCode,
                OcppEnum.ChargePointStatus, OcppEnum.ChargingProfileKindType, OcppEnum.ChargingProfilePurposeType,
                OcppEnum.ChargingProfileStatus, OcppEnum.ChargingRateUnitType, OcppEnum.ClearCacheStatus,
                OcppEnum.ClearChargingProfileStatus, OcppEnum.ConfigurationStatus, OcppEnum.DataTransferStatus,
                OcppEnum.DeleteCertificateStatusEnumType, OcppEnum.DiagnosticsStatus, OcppEnum.FirmwareStatus,
                OcppEnum.FirmwareStatusEnumType, OcppEnum.GenericStatusEnumType, OcppEnum.GetCompositeScheduleStatus,
                OcppEnum.GetInstalledCertificateStatusEnumType, OcppEnum.HashAlgorithmEnumType,
                OcppEnum.InstallCertificateStatusEnumType, Location.All, OcppEnum.LogEnumType, OcppEnum.LogStatusEnumType,
                Measurand.All, OcppEnum.MessageTrigger, OcppEnum.MessageTriggerEnumType, Phase.All, ReadingContext.All,
                Reason.All, OcppEnum.RecurrencyKindType, OcppEnum.RegistrationStatus, OcppEnum.RemoteStartStopStatus,
                OcppEnum.ReservationStatus, OcppEnum.ResetStatus, OcppEnum.ResetType, OcppEnum.TriggerMessageStatus,
                OcppEnum.TriggerMessageStatusEnumType, UnitOfMeasure.All, OcppEnum.UnlockStatus, OcppEnum.UpdateFirmwareStatusEnumType,
                OcppEnum.UpdateStatus, OcppEnum.UpdateType, OcppEnum.UploadLogStatusEnumType, ValueFormat.All, OcppAction.ChargePointInitiated,
                OcppAction.CentralSystemInitiated,
            });
        }
    }
}
