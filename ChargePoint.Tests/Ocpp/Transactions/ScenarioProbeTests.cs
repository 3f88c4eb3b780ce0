using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    [TestClass]
    public class ScenarioProbeTests
    {
        [TestMethod]
        public void Probe()
        {
            var w = new TxWorld(1);
            w.Run(2000);
            System.Console.WriteLine(w.Cs.Take());
            w.Hooks.Plugged[1] = true;
            w.Run(1000);
            System.Console.WriteLine(w.Cs.Take());
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Hooks.EvReady[1] = true;
            w.Run(1000);
            w.Meter(1).AddEnergy(500);
            w.Run(60000);
            System.Console.WriteLine(w.Cs.Take());
            w.Tx.PresentIdTag(1, "TAG1", w.Now);
            w.Run(1000);
            w.Hooks.Plugged[1] = false;
            w.Run(1000);
            System.Console.WriteLine(w.Cs.Take());
        }
    }
}
