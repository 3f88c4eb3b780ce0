using System;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>A missing interop peer is a skip on a developer machine and a failure in CI (CI=true).</summary>
    [TestClass]
    public class PeerGateTests
    {
        [TestMethod]
        public void Missing_peer_in_CI_is_a_failure_not_a_skip()
        {
            Assert.AreEqual(PeerGate.Fail, PeerGate.Decide(false, "true"));
            Assert.AreEqual(PeerGate.Fail, PeerGate.Decide(false, "True"));
            Assert.AreEqual(PeerGate.Fail, PeerGate.Decide(false, "1"));
            Assert.AreEqual("AssertFailedException", Outcome(false, "true"));
        }

        [TestMethod]
        public void Missing_peer_outside_CI_is_a_skip_and_an_installed_peer_runs()
        {
            Assert.AreEqual(PeerGate.Skip, PeerGate.Decide(false, null));
            Assert.AreEqual(PeerGate.Skip, PeerGate.Decide(false, "false"));
            Assert.AreEqual("AssertInconclusiveException", Outcome(false, null));
            Assert.AreEqual(PeerGate.Run, PeerGate.Decide(true, "true"));
            Assert.AreEqual("run", Outcome(true, "true"));
        }

        private static string Outcome(bool installed, string? ci)
        {
            try
            {
                PeerGate.Apply(installed, ci);
                return "run";
            }
            catch (Exception e)
            {
                return e.GetType().Name;
            }
        }
    }
}
