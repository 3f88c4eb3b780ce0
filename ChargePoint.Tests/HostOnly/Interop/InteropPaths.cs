using System;
using System.IO;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>Locates the repository pieces that process-level tests need.</summary>
    public static class InteropPaths
    {
        public static string RepositoryRoot => Compat.RepoPaths.Root();

        public static string PeerDirectory => Path.Combine(RepositoryRoot, "ChargePoint.Tests", "Interop");

        /// <summary>True when `npm ci` has installed the peer's dependencies.</summary>
        public static bool PeerInstalled => Directory.Exists(Path.Combine(PeerDirectory, "node_modules", "ocpp-rpc"));

        /// <summary>
        /// The one gate for every test that needs the interop peer: returns when it is installed; otherwise skips the
        /// test on a developer machine but FAILS it in CI (<c>CI=true</c>), so that CI cannot pass quietly without the
        /// interop and schema checks. The decision itself is <see cref="PeerGate.Decide"/>.
        /// </summary>
        public static void RequirePeer()
        {
            PeerGate.Apply(PeerInstalled, Environment.GetEnvironmentVariable("CI"));
        }
    }
}
