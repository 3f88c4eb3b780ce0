using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    /// <summary>Every card outcome reaches the hooks (IChargePointHooks.CardOutcome) with its reason, as the console shows it.</summary>
    [TestClass]
    public class CardOutcomeTests
    {
        [TestMethod]
        public void Offline_card_outcomes_reach_the_hooks_with_the_rule_that_decided_them()
        {
            var w = new TxWorld(1); // never ticked: offline
            w.Tx.PresentIdTag(2, "ABC", w.Now);
            Assert.AreEqual("refused: no connector 2", w.Hooks.LastCardOutcome);

            w.Tx.PresentIdTag(1, "ABC", w.Now);
            Assert.AreEqual("refused: unknown (offline)", w.Hooks.LastCardOutcome);

            w.Set("AllowOfflineTxForUnknownId", "true");
            w.Tx.PresentIdTag(1, "ABC", w.Now);
            Assert.AreEqual("accepted: Accepted (unknown, offline)", w.Hooks.LastCardOutcome);

            w.Tx.PresentIdTag(1, "XYZ", w.Now);
            Assert.AreEqual("refused: pending ABC", w.Hooks.LastCardOutcome);
        }
    }
}
