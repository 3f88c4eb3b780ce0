using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>One known-good frame per Security Whitepaper message type: parse, write, identical text.</summary>
    [TestClass]
    public class SecurityRoundTripTests
    {
        [TestMethod]
        public void SecurityEventNotification_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SecurityEventNotification, "req", GoldenFrames.SecurityEventNotificationReq);
        }

        [TestMethod]
        public void SecurityEventNotification_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SecurityEventNotification, "conf", GoldenFrames.SecurityEventNotificationConf);
        }

        [TestMethod]
        public void SignCertificate_req_round_trips_exactly()
        {
            var m = (StringPayload)GoldenCodec.AssertRoundTrip(OcppAction.SignCertificate, "req", GoldenFrames.SignCertificateReq);
            Assert.StartsWith("-----BEGIN CERTIFICATE REQUEST-----\nMIIB", m.Value, "\\n is decoded to a line feed");
        }

        [TestMethod]
        public void SignCertificate_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SignCertificate, "conf", GoldenFrames.SignCertificateConf);
        }

        [TestMethod]
        public void CertificateSigned_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.CertificateSigned, "req", GoldenFrames.CertificateSignedReq);
        }

        [TestMethod]
        public void CertificateSigned_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.CertificateSigned, "conf", GoldenFrames.CertificateSignedConf);
        }

        [TestMethod]
        public void InstallCertificate_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.InstallCertificate, "req", GoldenFrames.InstallCertificateReq);
        }

        [TestMethod]
        public void InstallCertificate_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.InstallCertificate, "conf", GoldenFrames.InstallCertificateConf);
        }

        [TestMethod]
        public void DeleteCertificate_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.DeleteCertificate, "req", GoldenFrames.DeleteCertificateReq);
        }

        [TestMethod]
        public void DeleteCertificate_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.DeleteCertificate, "conf", GoldenFrames.DeleteCertificateConf);
        }

        [TestMethod]
        public void GetInstalledCertificateIds_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetInstalledCertificateIds, "req", GoldenFrames.GetInstalledCertificateIdsReq);
        }

        [TestMethod]
        public void GetInstalledCertificateIds_conf_round_trips_exactly()
        {
            var m = (StatusPayload)GoldenCodec.AssertRoundTrip(OcppAction.GetInstalledCertificateIds, "conf", GoldenFrames.GetInstalledCertificateIdsConf);
            Assert.AreEqual(2, m.CertificateHashData!.Length);
            Assert.AreEqual(OcppEnum.SHA512, m.CertificateHashData[1].HashAlgorithm);
        }

        [TestMethod]
        public void ExtendedTriggerMessage_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.ExtendedTriggerMessage, "req", GoldenFrames.ExtendedTriggerMessageReq);
        }

        [TestMethod]
        public void ExtendedTriggerMessage_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.ExtendedTriggerMessage, "conf", GoldenFrames.ExtendedTriggerMessageConf);
        }

        [TestMethod]
        public void GetLog_req_round_trips_exactly()
        {
            var m = (UpdateFirmwareRequest)GoldenCodec.AssertRoundTrip(OcppAction.GetLog, "req", GoldenFrames.GetLogReq);
            Assert.AreEqual(OcppEnum.SecurityLog, m.LogType);
            Assert.AreEqual("https://logs.example.com/upload", m.Location);
            Assert.AreEqual(77, m.RequestId);
        }

        [TestMethod]
        public void GetLog_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetLog, "conf", GoldenFrames.GetLogConf);
        }

        [TestMethod]
        public void LogStatusNotification_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.LogStatusNotification, "req", GoldenFrames.LogStatusNotificationReq);
        }

        [TestMethod]
        public void LogStatusNotification_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.LogStatusNotification, "conf", GoldenFrames.LogStatusNotificationConf);
        }

        [TestMethod]
        public void SignedUpdateFirmware_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SignedUpdateFirmware, "req", GoldenFrames.SignedUpdateFirmwareReq);
        }

        [TestMethod]
        public void SignedUpdateFirmware_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SignedUpdateFirmware, "conf", GoldenFrames.SignedUpdateFirmwareConf);
        }

        [TestMethod]
        public void SignedFirmwareStatusNotification_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SignedFirmwareStatusNotification, "req", GoldenFrames.SignedFirmwareStatusNotificationReq);
        }

        [TestMethod]
        public void SignedFirmwareStatusNotification_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SignedFirmwareStatusNotification, "conf", GoldenFrames.SignedFirmwareStatusNotificationConf);
        }
    }
}
