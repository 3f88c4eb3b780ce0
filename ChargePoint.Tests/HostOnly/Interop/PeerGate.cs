namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>What a test does when the interop peer (ocpp-rpc, installed by `npm ci`) is missing.</summary>
    public static class PeerGate
    {
        public const int Run = 0;
        public const int Skip = 1;
        public const int Fail = 2;

        public const string Hint = "the ocpp-rpc interop peer is not installed: run `npm ci` in ChargePoint.Tests/Interop (the test build tries)";

        /// <summary>Run when installed; else Fail when the CI variable is set to true (any case, or "1"), Skip otherwise.</summary>
        public static int Decide(bool installed, string? ciVariable)
        {
            if (installed)
            {
                return Run;
            }

            return IsCi(ciVariable) ? Fail : Skip;
        }

        public static bool IsCi(string? ciVariable)
        {
            if (ciVariable == null)
            {
                return false;
            }

            string v = ciVariable.Trim().ToLowerInvariant();
            return v == "true" || v == "1";
        }

        /// <summary>Acts on <see cref="Decide"/>: returns, skips (Inconclusive) or fails the calling test.</summary>
        public static void Apply(bool installed, string? ciVariable)
        {
            switch (Decide(installed, ciVariable))
            {
                case Fail:
                    nanoFramework.TestFramework.Assert.IsTrue(false, "CI=" + ciVariable + ": " + Hint + ". In CI a missing peer is a failure, not a skip.");
                    break;
                case Skip:
                    nanoFramework.TestFramework.Assert.SkipTest(Hint);
                    break;
            }
        }
    }
}
