using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The nanoFramework packages a device project may reference (stable line, docs/nanoframework.md §0 and
    /// eng/sync-nfproj.sh) and the assemblies each ships. Package ids and assembly names differ: the package
    /// nanoFramework.System.Threading ships System.Threading.dll, nanoFramework.System.Net.WebSockets.Client ships
    /// System.Net.WebSockets.dll.
    /// </summary>
    public static class NanoPackages
    {
        public const string CoreLibraryId = "nanoFramework.CoreLibrary";

        public const string CoreLibraryVersion = "1.17.11";

        public static readonly IReadOnlyList<NanoPackage> All = new[]
        {
            new NanoPackage(CoreLibraryId, CoreLibraryVersion, "mscorlib.dll"),
            new NanoPackage("nanoFramework.System.Collections", "1.5.75", "nanoFramework.System.Collections.dll"),
            new NanoPackage("nanoFramework.System.Text", "1.3.42", "nanoFramework.System.Text.dll"),
            new NanoPackage("nanoFramework.System.Math", "1.5.116", "System.Math.dll"),
            new NanoPackage("nanoFramework.Runtime.Events", "1.11.37", "nanoFramework.Runtime.Events.dll"),
            new NanoPackage("nanoFramework.Runtime.Native", "1.7.11", "nanoFramework.Runtime.Native.dll"),
            new NanoPackage("nanoFramework.System.Threading", "1.1.52", "System.Threading.dll"),
            new NanoPackage("nanoFramework.System.IO.Streams", "1.1.96", "System.IO.Streams.dll"),
            new NanoPackage("nanoFramework.System.Net", "1.11.54", "System.Net.dll"),
            new NanoPackage("nanoFramework.System.Net.WebSockets.Client", "1.1.167", "System.Net.WebSockets.dll"),
            new NanoPackage("nanoFramework.System.Net.Http", "1.5.209", "System.Net.Http.dll"),
            new NanoPackage("nanoFramework.System.Device.Wifi", "1.5.147", "System.Device.Wifi.dll"),
            new NanoPackage("nanoFramework.System.Device.Gpio", "1.1.62", "System.Device.Gpio.dll"),
            new NanoPackage("nanoFramework.System.Device.Spi", "1.3.89", "System.Device.Spi.dll"),
            new NanoPackage("nanoFramework.System.Device.Pwm", "1.1.23", "System.Device.Pwm.dll"),
            new NanoPackage("nanoFramework.System.Device.Adc", "1.1.24", "System.Device.Adc.dll"),
            new NanoPackage("nanoFramework.Hardware.Esp32", "1.6.42", "nanoFramework.Hardware.Esp32.dll"),
            new NanoPackage("nanoFramework.System.IO.Ports", "1.1.139", "System.IO.Ports.dll"),
            new NanoPackage("nanoFramework.System.IO.FileSystem", "1.1.93", "System.IO.FileSystem.dll"),
            new NanoPackage("nanoFramework.System.Security.Cryptography", "1.0.43", "nanoFramework.System.Security.Cryptography.dll"),
            new NanoPackage("nanoFramework.Json", "2.2.203", "nanoFramework.Json.dll"),
            new NanoPackage("nanoFramework.TestFramework", "3.0.77", "nanoFramework.TestFramework.dll", "nanoFramework.UnitTestLauncher.exe"),
        };

        /// <summary>
        /// What a test project (run in the nanoCLR emulator, which only has these natives) may reference, directly or
        /// through project references: the CoreLibrary level plus the test framework.
        /// </summary>
        public static readonly ISet<string> TestAllowedAssemblies = new HashSet<string>(StringComparer.Ordinal)
        {
            "mscorlib", "nanoFramework.System.Collections", "nanoFramework.System.Text", "System.Math",
            "nanoFramework.Runtime.Events", "nanoFramework.Runtime.Native", "nanoFramework.TestFramework",
            "nanoFramework.UnitTestLauncher",
        };

        /// <summary>
        /// What a nanoCLR program (a non-image Exe, <see cref="NfProject.IsNanoClrProgram"/>) may reference, directly or
        /// through project references: what a test may (less the test framework), plus nanoFramework.Json and the
        /// System.IO.Streams it needs. Managed-only or in every firmware, so it loads on the nanoCLR and on any board.
        /// </summary>
        public static readonly ISet<string> NanoClrProgramAllowedAssemblies = new HashSet<string>(StringComparer.Ordinal)
        {
            "mscorlib", "nanoFramework.System.Collections", "nanoFramework.System.Text", "System.Math",
            "nanoFramework.Runtime.Events", "nanoFramework.Runtime.Native", "System.IO.Streams", "nanoFramework.Json",
        };

        /// <summary>The package that ships <paramref name="assembly"/>, or null when no package does.</summary>
        public static NanoPackage? ShippingAssembly(string assembly)
        {
            foreach (NanoPackage p in All)
            {
                foreach (string a in p.Assemblies)
                {
                    if (a == assembly)
                    {
                        return p;
                    }
                }
            }

            return null;
        }

        public static NanoPackage? ById(string id)
        {
            foreach (NanoPackage p in All)
            {
                if (string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return p;
                }
            }

            return null;
        }

        /// <summary>
        /// The official mscorlib.dll restored from NuGet (PackageDownload in ChargePoint.DeviceCheck.csproj): under the
        /// NuGetPackageRoot recorded at build time, else $NUGET_PACKAGES, else ~/.nuget/packages.
        /// </summary>
        public static string OfficialMscorlib()
        {
            var roots = new List<string>();
            foreach (AssemblyMetadataAttribute a in typeof(NanoPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (a.Key == "NuGetPackageRoot" && !string.IsNullOrEmpty(a.Value))
                {
                    roots.Add(a.Value);
                }
            }

            string? env = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (!string.IsNullOrEmpty(env))
            {
                roots.Add(env);
            }

            roots.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
            foreach (string root in roots)
            {
                string path = Path.Combine(root, CoreLibraryId.ToLowerInvariant(), CoreLibraryVersion, "lib", "mscorlib.dll");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            throw new FileNotFoundException("nanoFramework.CoreLibrary " + CoreLibraryVersion + " is not restored (looked in "
                + string.Join(", ", roots) + "); run `dotnet restore eng/DeviceCheck`.");
        }
    }
}
