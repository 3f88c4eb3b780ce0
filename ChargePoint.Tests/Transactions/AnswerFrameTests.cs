using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>
    /// Answers to the charge point's own calls are handled in one pass: the result is parsed, the frame must end right
    /// after it, and only then does the journal act. A broken frame changes nothing and the call stays outstanding.
    /// </summary>
    [TestClass]
    public class AnswerFrameTests
    {
        private const string Conf77 = "{\"transactionId\":77,\"idTagInfo\":{\"status\":\"Accepted\"}}";

        [TestMethod]
        public void A_valid_StartTransaction_conf_followed_by_garbage_leaves_the_journal_unconfirmed()
        {
            var k = new Kit();
            k.Answer("[3,\"" + k.StartId + "\"," + Conf77 + "garbage]");
            Assert.AreEqual(0, k.TransactionId(), "not confirmed: the frame is broken after the payload");
            Assert.AreEqual(1, k.InvalidFrames, "reported as an invalid frame");
            Assert.IsTrue(k.StartOutstanding(), "the StartTransaction still waits for its answer");

            // The well-formed answer that follows confirms it.
            k.Answer("[3,\"" + k.StartId + "\",{\"transactionId\":78,\"idTagInfo\":{\"status\":\"Accepted\"}}]");
            Assert.AreEqual(78, k.TransactionId());
            Assert.AreEqual(1, k.InvalidFrames);
        }

        [TestMethod]
        public void A_StartTransaction_conf_with_a_truncated_frame_leaves_the_journal_unconfirmed()
        {
            var k = new Kit();
            k.Answer("[3,\"" + k.StartId + "\"," + Conf77);
            Assert.AreEqual(0, k.TransactionId());
            Assert.AreEqual(1, k.InvalidFrames);
            Assert.IsTrue(k.StartOutstanding());
        }

        [TestMethod]
        public void A_StartTransaction_conf_with_extra_frame_elements_is_not_confirmed()
        {
            var k = new Kit();
            k.Answer("[3,\"" + k.StartId + "\"," + Conf77 + ",1]");
            Assert.AreEqual(0, k.TransactionId(), "the envelope must end after the payload, as for a CALL");
            Assert.AreEqual(0, k.InvalidFrames, "well-formed JSON: the call's CallError (FormationViolation), not an invalid frame");
            Assert.IsFalse(k.StartOutstanding(), "the call failed; the journal resends it later");
        }

        [TestMethod]
        public void A_StartTransaction_conf_that_fails_validation_is_the_calls_CallError()
        {
            var k = new Kit();
            k.Answer("[3,\"" + k.StartId + "\",{\"transactionId\":77}]");
            Assert.AreEqual(0, k.TransactionId(), "idTagInfo is required");
            Assert.AreEqual(0, k.InvalidFrames);
            Assert.IsFalse(k.StartOutstanding());
        }

        [TestMethod]
        public void A_broken_CALLERROR_frame_is_dropped_and_the_call_stays_outstanding()
        {
            var k = new Kit();
            k.Answer("[4,\"" + k.StartId + "\",\"InternalError\",\"x\",{]");
            Assert.AreEqual(1, k.InvalidFrames);
            Assert.IsTrue(k.StartOutstanding(), "a broken frame is not a CallError");

            k.Answer("[4,\"" + k.StartId + "\",\"InternalError\",\"x\",{}]");
            Assert.IsFalse(k.StartOutstanding(), "the well-formed CALLERROR fails the call");
            Assert.AreEqual(0, k.TransactionId());
        }

        [TestMethod]
        public void A_broken_answer_to_an_unknown_id_is_still_reported_as_an_invalid_frame()
        {
            var k = new Kit();
            k.Answer("[3,\"nope\"," + Conf77 + "garbage]");
            Assert.AreEqual(1, k.InvalidFrames);
            Assert.IsTrue(k.StartOutstanding());
            Assert.AreEqual(0, k.TransactionId());
        }

        /// <summary>A charging transaction whose StartTransaction.req went out and is left unanswered.</summary>
        private sealed class Kit
        {
            public readonly TxWorld W;
            public string StartId = string.Empty;
            public int InvalidFrames;

            public Kit()
            {
                W = new TxWorld(1);
                W.ToIdle();
                W.Cs.CallSeen = OnCall;
                W.Cp.Session.InvalidFrame += OnInvalid;
                W.Hooks.Plugged[1] = true;
                W.Hooks.EvReady[1] = true;
                W.Run(1000);
                W.Tx.PresentIdTag(1, "TAG1", W.Now);
                W.Run(1000);
                Assert.AreNotEqual(string.Empty, StartId, "StartTransaction sent");
                Assert.IsTrue(StartOutstanding());
            }

            public void Answer(string frame)
            {
                W.Transport.PeerSend(frame);
                W.Run(200);
            }

            /// <summary>True while the StartTransaction waits for its answer (other calls queue behind it).</summary>
            public bool StartOutstanding()
            {
                var call = W.Cp.Session.OutstandingCall;
                return call != null && call.Action == "StartTransaction";
            }

            public int TransactionId() => W.Tx.Journal.Transactions()[0].TransactionId;

            private void OnCall(string action, string messageId, string payload, bool isResend)
            {
                if (action == "StartTransaction")
                {
                    StartId = messageId;
                    W.Cs.Silent = true; // the test answers it
                }
            }

            private void OnInvalid(string text) => InvalidFrames++;
        }
    }
}
