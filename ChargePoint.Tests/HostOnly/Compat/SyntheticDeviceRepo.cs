using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ChargePoint.DeviceCheck;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// A throw-away repository in a temp folder for device-check probes: a ChargePoint.nfproj.sln listing .nfproj
    /// files (written in the shape eng/sync-nfproj.sh writes, HintPaths relative to the project folder) and their
    /// sources. Checked against the real repository's API lists. Dispose deletes it.
    /// </summary>
    public sealed class SyntheticDeviceRepo : IDisposable
    {
        public const string Mscorlib = @"packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll";
        public const string Collections = @"packages\nanoFramework.System.Collections.1.5.75\lib\nanoFramework.System.Collections.dll";
        public const string Text = @"packages\nanoFramework.System.Text.1.3.42\lib\nanoFramework.System.Text.dll";
        public const string Gpio = @"packages\nanoFramework.System.Device.Gpio.1.1.62\lib\System.Device.Gpio.dll";
        public const string Threading = @"packages\nanoFramework.System.Threading.1.1.52\lib\System.Threading.dll";
        public const string RuntimeNative = @"packages\nanoFramework.Runtime.Native.1.7.11\lib\nanoFramework.Runtime.Native.dll";
        public const string Streams = @"packages\nanoFramework.System.IO.Streams.1.1.96\lib\System.IO.Streams.dll";
        public const string Json = @"packages\nanoFramework.Json.2.2.203\lib\nanoFramework.Json.dll";
        public const string TestFramework = @"packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.TestFramework.dll";
        public const string UnitTestLauncher = @"packages\nanoFramework.TestFramework.3.0.77\lib\nanoFramework.UnitTestLauncher.exe";

        private readonly List<string> _projects = new List<string>();

        public SyntheticDeviceRepo()
        {
            Root = Path.Combine(Path.GetTempPath(), "devcheck-probe-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
            File.WriteAllText(Path.Combine(Root, "ChargePoint.slnx"), "<Solution />\n");
        }

        public string Root { get; }

        /// <summary>
        /// Adds a project at &lt;folder&gt;/&lt;name&gt;.nfproj. <paramref name="hintPaths"/> are repository-relative
        /// (packages\...); the right number of "..\" is prepended. <paramref name="projectRefs"/> are repository-relative
        /// .nfproj paths. Sources are (file name, text) pairs written next to the project.
        /// </summary>
        public void AddProject(string folder, string name, string outputType, string assemblyName, bool isTest,
            string[] hintPaths, string[] projectRefs, params string[] sources)
        {
            string dir = Path.Combine(Root, folder);
            Directory.CreateDirectory(dir);
            string up = "";
            foreach (string unused in folder.Split('/'))
            {
                up += @"..\";
            }

            var xml = new StringBuilder();
            xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            xml.Append("<Project ToolsVersion=\"Current\" DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n");
            xml.Append("  <PropertyGroup>\n");
            xml.Append("    <OutputType>").Append(outputType).Append("</OutputType>\n");
            xml.Append("    <AssemblyName>").Append(assemblyName).Append("</AssemblyName>\n");
            xml.Append("    <LangVersion>9.0</LangVersion>\n    <Nullable>enable</Nullable>\n");
            if (isTest)
            {
                xml.Append("    <IsTestProject>true</IsTestProject>\n    <TestProjectType>UnitTest</TestProjectType>\n");
            }

            xml.Append("  </PropertyGroup>\n  <ItemGroup>\n");
            for (int i = 0; i < sources.Length; i += 2)
            {
                File.WriteAllText(Path.Combine(dir, sources[i]), sources[i + 1]);
                xml.Append("    <Compile Include=\"").Append(sources[i].Replace('/', '\\')).Append("\" />\n");
            }

            xml.Append("  </ItemGroup>\n  <ItemGroup>\n");
            foreach (string hint in hintPaths)
            {
                string file = hint.Substring(hint.LastIndexOf('\\') + 1);
                xml.Append("    <Reference Include=\"").Append(Path.GetFileNameWithoutExtension(file)).Append("\">\n");
                xml.Append("      <HintPath>").Append(up).Append(hint).Append("</HintPath>\n");
                xml.Append("      <Private>True</Private>\n    </Reference>\n");
            }

            xml.Append("  </ItemGroup>\n  <ItemGroup>\n");
            foreach (string reference in projectRefs)
            {
                xml.Append("    <ProjectReference Include=\"").Append(up).Append(reference.Replace('/', '\\')).Append("\" />\n");
            }

            xml.Append("  </ItemGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(dir, name + ".nfproj"), xml.ToString());
            _projects.Add(folder + "/" + name + ".nfproj");
        }

        /// <summary>Adds a property to the first PropertyGroup of a project written by <see cref="AddProject"/>.</summary>
        public void SetProperty(string folder, string name, string property, string value)
        {
            string path = Path.Combine(Root, folder, name + ".nfproj");
            string xml = File.ReadAllText(path);
            int end = xml.IndexOf("  </PropertyGroup>", StringComparison.Ordinal);
            File.WriteAllText(path, xml.Substring(0, end) + "    <" + property + ">" + value + "</" + property + ">\n" + xml.Substring(end));
        }

        /// <summary>Writes the .sln and runs the device check (optionally with other budgets).</summary>
        public DeviceCheckRun Check(int byteCodeBudget = AssemblySize.ByteCodeBudget, int stringBudget = AssemblySize.Budget)
        {
            var sln = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n");
            int n = 0;
            foreach (string project in _projects)
            {
                n++;
                string name = Path.GetFileNameWithoutExtension(project);
                sln.Append("Project(\"{11A8DD76-328B-46DF-9F39-F559912D0360}\") = \"").Append(name).Append("\", \"")
                    .Append(project.Replace('/', '\\')).Append("\", \"{6F1C2A4B-8D3E-4B5A-9C71-0A1B2C3D4E").Append(n.ToString("D2")).Append("}\"\nEndProject\n");
            }

            File.WriteAllText(Path.Combine(Root, "ChargePoint.nfproj.sln"), sln.ToString());
            var options = new DeviceCheckOptions(Root)
            {
                ApiDirectory = Path.Combine(RepoPaths.Root(), "eng", "nanoframework-api"),
                ByteCodeBudget = byteCodeBudget,
                StringBudget = stringBudget,
            };
            return DeviceCheckRun.Run(options);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
