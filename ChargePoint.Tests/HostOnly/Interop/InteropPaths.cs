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
    }
}
