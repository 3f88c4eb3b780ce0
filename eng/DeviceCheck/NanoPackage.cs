using System.Collections.Generic;

namespace ChargePoint.DeviceCheck
{
    /// <summary>One nanoFramework NuGet package of the stable line: id, version and the assemblies it ships under lib/.</summary>
    public sealed class NanoPackage
    {
        public NanoPackage(string id, string version, params string[] files)
        {
            Id = id;
            Version = version;
            Files = files;
        }

        public string Id { get; }

        public string Version { get; }

        /// <summary>File names under lib/ ("System.Net.WebSockets.dll", "nanoFramework.UnitTestLauncher.exe").</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>The assembly names (file names without extension).</summary>
        public IEnumerable<string> Assemblies
        {
            get
            {
                foreach (string file in Files)
                {
                    yield return System.IO.Path.GetFileNameWithoutExtension(file);
                }
            }
        }

        /// <summary>
        /// The version stamped on the generated reference assemblies: the package version as a.b.c.0. The real
        /// assemblies are versioned by Nerdbank.GitVersioning (e.g. System.Threading 1.1.52.34401), so this is an
        /// approximation; nothing here binds by version. mscorlib is the official file and keeps its real version.
        /// </summary>
        public string AssemblyVersion
        {
            get { return Version + ".0"; }
        }
    }
}
