using System;
using ChargePoint.Hal.Simulation;

namespace ChargePoint.Tests.Fuzz
{
    /// <summary>
    /// Mutated Central System frames into a charging charger: every CALL the charge point serves, CALLRESULTs and
    /// CALLERRORs for its own requests. No input may crash it, and it must keep answering.
    /// </summary>
    public static class FrameFuzzer
    {
        private static readonly string[] Corpus =
        {
            "[2,\"f1\",\"RemoteStartTransaction\",{\"connectorId\":1,\"idTag\":\"TAG1\"}]",
            "[2,\"f2\",\"RemoteStopTransaction\",{\"transactionId\":7}]",
            "[2,\"f3\",\"ChangeConfiguration\",{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}]",
            "[2,\"f4\",\"GetConfiguration\",{\"key\":[\"HeartbeatInterval\",\"NumberOfConnectors\"]}]",
            "[2,\"f5\",\"UnlockConnector\",{\"connectorId\":1}]",
            "[2,\"f6\",\"TriggerMessage\",{\"requestedMessage\":\"MeterValues\",\"connectorId\":1}]",
            "[2,\"f7\",\"SetChargingProfile\",{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":3,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"validFrom\":\"2026-11-24T09:00:00.000Z\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"startSchedule\":\"2026-11-24T09:00:00.000Z\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":10.5},{\"startPeriod\":60,\"limit\":6}]}}}]",
            "[2,\"f8\",\"GetCompositeSchedule\",{\"connectorId\":1,\"duration\":3600,\"chargingRateUnit\":\"A\"}]",
            "[2,\"f9\",\"ClearChargingProfile\",{\"id\":3}]",
            "[2,\"f10\",\"SendLocalList\",{\"listVersion\":2,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"A\",\"idTagInfo\":{\"status\":\"Accepted\",\"expiryDate\":\"2027-01-01T00:00:00.000Z\"}},{\"idTag\":\"B\"}]}]",
            "[2,\"f11\",\"GetLocalListVersion\",{}]",
            "[2,\"f12\",\"ReserveNow\",{\"connectorId\":1,\"expiryDate\":\"2026-11-24T11:00:00.000Z\",\"idTag\":\"TAG2\",\"reservationId\":5}]",
            "[2,\"f13\",\"CancelReservation\",{\"reservationId\":5}]",
            "[2,\"f14\",\"ClearCache\",{}]",
            "[2,\"f15\",\"DataTransfer\",{\"vendorId\":\"X\",\"messageId\":\"m\",\"data\":\"d\"}]",
            "[2,\"f16\",\"ChangeAvailability\",{\"connectorId\":0,\"type\":\"Operative\"}]",
            "[2,\"f17\",\"UpdateFirmware\",{\"location\":\"http://fw/x.bin\",\"retrieveDate\":\"2026-11-24T09:00:00.000Z\",\"retries\":1}]",
            "[2,\"f18\",\"GetDiagnostics\",{\"location\":\"ftp://d/\",\"startTime\":\"2026-11-24T08:00:00.000Z\"}]",
            "[2,\"f19\",\"ExtendedTriggerMessage\",{\"requestedMessage\":\"StatusNotification\",\"connectorId\":1}]",
            "[2,\"f20\",\"GetLog\",{\"logType\":\"SecurityLog\",\"requestId\":1,\"log\":{\"remoteLocation\":\"ftp://l/\",\"oldestTimestamp\":\"2026-11-24T08:00:00.000Z\"}}]",
            "[2,\"f21\",\"ChangeConfiguration\",{\"key\":\"AllowOfflineTxForUnknownId\",\"value\":\"true\"}]",
            "[3,\"1-1\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-24T10:00:00.000Z\",\"interval\":300}]",
            "[3,\"1-2\",{\"transactionId\":9,\"idTagInfo\":{\"status\":\"Accepted\"}}]",
            "[4,\"1-3\",\"NotImplemented\",\"no\",{}]",
            "[2,\"f22\",\"Reset\",{\"type\":\"Soft\"}]",
        };

        /// <summary>Runs <paramref name="inputs"/> mutated frames; a liveness probe every 50 inputs and at the end.</summary>
        public static FuzzResult Run(int inputs, uint seed)
        {
            var result = new FuzzResult("frame", seed);
            var mutator = new Mutator(seed);
            var storage = new SimulatedStorage();
            FirmwareFuzzRig.Provision(storage);
            var rig = new FirmwareFuzzRig(storage);
            rig.Advance(3000);
            rig.Console.Type("plug 32");
            rig.Console.Type("ev charge");
            rig.Console.Type("card TAG1");
            rig.Advance(3000);
            rig.TakeFailure();
            for (int i = 0; i < inputs; i++)
            {
                string frame = mutator.Mutate(Corpus[mutator.Next(Corpus.Length)], Corpus[mutator.Next(Corpus.Length)]);
                result.Counted();
                try
                {
                    rig.CentralSystem.Send(frame);
                    rig.Advance(100 + mutator.Next(400));
                    string failure = rig.TakeFailure();
                    if (failure.Length == 0 && (i % 50 == 49 || i == inputs - 1))
                    {
                        failure = rig.Liveness(i);
                        rig.TakeFailure();
                    }

                    if (failure.Length > 0)
                    {
                        result.Failed(failure, frame);
                    }
                }
                catch (Exception e)
                {
                    result.Failed("exception " + ((object)e).GetType().Name + ": " + e.Message, frame);
                    result.ProbesAnswered += rig.ProbesAnswered;
                    rig = new FirmwareFuzzRig(storage);
                }
            }

            result.ProbesAnswered += rig.ProbesAnswered;
            return result;
        }
    }
}
