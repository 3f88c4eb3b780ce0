namespace ChargePoint.Ocpp.Json
{
    /// <summary>
    /// The member names the charger's message parsers read, each once in <see cref="Table"/> (a table per parser repeated
    /// the names several share, and a literal per writer repeated them again). A key constant is one char: the name's
    /// position in the table plus 0x100. <see cref="JsonReader.NextKey"/> takes a parser's keys as such chars
    /// (concatenated constants), and <see cref="JsonWriter.PropertyName"/> writes a key constant as its name.
    /// </summary>
    public static class Key
    {
        public const string Table = "status currentTime interval id connectorId chargingProfilePurpose stackLevel duration type requestedMessage chargingRateUnit vendorId messageId data idTag idTagInfo hashAlgorithm issuerNameHash issuerKeyHash serialNumber certificateHashData chargingProfileId chargingProfileKind chargingSchedule transactionId recurrencyKind validFrom validTo chargingSchedulePeriod startSchedule minChargingRate startPeriod limit numberPhases expiryDate parentIdTag location retries retryInterval startTime stopTime log logType requestId remoteLocation oldestTimestamp latestTimestamp chargingProfile csChargingProfiles reservationId listVersion updateType localAuthorizationList firmware retrieveDateTime signingCertificate signature installDateTime retrieveDate ";

        public const string Status = "\u0100";
        public const string CurrentTime = "\u0107";
        public const string Interval = "\u0113";
        public const string Id = "\u011C";
        public const string ConnectorId = "\u011F";
        public const string ChargingProfilePurpose = "\u012B";
        public const string StackLevel = "\u0142";
        public const string Duration = "\u014D";
        public const string Type = "\u0156";
        public const string RequestedMessage = "\u015B";
        public const string ChargingRateUnit = "\u016C";
        public const string VendorId = "\u017D";
        public const string MessageId = "\u0186";
        public const string Data = "\u0190";
        public const string IdTag = "\u0195";
        public const string IdTagInfo = "\u019B";
        public const string HashAlgorithm = "\u01A5";
        public const string IssuerNameHash = "\u01B3";
        public const string IssuerKeyHash = "\u01C2";
        public const string SerialNumber = "\u01D0";
        public const string CertificateHashData = "\u01DD";
        public const string ChargingProfileId = "\u01F1";
        public const string ChargingProfileKind = "\u0203";
        public const string ChargingSchedule = "\u0217";
        public const string TransactionId = "\u0228";
        public const string RecurrencyKind = "\u0236";
        public const string ValidFrom = "\u0245";
        public const string ValidTo = "\u024F";
        public const string ChargingSchedulePeriod = "\u0257";
        public const string StartSchedule = "\u026E";
        public const string MinChargingRate = "\u027C";
        public const string StartPeriod = "\u028C";
        public const string Limit = "\u0298";
        public const string NumberPhases = "\u029E";
        public const string ExpiryDate = "\u02AB";
        public const string ParentIdTag = "\u02B6";
        public const string Location = "\u02C2";
        public const string Retries = "\u02CB";
        public const string RetryInterval = "\u02D3";
        public const string StartTime = "\u02E1";
        public const string StopTime = "\u02EB";
        public const string Log = "\u02F4";
        public const string LogType = "\u02F8";
        public const string RequestId = "\u0300";
        public const string RemoteLocation = "\u030A";
        public const string OldestTimestamp = "\u0319";
        public const string LatestTimestamp = "\u0329";
        public const string ChargingProfile = "\u0339";
        public const string CsChargingProfiles = "\u0349";
        public const string ReservationId = "\u035C";
        public const string ListVersion = "\u036A";
        public const string UpdateType = "\u0376";
        public const string LocalAuthorizationList = "\u0381";
        public const string Firmware = "\u0398";
        public const string RetrieveDateTime = "\u03A1";
        public const string SigningCertificate = "\u03B2";
        public const string Signature = "\u03C5";
        public const string InstallDateTime = "\u03CF";
        public const string RetrieveDate = "\u03DF";
    }
}
