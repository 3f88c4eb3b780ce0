using ChargePoint.Ocpp.Json;

namespace ChargePoint.Ocpp.Messages.V16.DataTypes
{
    /// <summary>
    /// The enumerations of OCPP 1.6 and the Security Whitepaper whose values are plain words, as the spec spells them
    /// (an explicit table; no Enum.ToString on nanoFramework), in one class: a class per enumeration cost the image a
    /// type row and its name each for constants that compile away. A value is one constant named as it is spelled on
    /// the wire (<see cref="Accepted"/> serves every status that has it). An enumeration is the table of its values,
    /// space-separated, named after the spec's type (<see cref="ClearCacheStatus"/>): the one table
    /// <c>JsonReader.ReadEnum</c> checks against, held by a decoding vocabulary (<see cref="Vocabulary"/> on the charger if it
    /// reads these values, CentralSystemVocabulary outside the image). The MeterValue enumerations (Measurand, Phase,
    /// UnitOfMeasure...), whose spellings are not identifiers, keep their classes.
    /// </summary>
    public static class OcppEnum
    {
        public const string Accepted = "Accepted";
        public const string Rejected = "Rejected";
        public const string Blocked = "Blocked";
        public const string Expired = "Expired";
        public const string Invalid = "Invalid";
        public const string ConcurrentTx = "ConcurrentTx";
        public const string Scheduled = "Scheduled";
        public const string Inoperative = "Inoperative";
        public const string Operative = "Operative";
        public const string CentralSystemRootCertificate = "CentralSystemRootCertificate";
        public const string ManufacturerRootCertificate = "ManufacturerRootCertificate";
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
        public const string Available = "Available";
        public const string Preparing = "Preparing";
        public const string Charging = "Charging";
        public const string SuspendedEVSE = "SuspendedEVSE";
        public const string SuspendedEV = "SuspendedEV";
        public const string Finishing = "Finishing";
        public const string Reserved = "Reserved";
        public const string Unavailable = "Unavailable";
        public const string Faulted = "Faulted";
        public const string Absolute = "Absolute";
        public const string Recurring = "Recurring";
        public const string Relative = "Relative";
        public const string ChargePointMaxProfile = "ChargePointMaxProfile";
        public const string TxDefaultProfile = "TxDefaultProfile";
        public const string TxProfile = "TxProfile";
        public const string NotSupported = "NotSupported";
        public const string W = "W";
        public const string A = "A";
        public const string Unknown = "Unknown";
        public const string RebootRequired = "RebootRequired";
        public const string UnknownMessageId = "UnknownMessageId";
        public const string UnknownVendorId = "UnknownVendorId";
        public const string Failed = "Failed";
        public const string NotFound = "NotFound";
        public const string Idle = "Idle";
        public const string Uploaded = "Uploaded";
        public const string UploadFailed = "UploadFailed";
        public const string Uploading = "Uploading";
        public const string Downloaded = "Downloaded";
        public const string DownloadFailed = "DownloadFailed";
        public const string Downloading = "Downloading";
        public const string InstallationFailed = "InstallationFailed";
        public const string Installing = "Installing";
        public const string Installed = "Installed";
        public const string DownloadScheduled = "DownloadScheduled";
        public const string DownloadPaused = "DownloadPaused";
        public const string InstallRebooting = "InstallRebooting";
        public const string InstallScheduled = "InstallScheduled";
        public const string InstallVerificationFailed = "InstallVerificationFailed";
        public const string InvalidSignature = "InvalidSignature";
        public const string SignatureVerified = "SignatureVerified";
        public const string SHA256 = "SHA256";
        public const string SHA384 = "SHA384";
        public const string SHA512 = "SHA512";
        public const string DiagnosticsLog = "DiagnosticsLog";
        public const string SecurityLog = "SecurityLog";
        public const string AcceptedCanceled = "AcceptedCanceled";
        public const string BootNotification = "BootNotification";
        public const string DiagnosticsStatusNotification = "DiagnosticsStatusNotification";
        public const string FirmwareStatusNotification = "FirmwareStatusNotification";
        public const string Heartbeat = "Heartbeat";
        public const string MeterValues = "MeterValues";
        public const string StatusNotification = "StatusNotification";
        public const string LogStatusNotification = "LogStatusNotification";
        public const string SignChargePointCertificate = "SignChargePointCertificate";
        public const string Daily = "Daily";
        public const string Weekly = "Weekly";
        public const string Pending = "Pending";
        public const string Occupied = "Occupied";
        public const string Hard = "Hard";
        public const string Soft = "Soft";
        public const string NotImplemented = "NotImplemented";
        public const string Unlocked = "Unlocked";
        public const string UnlockFailed = "UnlockFailed";
        public const string InvalidCertificate = "InvalidCertificate";
        public const string RevokedCertificate = "RevokedCertificate";
        public const string VersionMismatch = "VersionMismatch";
        public const string Differential = "Differential";
        public const string Full = "Full";
        public const string BadMessage = "BadMessage";
        public const string NotSupportedOperation = "NotSupportedOperation";
        public const string PermissionDenied = "PermissionDenied";
        public const string UploadFailure = "UploadFailure";

        /// <summary>IdTagInfo status.</summary>
        public const string AuthorizationStatus = Accepted + " " + Blocked + " " + Expired + " " + Invalid + " " + ConcurrentTx;

        /// <summary>ChangeAvailability.conf status.</summary>
        public const string AvailabilityStatus = Accepted + " " + Rejected + " " + Scheduled;

        /// <summary>ChangeAvailability.req type.</summary>
        public const string AvailabilityType = Inoperative + " " + Operative;

        /// <summary>CancelReservation.conf status.</summary>
        public const string CancelReservationStatus = Accepted + " " + Rejected;

        /// <summary>CertificateSigned.conf status (Security Whitepaper).</summary>
        public const string CertificateSignedStatusEnumType = Accepted + " " + Rejected;

        /// <summary>InstallCertificate.req / GetInstalledCertificateIds.req certificateType (Security Whitepaper).</summary>
        public const string CertificateUseEnumType = CentralSystemRootCertificate + " " + ManufacturerRootCertificate;

        /// <summary>StatusNotification.req errorCode.</summary>
        public const string ChargePointErrorCode = ConnectorLockFailure + " " + EVCommunicationError + " " + GroundFailure + " " + HighTemperature + " " + InternalError + " " + LocalListConflict + " " + NoError + " " + OtherError + " " + OverCurrentFailure + " " + PowerMeterFailure + " " + PowerSwitchFailure + " " + ReaderFailure + " " + ResetFailure + " " + UnderVoltage + " " + OverVoltage + " " + WeakSignal;

        /// <summary>StatusNotification.req status (connector 0 uses only Available, Unavailable, Faulted).</summary>
        public const string ChargePointStatus = Available + " " + Preparing + " " + Charging + " " + SuspendedEVSE + " " + SuspendedEV + " " + Finishing + " " + Reserved + " " + Unavailable + " " + Faulted;

        /// <summary>ChargingProfile chargingProfileKind.</summary>
        public const string ChargingProfileKindType = Absolute + " " + Recurring + " " + Relative;

        /// <summary>ChargingProfile chargingProfilePurpose.</summary>
        public const string ChargingProfilePurposeType = ChargePointMaxProfile + " " + TxDefaultProfile + " " + TxProfile;

        /// <summary>SetChargingProfile.conf status.</summary>
        public const string ChargingProfileStatus = Accepted + " " + Rejected + " " + NotSupported;

        /// <summary>ChargingSchedule chargingRateUnit.</summary>
        public const string ChargingRateUnitType = W + " " + A;

        /// <summary>ClearCache.conf status.</summary>
        public const string ClearCacheStatus = Accepted + " " + Rejected;

        /// <summary>ClearChargingProfile.conf status.</summary>
        public const string ClearChargingProfileStatus = Accepted + " " + Unknown;

        /// <summary>ChangeConfiguration.conf status.</summary>
        public const string ConfigurationStatus = Accepted + " " + Rejected + " " + RebootRequired + " " + NotSupported;

        /// <summary>DataTransfer.conf status.</summary>
        public const string DataTransferStatus = Accepted + " " + Rejected + " " + UnknownMessageId + " " + UnknownVendorId;

        /// <summary>DeleteCertificate.conf status (Security Whitepaper).</summary>
        public const string DeleteCertificateStatusEnumType = Accepted + " " + Failed + " " + NotFound;

        /// <summary>DiagnosticsStatusNotification.req status.</summary>
        public const string DiagnosticsStatus = Idle + " " + Uploaded + " " + UploadFailed + " " + Uploading;

        /// <summary>FirmwareStatusNotification.req status.</summary>
        public const string FirmwareStatus = Downloaded + " " + DownloadFailed + " " + Downloading + " " + Idle + " " + InstallationFailed + " " + Installing + " " + Installed;

        /// <summary>SignedFirmwareStatusNotification.req status (Security Whitepaper).</summary>
        public const string FirmwareStatusEnumType = Downloaded + " " + DownloadFailed + " " + Downloading + " " + DownloadScheduled + " " + DownloadPaused + " " + Idle + " " + InstallationFailed + " " + Installing + " " + Installed + " " + InstallRebooting + " " + InstallScheduled + " " + InstallVerificationFailed + " " + InvalidSignature + " " + SignatureVerified;

        /// <summary>SignCertificate.conf status (Security Whitepaper).</summary>
        public const string GenericStatusEnumType = Accepted + " " + Rejected;

        /// <summary>GetCompositeSchedule.conf status.</summary>
        public const string GetCompositeScheduleStatus = Accepted + " " + Rejected;

        /// <summary>GetInstalledCertificateIds.conf status (Security Whitepaper).</summary>
        public const string GetInstalledCertificateStatusEnumType = Accepted + " " + NotFound;

        /// <summary>CertificateHashDataType hashAlgorithm (Security Whitepaper).</summary>
        public const string HashAlgorithmEnumType = SHA256 + " " + SHA384 + " " + SHA512;

        /// <summary>InstallCertificate.conf status (Security Whitepaper).</summary>
        public const string InstallCertificateStatusEnumType = Accepted + " " + Failed + " " + Rejected;

        /// <summary>GetLog.req logType (Security Whitepaper).</summary>
        public const string LogEnumType = DiagnosticsLog + " " + SecurityLog;

        /// <summary>GetLog.conf status (Security Whitepaper).</summary>
        public const string LogStatusEnumType = Accepted + " " + Rejected + " " + AcceptedCanceled;

        /// <summary>TriggerMessage.req requestedMessage.</summary>
        public const string MessageTrigger = BootNotification + " " + DiagnosticsStatusNotification + " " + FirmwareStatusNotification + " " + Heartbeat + " " + MeterValues + " " + StatusNotification;

        /// <summary>ExtendedTriggerMessage.req requestedMessage (Security Whitepaper).</summary>
        public const string MessageTriggerEnumType = BootNotification + " " + LogStatusNotification + " " + FirmwareStatusNotification + " " + Heartbeat + " " + MeterValues + " " + SignChargePointCertificate + " " + StatusNotification;

        /// <summary>ChargingProfile recurrencyKind.</summary>
        public const string RecurrencyKindType = Daily + " " + Weekly;

        /// <summary>BootNotification.conf status.</summary>
        public const string RegistrationStatus = Accepted + " " + Pending + " " + Rejected;

        /// <summary>RemoteStart/StopTransaction.conf status.</summary>
        public const string RemoteStartStopStatus = Accepted + " " + Rejected;

        /// <summary>ReserveNow.conf status.</summary>
        public const string ReservationStatus = Accepted + " " + Faulted + " " + Occupied + " " + Rejected + " " + Unavailable;

        /// <summary>Reset.conf status.</summary>
        public const string ResetStatus = Accepted + " " + Rejected;

        /// <summary>Reset.req type.</summary>
        public const string ResetType = Hard + " " + Soft;

        /// <summary>TriggerMessage.conf status.</summary>
        public const string TriggerMessageStatus = Accepted + " " + Rejected + " " + NotImplemented;

        /// <summary>ExtendedTriggerMessage.conf status (Security Whitepaper).</summary>
        public const string TriggerMessageStatusEnumType = Accepted + " " + Rejected + " " + NotImplemented;

        /// <summary>UnlockConnector.conf status.</summary>
        public const string UnlockStatus = Unlocked + " " + UnlockFailed + " " + NotSupported;

        /// <summary>SignedUpdateFirmware.conf status (Security Whitepaper).</summary>
        public const string UpdateFirmwareStatusEnumType = Accepted + " " + Rejected + " " + AcceptedCanceled + " " + InvalidCertificate + " " + RevokedCertificate;

        /// <summary>SendLocalList.conf status.</summary>
        public const string UpdateStatus = Accepted + " " + Failed + " " + NotSupported + " " + VersionMismatch;

        /// <summary>SendLocalList.req updateType.</summary>
        public const string UpdateType = Differential + " " + Full;

        /// <summary>LogStatusNotification.req status (Security Whitepaper).</summary>
        public const string UploadLogStatusEnumType = BadMessage + " " + Idle + " " + NotSupportedOperation + " " + PermissionDenied + " " + Uploaded + " " + UploadFailure + " " + Uploading;

        /// <summary>
        /// The words the charge point reads (the enumerations of the CS-initiated requests and of the confirmations it
        /// parses, and the CS-initiated actions), for <see cref="JsonReader.Vocabulary"/>: decoded enum values and actions
        /// reuse one instance each instead of allocating a copy per occurrence. The tables the charger only writes
        /// (Measurand, ChargePointStatus, its status answers...) are left out: their literals would be in the image for
        /// nothing; the Central System's vocabulary (ChargePoint.Ocpp.CentralSystem) has every table. A value missing
        /// here only costs an allocation.
        /// </summary>
        public static JsonVocabulary Vocabulary()
        {
            return new JsonVocabulary(new string[]
            {
                AuthorizationStatus, AvailabilityType, CertificateUseEnumType, ChargingProfileKindType,
                ChargingProfilePurposeType, ChargingRateUnitType, GenericStatusEnumType,
                HashAlgorithmEnumType, LogEnumType, MessageTrigger, MessageTriggerEnumType,
                RecurrencyKindType, RegistrationStatus, ResetType, UpdateType,
                OcppAction.CentralSystemInitiated,
            });
        }
    }
}
