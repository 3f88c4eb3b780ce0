using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using ModelIdTagInfo = ChargePoint.Ocpp.Model.Transactions.IdTagInfo;
using CaptureTime = ChargePoint.Ocpp.Model.Transactions.CaptureTime;
using nanoFramework.TestFramework;
using SendLocalListRequest = ChargePoint.Ocpp.Model.Transactions.SendLocalListRequest;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>One known-good frame per message type of LocalAuthListManagement, FirmwareManagement, Reservation, SmartCharging and RemoteTrigger: parse, write, identical text.</summary>
    [TestClass]
    public class OtherProfilesRoundTripTests
    {
        [TestMethod]
        public void GetLocalListVersion_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetLocalListVersion, "req", GoldenFrames.GetLocalListVersionReq);
        }

        [TestMethod]
        public void GetLocalListVersion_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetLocalListVersion, "conf", GoldenFrames.GetLocalListVersionConf);
        }

        [TestMethod]
        public void SendLocalList_req_round_trips_exactly()
        {
            var m = (SendLocalListRequest)GoldenCodec.AssertRoundTrip(OcppAction.SendLocalList, "req", GoldenFrames.SendLocalListReq);
            Assert.AreEqual(43, m.ListVersion);
            Assert.AreEqual(OcppEnum.Differential, m.UpdateType);
            Assert.AreEqual(3, m.LocalAuthorizationList!.Length);
            // The charger keeps an idTagInfo in its model's form: expiry in ms, the status as its code.
            Assert.AreEqual(CaptureTime.ToMs(Utc.At(2027, 1, 31, 23, 59, 59)), m.LocalAuthorizationList[0].IdTagInfo!.ExpiryUtcMs);
            Assert.AreEqual(ModelIdTagInfo.Accepted, m.LocalAuthorizationList[0].IdTagInfo!.Status);
            Assert.AreEqual("FLEET-0007", m.LocalAuthorizationList[0].IdTagInfo!.ParentIdTag);
            Assert.AreEqual(ModelIdTagInfo.Blocked, m.LocalAuthorizationList[1].IdTagInfo!.Status);
            Assert.AreEqual(0L, m.LocalAuthorizationList[1].IdTagInfo!.ExpiryUtcMs, "no expiryDate: 0");
            Assert.IsNull(m.LocalAuthorizationList[2].IdTagInfo, "no idTagInfo: remove the entry");
        }

        [TestMethod]
        public void SendLocalList_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SendLocalList, "conf", GoldenFrames.SendLocalListConf);
        }

        [TestMethod]
        public void GetDiagnostics_req_round_trips_exactly()
        {
            var m = (UpdateFirmwareRequest)GoldenCodec.AssertRoundTrip(OcppAction.GetDiagnostics, "req", GoldenFrames.GetDiagnosticsReq);
            Assert.AreEqual("ftp://diag.example.com/uploads/", m.Location);
            Assert.AreEqual(3, m.Retries);
            Assert.AreEqual(60, m.RetryInterval);
        }

        [TestMethod]
        public void GetDiagnostics_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetDiagnostics, "conf", GoldenFrames.GetDiagnosticsConf);
        }

        [TestMethod]
        public void DiagnosticsStatusNotification_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.DiagnosticsStatusNotification, "req", GoldenFrames.DiagnosticsStatusNotificationReq);
        }

        [TestMethod]
        public void DiagnosticsStatusNotification_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.DiagnosticsStatusNotification, "conf", GoldenFrames.DiagnosticsStatusNotificationConf);
        }

        [TestMethod]
        public void FirmwareStatusNotification_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.FirmwareStatusNotification, "req", GoldenFrames.FirmwareStatusNotificationReq);
        }

        [TestMethod]
        public void FirmwareStatusNotification_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.FirmwareStatusNotification, "conf", GoldenFrames.FirmwareStatusNotificationConf);
        }

        [TestMethod]
        public void UpdateFirmware_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.UpdateFirmware, "req", GoldenFrames.UpdateFirmwareReq);
        }

        [TestMethod]
        public void UpdateFirmware_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.UpdateFirmware, "conf", GoldenFrames.UpdateFirmwareConf);
        }

        [TestMethod]
        public void ReserveNow_req_round_trips_exactly()
        {
            var m = (ReserveNowRequest)GoldenCodec.AssertRoundTrip(OcppAction.ReserveNow, "req", GoldenFrames.ReserveNowReq);
            Assert.AreEqual(5001, m.ReservationId);
            Assert.AreEqual("FLEET-0007", m.ParentIdTag);
            Assert.AreEqual(Utc.At(2026, 11, 24, 11, 0, 0), m.ExpiryDate);
        }

        [TestMethod]
        public void ReserveNow_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.ReserveNow, "conf", GoldenFrames.ReserveNowConf);
        }

        [TestMethod]
        public void CancelReservation_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.CancelReservation, "req", GoldenFrames.CancelReservationReq);
        }

        [TestMethod]
        public void CancelReservation_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.CancelReservation, "conf", GoldenFrames.CancelReservationConf);
        }

        [TestMethod]
        public void SetChargingProfile_req_round_trips_exactly()
        {
            var m = (ProfileRequest)GoldenCodec.AssertRoundTrip(OcppAction.SetChargingProfile, "req", GoldenFrames.SetChargingProfileReq);
            var profile = m.ChargingProfile;
            Assert.AreEqual(12, profile.ChargingProfileId);
            Assert.AreEqual(1042, profile.TransactionId);
            Assert.AreEqual(OcppEnum.Recurring, profile.ChargingProfileKind);
            Assert.AreEqual(OcppEnum.Daily, profile.RecurrencyKind);
            Assert.AreEqual(3, profile.ChargingSchedule.ChargingSchedulePeriod.Length);
            Assert.AreEqual(6.5, profile.ChargingSchedule.ChargingSchedulePeriod[1].Limit);
            Assert.AreEqual(1, profile.ChargingSchedule.ChargingSchedulePeriod[1].NumberPhases);
            Assert.AreEqual(Absent.Int, profile.ChargingSchedule.ChargingSchedulePeriod[2].NumberPhases);
            Assert.AreEqual(6.1, profile.ChargingSchedule.MinChargingRate);
        }

        [TestMethod]
        public void SetChargingProfile_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.SetChargingProfile, "conf", GoldenFrames.SetChargingProfileConf);
        }

        [TestMethod]
        public void ClearChargingProfile_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.ClearChargingProfile, "req", GoldenFrames.ClearChargingProfileReq);
        }

        [TestMethod]
        public void ClearChargingProfile_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.ClearChargingProfile, "conf", GoldenFrames.ClearChargingProfileConf);
        }

        [TestMethod]
        public void GetCompositeSchedule_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.GetCompositeSchedule, "req", GoldenFrames.GetCompositeScheduleReq);
        }

        [TestMethod]
        public void GetCompositeSchedule_conf_round_trips_exactly()
        {
            var m = (StatusPayload)GoldenCodec.AssertRoundTrip(OcppAction.GetCompositeSchedule, "conf", GoldenFrames.GetCompositeScheduleConf);
            Assert.AreEqual(OcppEnum.Accepted, m.Status);
            Assert.AreEqual(7400.5, m.ChargingSchedule!.ChargingSchedulePeriod[1].Limit);
            Assert.IsTrue(double.IsNaN(m.ChargingSchedule.MinChargingRate), "absent decimal stays NaN");
        }

        [TestMethod]
        public void TriggerMessage_req_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.TriggerMessage, "req", GoldenFrames.TriggerMessageReq);
        }

        [TestMethod]
        public void TriggerMessage_conf_round_trips_exactly()
        {
            GoldenCodec.AssertRoundTrip(OcppAction.TriggerMessage, "conf", GoldenFrames.TriggerMessageConf);
        }
    }
}
