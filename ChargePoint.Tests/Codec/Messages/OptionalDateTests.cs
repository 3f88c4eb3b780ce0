using ChargePoint.Ocpp.CentralSystem;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Messages.V16.DataTypes;
using nanoFramework.TestFramework;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;

namespace ChargePoint.Tests.Ocpp.Messages
{
    /// <summary>
    /// Optional timestamps are an explicit null, never a DateTime sentinel: on the nanoCLR default(DateTime) is
    /// 1601-01-01T00:00:00Z, a real instant that must be written when it is set.
    /// </summary>
    [TestClass]
    public class OptionalDateTests
    {
        [TestMethod]
        public void A_date_of_exactly_1601_01_01_set_explicitly_is_a_real_date_and_is_written()
        {
            var info = new IdTagInfo { Status = OcppEnum.Accepted };
            info.ExpiryDate = new UtcTimestamp(Utc.At(1601, 1, 1, 0, 0, 0));
            Assert.AreEqual("{\"expiryDate\":\"1601-01-01T00:00:00.000Z\",\"status\":\"Accepted\"}", Write(info));

            var profile = Profile();
            profile.ValidFrom = new UtcTimestamp(Utc.At(1601, 1, 1, 0, 0, 0));
            Assert.Contains("\"validFrom\":\"1601-01-01T00:00:00.000Z\"", Write(profile));
        }

        [TestMethod]
        public void Absent_dates_are_omitted()
        {
            Assert.AreEqual("{\"status\":\"Accepted\"}", Write(new IdTagInfo { Status = OcppEnum.Accepted }));
            Assert.AreEqual("{\"location\":\"ftp://x\"}", Write(new UpdateFirmwareRequest { Location = "ftp://x", Action = OcppAction.GetDiagnostics }));
            Assert.AreEqual(
                "{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\"," +
                "\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6}]}}",
                Write(Profile()));
        }

        [TestMethod]
        public void Parsing_a_message_without_the_optional_dates_leaves_them_absent()
        {
            var p = ChargingProfile.Parse(Reader("{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\"," +
                "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6}]}}"));
            Assert.IsNull(p.ValidFrom);
            Assert.IsNull(p.ValidTo);
            Assert.IsNull(p.ChargingSchedule.StartSchedule);
            Assert.AreEqual(0L, IdTagInfoPayload.ParseIdTagInfo(Reader("{\"status\":\"Accepted\"}")).ExpiryUtcMs, "absent expiry: 0");
            var d = UpdateFirmwareRequest.Parse(Reader("{\"location\":\"ftp://x\"}"), OcppAction.GetDiagnostics);
            Assert.IsNull(d.StartTime);
            Assert.IsNull(d.StopTime);
            Assert.IsNull(CentralSystemParser.ParseStatusNotification(Reader("{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}")).Timestamp);
        }

        [TestMethod]
        public void Parsing_an_explicit_1601_date_keeps_it_present()
        {
            // The charger keeps the expiry in ms since 1970 (0: none): 1601 is a real, long past instant.
            var info = IdTagInfoPayload.ParseIdTagInfo(Reader("{\"expiryDate\":\"1601-01-01T00:00:00Z\",\"status\":\"Accepted\"}"));
            Assert.AreEqual(ChargePoint.Ocpp.Model.Transactions.CaptureTime.ToMs(Utc.At(1601, 1, 1, 0, 0, 0)), info.ExpiryUtcMs);
            Assert.IsFalse(info.IsValidAt(1), "expired long ago");
            Assert.AreEqual("{\"expiryDate\":\"1601-01-01T00:00:00.000Z\",\"status\":\"Accepted\"}", Write(info));
        }

        private static ChargingProfile Profile()
        {
            var schedule = new ChargingSchedule("A", new ChargingSchedulePeriod[] { new ChargingSchedulePeriod(0, 6) });
            return new ChargingProfile
            {
                ChargingProfileId = 1, StackLevel = 0, ChargingProfilePurpose = OcppEnum.TxDefaultProfile,
                ChargingProfileKind = OcppEnum.Relative, ChargingSchedule = schedule,
            };
        }

        private static string Write(object payload)
        {
            var w = new JsonWriter();
            CentralSystemWriter.Write(w, payload);
            return w.ToString();
        }

        private static JsonReader Reader(string json)
        {
            var r = new JsonReader();
            r.Reset(json);
            return r;
        }
    }
}
