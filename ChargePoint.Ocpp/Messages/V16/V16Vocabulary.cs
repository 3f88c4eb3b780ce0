using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16.DataTypes;

namespace ChargePoint.Ocpp.Messages.V16
{
    /// <summary>
    /// Every enumeration string and action name of OCPP 1.6 (Core, the other profiles and the Security Whitepaper),
    /// for <see cref="JsonReader.Vocabulary"/>: decoded enum values and actions then reuse these instances instead of
    /// allocating a copy per occurrence. Generated from the DataTypes tables; a value missing here only costs an allocation.
    /// </summary>
    public static class V16Vocabulary
    {
        public static JsonVocabulary Create() => new JsonVocabulary(Words());

        public static string[] Words()
        {
            return new[]
            {
                AuthorizationStatus.Accepted, AuthorizationStatus.Blocked, AuthorizationStatus.Expired, AuthorizationStatus.Invalid,
                AuthorizationStatus.ConcurrentTx,
                AvailabilityStatus.Accepted, AvailabilityStatus.Rejected, AvailabilityStatus.Scheduled,
                AvailabilityType.Inoperative, AvailabilityType.Operative,
                ChargePointErrorCode.ConnectorLockFailure, ChargePointErrorCode.EVCommunicationError, ChargePointErrorCode.GroundFailure,
                ChargePointErrorCode.HighTemperature, ChargePointErrorCode.InternalError, ChargePointErrorCode.LocalListConflict,
                ChargePointErrorCode.NoError, ChargePointErrorCode.OtherError, ChargePointErrorCode.OverCurrentFailure,
                ChargePointErrorCode.PowerMeterFailure, ChargePointErrorCode.PowerSwitchFailure, ChargePointErrorCode.ReaderFailure,
                ChargePointErrorCode.ResetFailure, ChargePointErrorCode.UnderVoltage, ChargePointErrorCode.OverVoltage,
                ChargePointErrorCode.WeakSignal,
                ChargePointStatus.Available, ChargePointStatus.Preparing, ChargePointStatus.Charging, ChargePointStatus.SuspendedEVSE,
                ChargePointStatus.SuspendedEV, ChargePointStatus.Finishing, ChargePointStatus.Reserved, ChargePointStatus.Unavailable,
                ChargePointStatus.Faulted,
                ChargingProfileKindType.Absolute, ChargingProfileKindType.Recurring, ChargingProfileKindType.Relative,
                ChargingProfilePurposeType.ChargePointMaxProfile, ChargingProfilePurposeType.TxDefaultProfile,
                ChargingProfilePurposeType.TxProfile,
                ChargingRateUnitType.W, ChargingRateUnitType.A,
                ClearCacheStatus.Accepted, ClearCacheStatus.Rejected,
                ConfigurationStatus.Accepted, ConfigurationStatus.Rejected, ConfigurationStatus.RebootRequired,
                ConfigurationStatus.NotSupported,
                DataTransferStatus.Accepted, DataTransferStatus.Rejected, DataTransferStatus.UnknownMessageId,
                DataTransferStatus.UnknownVendorId,
                Location.Cable, Location.EV, Location.Inlet, Location.Outlet, Location.Body,
                Measurand.EnergyActiveExportRegister, Measurand.EnergyActiveImportRegister, Measurand.EnergyReactiveExportRegister,
                Measurand.EnergyReactiveImportRegister, Measurand.EnergyActiveExportInterval, Measurand.EnergyActiveImportInterval,
                Measurand.EnergyReactiveExportInterval, Measurand.EnergyReactiveImportInterval, Measurand.PowerActiveExport,
                Measurand.PowerActiveImport, Measurand.PowerOffered, Measurand.PowerReactiveExport, Measurand.PowerReactiveImport,
                Measurand.PowerFactor, Measurand.CurrentImport, Measurand.CurrentExport, Measurand.CurrentOffered, Measurand.Voltage,
                Measurand.Frequency, Measurand.Temperature, Measurand.SoC, Measurand.RPM,
                Phase.L1, Phase.L2, Phase.L3, Phase.N, Phase.L1N, Phase.L2N, Phase.L3N, Phase.L1L2, Phase.L2L3, Phase.L3L1,
                ReadingContext.InterruptionBegin, ReadingContext.InterruptionEnd, ReadingContext.SampleClock, ReadingContext.SamplePeriodic,
                ReadingContext.TransactionBegin, ReadingContext.TransactionEnd, ReadingContext.Trigger, ReadingContext.Other,
                Reason.EmergencyStop, Reason.EVDisconnected, Reason.HardReset, Reason.Local, Reason.Other, Reason.PowerLoss, Reason.Reboot,
                Reason.Remote, Reason.SoftReset, Reason.UnlockCommand, Reason.DeAuthorized,
                RecurrencyKindType.Daily, RecurrencyKindType.Weekly,
                RegistrationStatus.Accepted, RegistrationStatus.Pending, RegistrationStatus.Rejected,
                RemoteStartStopStatus.Accepted, RemoteStartStopStatus.Rejected,
                ResetStatus.Accepted, ResetStatus.Rejected,
                ResetType.Hard, ResetType.Soft,
                UnitOfMeasure.Wh, UnitOfMeasure.kWh, UnitOfMeasure.varh, UnitOfMeasure.kvarh, UnitOfMeasure.W, UnitOfMeasure.kW,
                UnitOfMeasure.VA, UnitOfMeasure.kVA, UnitOfMeasure.var, UnitOfMeasure.kvar, UnitOfMeasure.A, UnitOfMeasure.V,
                UnitOfMeasure.K, UnitOfMeasure.Celcius, UnitOfMeasure.Celsius, UnitOfMeasure.Fahrenheit, UnitOfMeasure.Percent,
                UnlockStatus.Unlocked, UnlockStatus.UnlockFailed, UnlockStatus.NotSupported,
                ValueFormat.Raw, ValueFormat.SignedData,
                OcppAction.Authorize, OcppAction.BootNotification, OcppAction.ChangeAvailability, OcppAction.ChangeConfiguration,
                OcppAction.ClearCache, OcppAction.DataTransfer, OcppAction.GetConfiguration, OcppAction.Heartbeat, OcppAction.MeterValues,
                OcppAction.RemoteStartTransaction, OcppAction.RemoteStopTransaction, OcppAction.Reset, OcppAction.StartTransaction,
                OcppAction.StatusNotification, OcppAction.StopTransaction, OcppAction.UnlockConnector,
                OcppAction.DiagnosticsStatusNotification, OcppAction.FirmwareStatusNotification, OcppAction.GetDiagnostics,
                OcppAction.UpdateFirmware, OcppAction.GetLocalListVersion, OcppAction.SendLocalList, OcppAction.CancelReservation,
                OcppAction.ReserveNow, OcppAction.ClearChargingProfile, OcppAction.GetCompositeSchedule, OcppAction.SetChargingProfile,
                OcppAction.TriggerMessage, OcppAction.CertificateSigned, OcppAction.DeleteCertificate, OcppAction.ExtendedTriggerMessage,
                OcppAction.GetInstalledCertificateIds, OcppAction.GetLog, OcppAction.InstallCertificate, OcppAction.LogStatusNotification,
                OcppAction.SecurityEventNotification, OcppAction.SignCertificate, OcppAction.SignedFirmwareStatusNotification,
                OcppAction.SignedUpdateFirmware,
            };
        }
    }
}
