using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The two builds compile the same sources and agree on packages and references. A failure usually means
    /// eng/sync-nfproj.sh was not run after adding, moving or deleting a .cs file.
    /// </summary>
    [TestClass]
    public class ProjectConsistencyTests
    {
        private const string NanoProjectType = "{11A8DD76-328B-46DF-9F39-F559912D0360}";

        /// <summary>The ESP32 executable: the one project that may reference platform packages.</summary>
        private const string Esp32Executable = "ChargePoint.Firmware";

        /// <summary>Project references only the host build has: the host executable runs the simulator.</summary>
        private static readonly Dictionary<string, string[]> HostOnlyReferences = new Dictionary<string, string[]>
        {
            { Esp32Executable, new[] { "ChargePoint.Firmware.Simulator" } },
        };

        /// <summary>
        /// Project references the device build replaces by compiling the referenced project's sources (with its layer
        /// folders) into the assembly: the ESP32 executable holds the platform-free application, so the image has no
        /// references between the two (eng/sync-nfproj.sh lists the same folders as the executable's layers).
        /// </summary>
        private static readonly Dictionary<string, string[]> DeviceCompiledReferences = new Dictionary<string, string[]>
        {
            { Esp32Executable, new[] { "ChargePoint.Firmware.Application" } },
        };

        /// <summary>
        /// Device-only folders (the host .csproj removes them): Esp32Only/ holds the ESP32 entry point and platform
        /// adapters, NanoOnly/ code that needs a nanoFramework-only API but no platform (the benchmark's GC.Run probe).
        /// </summary>
        private static readonly string[] DeviceOnlyFolders = { "Esp32Only", "NanoOnly" };

        /// <summary>What a nanoCLR program (NanoImage=false, e.g. the benchmark) may add to the CoreLibrary level.</summary>
        private static readonly string[] NanoClrProgramPackages = { "nanoFramework.Runtime.Native", "nanoFramework.System.IO.Streams", "nanoFramework.Json" };

        private static List<string> Projects
        {
            get { return ProjectLayout.Names(RepoPaths.Root()); }
        }

        /// <summary>The host twins of the projects whose sources the device build of <paramref name="name"/> compiles.</summary>
        private static List<HostProject> DeviceCompiled(string root, string name)
        {
            var projects = new List<HostProject>();
            if (DeviceCompiledReferences.TryGetValue(name, out string[]? names))
            {
                foreach (string compiled in names)
                {
                    projects.Add(HostProject.Load(root, compiled));
                }
            }

            return projects;
        }

        /// <summary>A path relative to <paramref name="from"/>'s project ('/' separated) of a path relative to <paramref name="owner"/>'s.</summary>
        private static string Relative(HostProject from, HostProject owner, string path)
        {
            return Path.GetRelativePath(from.Directory, Path.GetFullPath(Path.Combine(owner.Directory, path))).Replace('\\', '/');
        }

        [TestMethod]
        public void Host_and_device_projects_compile_the_same_sources()
        {
            string root = RepoPaths.Root();
            var problems = new List<string>();
            foreach (string name in Projects)
            {
                HostProject host = HostProject.Load(root, name);
                DeviceProject device = DeviceProject.Load(root, name);

                foreach (string deviceOnly in DeviceOnlyFolders)
                {
                    if (Directory.Exists(Path.Combine(host.Directory, deviceOnly)) && !host.RemovedFolders().Contains(deviceOnly))
                    {
                        problems.Add(name + ".csproj: missing <Compile Remove=\"" + deviceOnly + "/**\" />");
                    }
                }

                // Device = host sources minus HostOnly/, plus Esp32Only/ and NanoOnly/.
                var expected = new SortedSet<string>(StringComparer.Ordinal);
                foreach (string file in host.OwnSources())
                {
                    if (!HostProject.InFolder(file, new[] { "HostOnly" }))
                    {
                        expected.Add(file);
                    }
                }

                foreach (string deviceOnly in DeviceOnlyFolders)
                {
                    if (Directory.Exists(Path.Combine(host.Directory, deviceOnly)))
                    {
                        foreach (string file in HostProject.ListSources(Path.Combine(host.Directory, deviceOnly), new string[0]))
                        {
                            expected.Add(deviceOnly + "/" + file);
                        }
                    }
                }

                // Plus the layer folders compiled into the project (linked in, e.g. the HAL into the application).
                expected.UnionWith(host.LayerSources());

                // Plus, for a reference the device build compiles instead, that project's sources and layer folders.
                foreach (HostProject compiled in DeviceCompiled(root, name))
                {
                    foreach (string file in compiled.OwnSources())
                    {
                        if (!HostProject.InFolder(file, new[] { "HostOnly" }) && file != "Properties/AssemblyInfo.cs")
                        {
                            expected.Add(Relative(host, compiled, file));
                        }
                    }

                    foreach (string file in compiled.LayerSources())
                    {
                        expected.Add(Relative(host, compiled, file));
                    }
                }

                var actual = new SortedSet<string>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, string?> item in device.CompileItems())
                {
                    actual.Add(item.Key);
                }

                CompareSets(name + ".nfproj <Compile>", expected, actual, problems);
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        /// <summary>
        /// Sources are shared through project references; the one kind of link is a whole layer folder compiled into
        /// one assembly (the HAL into the application): a folder that is no project of its own, compiled by no other
        /// project, each of its files linked by the device build.
        /// </summary>
        [TestMethod]
        public void Every_device_project_has_a_host_twin_and_links_only_whole_layer_folders()
        {
            string root = RepoPaths.Root();
            var problems = new List<string>();
            var linkedBy = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string name in Projects)
            {
                HostProject host = HostProject.Load(root, name);
                var layers = new List<string>();
                foreach (KeyValuePair<string, List<string>> layer in host.LayerFolders())
                {
                    string full = Path.GetFullPath(Path.Combine(host.Directory, layer.Key));
                    string rel = Path.GetRelativePath(root, full).Replace('\\', '/');
                    layers.Add(layer.Key);
                    if (!layer.Key.StartsWith("../", StringComparison.Ordinal) || !Directory.Exists(full))
                    {
                        problems.Add(name + ".csproj compiles " + layer.Key + ": a layer folder outside the project's own");
                    }
                    else if (Directory.GetFiles(full, "*.csproj").Length > 0 || Directory.GetFiles(full, "*.nfproj").Length > 0)
                    {
                        problems.Add(name + ".csproj compiles " + rel + ", the folder of a project: share code through a project reference, not a link");
                    }
                    else if (linkedBy.TryGetValue(rel, out string? other))
                    {
                        problems.Add(rel + " is compiled into both " + other + " and " + name);
                    }
                    else
                    {
                        linkedBy[rel] = name;
                    }
                }

                foreach (HostProject compiled in DeviceCompiled(root, name))
                {
                    foreach (KeyValuePair<string, List<string>> layer in compiled.LayerFolders())
                    {
                        layers.Add(Relative(host, compiled, layer.Key));
                    }
                }

                foreach (KeyValuePair<string, string?> item in DeviceProject.Load(root, name).CompileItems())
                {
                    if (item.Key.StartsWith("../", StringComparison.Ordinal) && !HostProject.InFolder(item.Key, layers))
                    {
                        problems.Add(name + ".nfproj compiles " + item.Key + " from outside its folder and its layer folders");
                    }
                }
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        [TestMethod]
        public void Packages_config_matches_the_nfproj_hint_paths()
        {
            string root = RepoPaths.Root();
            var problems = new List<string>();
            var hintPath = new Regex(@"^(\.\./)+packages/(?<id>[A-Za-z0-9_.]+?)\.(?<version>\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?)/lib/[^/]+\.(dll|exe)$");
            foreach (string name in Projects)
            {
                DeviceProject device = DeviceProject.Load(root, name);
                var fromHints = new SortedSet<string>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, string> reference in device.References())
                {
                    Match m = hintPath.Match(reference.Value);
                    if (!m.Success)
                    {
                        problems.Add(name + ".nfproj: reference " + reference.Key + " has no ..\\packages\\<id>.<version>\\lib\\ HintPath: '" + reference.Value + "'");
                        continue;
                    }

                    fromHints.Add(m.Groups["id"].Value + " " + m.Groups["version"].Value);
                }

                CompareSets(name + "/packages.config", fromHints, PackagesConfig(root, name), problems);
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        [TestMethod]
        public void Project_references_agree_between_csproj_and_nfproj()
        {
            string root = RepoPaths.Root();
            var problems = new List<string>();
            foreach (string name in Projects)
            {
                List<string> hostReferences = HostProject.Load(root, name).ProjectReferences();
                if (HostOnlyReferences.TryGetValue(name, out string[]? extra))
                {
                    hostReferences.RemoveAll(r => Array.IndexOf(extra, r) >= 0);
                }

                if (DeviceCompiledReferences.TryGetValue(name, out string[]? compiled))
                {
                    hostReferences.RemoveAll(r => Array.IndexOf(compiled, r) >= 0);
                }

                string host = string.Join(", ", hostReferences);
                string device = string.Join(", ", DeviceProject.Load(root, name).ProjectReferences());
                if (host != device)
                {
                    problems.Add(name + ": csproj references [" + host + "] but nfproj references [" + device + "]");
                }
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        [TestMethod]
        public void Device_solution_lists_every_nfproj_with_deploy_entries()
        {
            string root = RepoPaths.Root();
            string sln = File.ReadAllText(Path.Combine(root, "ChargePoint.nfproj.sln"));
            var problems = new List<string>();
            var entry = new Regex("^Project\\(\"(?<type>\\{[^}]+\\})\"\\) = \"(?<name>[^\"]+)\", \"(?<path>[^\"]+)\", \"(?<guid>\\{[^}]+\\})\"",
                RegexOptions.Multiline);
            var listed = new Dictionary<string, Match>(StringComparer.Ordinal);
            foreach (Match m in entry.Matches(sln))
            {
                listed[m.Groups["path"].Value.Replace('\\', '/')] = m;
            }

            foreach (string file in Directory.GetFiles(root, "*.nfproj", SearchOption.AllDirectories))
            {
                string rel = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!listed.TryGetValue(rel, out Match? m))
                {
                    problems.Add("ChargePoint.nfproj.sln does not list " + rel);
                    continue;
                }

                string guid = m.Groups["guid"].Value;
                if (!string.Equals(m.Groups["type"].Value, NanoProjectType, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(rel + ": project type " + m.Groups["type"].Value + ", expected nanoFramework " + NanoProjectType);
                }

                string projectGuid = DeviceProject.Load(root, Path.GetFileNameWithoutExtension(file)).Property("ProjectGuid");
                if (!string.Equals(guid, projectGuid, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(rel + ": solution GUID " + guid + " differs from the nfproj ProjectGuid " + projectGuid);
                }

                foreach (string configuration in new[] { "Debug", "Release" })
                {
                    foreach (string key in new[] { "ActiveCfg", "Build.0", "Deploy.0" })
                    {
                        string line = guid + "." + configuration + "|Any CPU." + key + " = " + configuration + "|Any CPU";
                        if (sln.IndexOf(line, StringComparison.OrdinalIgnoreCase) < 0)
                        {
                            problems.Add(rel + ": missing solution line '" + line + "'");
                        }
                    }
                }
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        [TestMethod]
        public void Only_the_firmware_references_platform_packages()
        {
            string root = RepoPaths.Root();
            var allowed = new SortedSet<string>(StringComparer.Ordinal)
            {
                "nanoFramework.CoreLibrary", "nanoFramework.System.Collections", "nanoFramework.System.Text",
                "nanoFramework.System.Math", "nanoFramework.TestFramework",
            };
            var problems = new List<string>();
            foreach (string name in Projects)
            {
                if (name == Esp32Executable)
                {
                    continue;
                }

                bool nanoClrProgram = DeviceProject.Load(root, name).Property("NanoImage") == "false";
                foreach (string package in PackagesConfig(root, name))
                {
                    string id = package.Substring(0, package.IndexOf(' '));
                    if (!allowed.Contains(id) && !(nanoClrProgram && Array.IndexOf(NanoClrProgramPackages, id) >= 0))
                    {
                        problems.Add(name + "/packages.config references platform package " + id
                            + " (only CoreLibrary-level packages load on the nanoCLR; put adapters in ChargePoint.Firmware/Esp32Only/)");
                    }
                }
            }

            var firmware = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string package in PackagesConfig(root, Esp32Executable))
            {
                firmware.Add(package.Substring(0, package.IndexOf(' ')));
            }

            foreach (string id in new[]
            {
                "nanoFramework.System.Device.Gpio", "nanoFramework.System.Device.Spi", "nanoFramework.System.Device.Pwm",
                "nanoFramework.System.Device.Adc", "nanoFramework.System.Net.WebSockets.Client", "nanoFramework.System.Device.Wifi",
                "nanoFramework.System.IO.Ports", "nanoFramework.System.IO.FileSystem", "nanoFramework.Hardware.Esp32",
            })
            {
                if (!firmware.Contains(id))
                {
                    problems.Add("ChargePoint.Firmware/packages.config lacks platform package " + id);
                }
            }

            Assert.AreEqual(0, problems.Count, Report(problems));
        }

        [TestMethod]
        public void Device_projects_follow_the_nanoFramework_format()
        {
            string root = RepoPaths.Root();
            int testProjects = 0;
            foreach (string name in Projects)
            {
                DeviceProject device = DeviceProject.Load(root, name);
                Assert.Contains(NanoProjectType, device.Property("ProjectTypeGuids"), name);
                Assert.AreEqual("v1.0", device.Property("TargetFrameworkVersion"), name);
                Assert.AreEqual("9.0", device.Property("LangVersion"), name);
                Assert.IsTrue(device.ReferencedAssemblies().Contains("mscorlib"), name + " references mscorlib");
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(device.Path)!, "Properties", "AssemblyInfo.cs")), name + " has Properties/AssemblyInfo.cs");
                if (device.Property("IsTestProject") != "true")
                {
                    Assert.AreNotEqual("NFUnitTest", device.Property("AssemblyName"), name + ": only test projects are named NFUnitTest");
                    continue;
                }

                testProjects++;
                Assert.AreEqual("NFUnitTest", device.Property("AssemblyName"), name + ": the nanoFramework test launcher loads NFUnitTest");
                Assert.AreEqual("UnitTest", device.Property("TestProjectType"), name);
                Assert.Contains("nano.runsettings", device.Property("RunSettingsFilePath"), name);
                Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(device.Path)!, "nano.runsettings")), name + " has nano.runsettings");
                List<string> assemblies = device.ReferencedAssemblies();
                Assert.IsTrue(assemblies.Contains("nanoFramework.TestFramework"), name + " references nanoFramework.TestFramework");
                Assert.IsTrue(assemblies.Contains("nanoFramework.UnitTestLauncher"), name + " references nanoFramework.UnitTestLauncher");
            }

            Assert.IsTrue(testProjects >= 2, "the device tests are split into several NFUnitTest projects");
            Assert.AreEqual("Exe", DeviceProject.Load(root, Esp32Executable).Property("OutputType"));
        }

        private static SortedSet<string> PackagesConfig(string root, string name)
        {
            var packages = new SortedSet<string>(StringComparer.Ordinal);
            foreach (XElement e in XDocument.Load(Path.Combine(root, ProjectLayout.Folder(root, name), "packages.config")).Descendants("package"))
            {
                packages.Add((string)e.Attribute("id")! + " " + (string)e.Attribute("version")!);
            }

            return packages;
        }

        private static void CompareSets(string what, SortedSet<string> expected, SortedSet<string> actual, List<string> problems)
        {
            foreach (string item in expected)
            {
                if (!actual.Contains(item))
                {
                    problems.Add(what + ": missing " + item);
                }
            }

            foreach (string item in actual)
            {
                if (!expected.Contains(item))
                {
                    problems.Add(what + ": unexpected " + item);
                }
            }
        }

        private static string Report(List<string> problems)
        {
            return problems.Count + " inconsistency(ies) between the host and device builds (run eng/sync-nfproj.sh if files moved):"
                + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems);
        }
    }
}
