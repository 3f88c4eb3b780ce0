using ChargePoint.Ocpp.Messages.V16;
using ChargePoint.Ocpp.Model;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Rpc
{
    /// <summary>Every CallError path the charge point produces, and malformed input that can only be dropped.</summary>
    [TestClass]
    public class CallErrorTests
    {
        private static void Expect(string request, string response)
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.CentralSystem.Send(request);
            w.Run(200);
            if (response.Length == 0)
            {
                w.AssertTranscript(new[] { "< " + request });
            }
            else
            {
                w.AssertTranscript(new[] { "< " + request, "> " + response });
            }

            // The engine still works afterwards.
            w.CentralSystem.Clear();
            w.CentralSystem.Send("[2,\"ok\",\"ClearCache\",{}]");
            w.Run(200);
            w.AssertTranscript(new[] { "< [2,\"ok\",\"ClearCache\",{}]", "> [3,\"ok\",{\"status\":\"Rejected\"}]" });
        }

        [TestMethod]
        public void Every_Central_System_action_can_be_served_and_no_other_text()
        {
            var session = new OcppWorld(1).ChargePoint.Session;
            string[] actions = OcppAction.CentralSystemInitiated.Split(new char[] { ' ' });
            Assert.AreEqual(ChargePoint.Ocpp.Rpc.RpcSession.CentralSystemActions, actions.Length);
            for (int i = 0; i < actions.Length; i++)
            {
                session.Register(actions[i], actions[i]);
            }

            object service;
            for (int i = 0; i < actions.Length; i++)
            {
                Assert.IsTrue(session.Find(actions[i], out service), actions[i]);
                Assert.AreEqual(actions[i], (string)service, "each action has its own service");
            }

            session.Register(OcppAction.Reset, null);
            Assert.IsTrue(session.Find(OcppAction.Reset, out service), "served with no service");
            Assert.IsNull(service);
            Assert.ThrowsException(typeof(System.ArgumentException), () => session.Register(OcppAction.Heartbeat, null));
            Assert.IsFalse(session.Find(OcppAction.Heartbeat, out service), "a charge point action");
            Assert.IsFalse(session.Find("ReserveNow Reset", out service), "two words");
            Assert.IsFalse(session.Find(string.Empty, out service));
            Assert.IsFalse(session.Find(null, out service));
        }

        [TestMethod]
        public void Unknown_action_is_NotImplemented() =>
            Expect("[2,\"a\",\"Foo\",{}]", "[4,\"a\",\"NotImplemented\",\"unknown action Foo\",{}]");

        [TestMethod]
        public void Known_action_without_handler_is_NotSupported() =>
            Expect("[2,\"a\",\"ReserveNow\",{}]", "[4,\"a\",\"NotSupported\",\"ReserveNow is not supported\",{}]");

        [TestMethod]
        public void Part_of_a_known_action_name_is_NotImplemented()
        {
            // The known actions are one space-separated table: only whole words match.
            Expect("[2,\"a\",\"Reserve\",{}]", "[4,\"a\",\"NotImplemented\",\"unknown action Reserve\",{}]");
            Expect("[2,\"a\",\"ReserveNow Reset\",{}]", "[4,\"a\",\"NotImplemented\",\"unknown action ReserveNow Reset\",{}]");
        }

        [TestMethod]
        public void Broken_json_with_a_readable_id_is_FormationViolation() =>
            Expect("[2,\"a\",\"Reset\",{\"type\":}]", "[4,\"a\",\"FormationViolation\",\"value expected\",{}]");

        [TestMethod]
        public void Payload_that_is_not_an_object_is_FormationViolation() =>
            Expect("[2,\"a\",\"Reset\",[]]", "[4,\"a\",\"FormationViolation\",\"payload must be an object\",{}]");

        [TestMethod]
        public void Extra_frame_elements_are_FormationViolation() =>
            Expect("[2,\"a\",\"ClearCache\",{},1]", "[4,\"a\",\"FormationViolation\",\"extra frame elements\",{}]");

        [TestMethod]
        public void Extra_frame_elements_after_a_valid_request_are_rejected_before_it_acts() =>
            // Inoperative would send StatusNotification Unavailable: the transcript shows only the CallError.
            Expect("[2,\"a\",\"ChangeAvailability\",{\"connectorId\":1,\"type\":\"Inoperative\"},{}]",
                "[4,\"a\",\"FormationViolation\",\"extra frame elements\",{}]");

        [TestMethod]
        public void Broken_json_after_a_wrong_field_type_is_still_FormationViolation() =>
            Expect("[2,\"a\",\"UnlockConnector\",{\"connectorId\":\"1\",]]", "[4,\"a\",\"FormationViolation\",\"name expected\",{}]");

        [TestMethod]
        public void Broken_json_for_an_unknown_action_is_FormationViolation() =>
            Expect("[2,\"a\",\"Foo\",{\"x\":}]", "[4,\"a\",\"FormationViolation\",\"value expected\",{}]");

        [TestMethod]
        public void Missing_required_field_is_OccurenceConstraintViolation() =>
            Expect("[2,\"a\",\"Reset\",{}]", "[4,\"a\",\"OccurenceConstraintViolation\",\"missing type\",{}]");

        [TestMethod]
        public void Wrong_json_type_is_TypeConstraintViolation() =>
            Expect("[2,\"a\",\"UnlockConnector\",{\"connectorId\":\"1\"}]", "[4,\"a\",\"TypeConstraintViolation\",\"connectorId must be a number\",{}]");

        [TestMethod]
        public void Wrong_json_type_names_the_expected_kind_with_its_article() =>
            Expect("[2,\"a\",\"GetConfiguration\",{\"key\":\"HeartbeatInterval\"}]",
                "[4,\"a\",\"TypeConstraintViolation\",\"key must be an array\",{}]");

        [TestMethod]
        public void Too_long_CiString_is_TypeConstraintViolation() =>
            Expect("[2,\"a\",\"ChangeConfiguration\",{\"key\":\"" + new string('k', 51) + "\",\"value\":\"1\"}]",
                "[4,\"a\",\"TypeConstraintViolation\",\"key over 50 chars\",{}]");

        [TestMethod]
        public void Invalid_enum_value_is_PropertyConstraintViolation() =>
            Expect("[2,\"a\",\"Reset\",{\"type\":\"Warm\"}]", "[4,\"a\",\"PropertyConstraintViolation\",\"type invalid: 'Warm'\",{}]");

        [TestMethod]
        public void Integer_below_range_is_PropertyConstraintViolation() =>
            Expect("[2,\"a\",\"ChangeAvailability\",{\"connectorId\":-1,\"type\":\"Operative\"}]",
                "[4,\"a\",\"PropertyConstraintViolation\",\"connectorId below 0\",{}]");

        [TestMethod]
        public void Too_many_requested_keys_is_OccurenceConstraintViolation()
        {
            string keys = string.Empty;
            for (int i = 0; i < 51; i++)
            {
                keys += (i == 0 ? "\"k" : ",\"k") + i.ToString() + "\"";
            }

            Expect("[2,\"a\",\"GetConfiguration\",{\"key\":[" + keys + "]}]",
                "[4,\"a\",\"OccurenceConstraintViolation\",\"over GetConfigurationMaxKeys\",{}]");
        }

        [TestMethod]
        public void Message_id_longer_than_36_is_FormationViolation()
        {
            string id = new string('i', 37);
            Expect("[2,\"" + id + "\",\"ClearCache\",{}]", "[4,\"" + id.Substring(0, 36) + "\",\"FormationViolation\",\"message id not 1-36 chars\",{}]");
        }

        [TestMethod]
        public void Frames_without_a_readable_id_are_dropped() => Expect("[2,", string.Empty);

        [TestMethod]
        public void Unknown_message_type_is_dropped() => Expect("[5,\"a\",{}]", string.Empty);

        [TestMethod]
        public void Answer_to_an_unknown_id_is_dropped() => Expect("[3,\"nope\",{}]", string.Empty);

        [TestMethod]
        public void Handler_crash_is_InternalError()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            w.ChargePoint.DataTransferVendors["crash"] = new CrashingVendor();
            w.CentralSystem.Call("DataTransfer", "{\"vendorId\":\"crash\"}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"DataTransfer\",{\"vendorId\":\"crash\"}]",
                "> [4,\"cs1\",\"InternalError\",\"internal error\",{}]",
            });
        }

        [TestMethod]
        public void CallError_answer_to_our_call_is_reported_and_the_next_call_goes_out()
        {
            var w = new OcppWorld(1);
            w.CentralSystem.AutoReply("StatusNotification", "{}");
            w.Run(100);
            w.CentralSystem.Send("[4,\"" + w.CentralSystem.LastCallId + "\",\"SecurityError\",\"not yet\",{}]");
            Assert.IsFalse(w.ChargePoint.IsAccepted);
            w.CentralSystem.AutoReply("BootNotification", OcppWorld.BootAccepted);
            w.Run(30500);
            Assert.IsTrue(w.ChargePoint.IsAccepted);
        }

        [TestMethod]
        public void Unanswered_call_times_out_and_is_retried()
        {
            var w = new OcppWorld(1);
            w.Run(29900);
            Assert.AreEqual(1, w.CentralSystem.Frames.Count);
            Assert.IsNotNull(w.ChargePoint.Session.OutstandingCall);
            w.Run(200);
            Assert.IsNull(w.ChargePoint.Session.OutstandingCall);
            w.CentralSystem.AutoReply("BootNotification", OcppWorld.BootAccepted);
            w.Run(30000);
            Assert.IsTrue(w.ChargePoint.IsAccepted);
        }

        private sealed class CrashingVendor : IDataTransferHandler
        {
            public StatusPayload Handle(DataTransferRequest request, long nowMs) => throw new System.InvalidOperationException("boom");
        }
    }
}
