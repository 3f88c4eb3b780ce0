using ChargePoint.DeviceCheck;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The device check (eng/DeviceCheck) can fail: each probe builds a small synthetic repository (an .sln, .nfproj
    /// files, sources) in a temp folder, runs the checker's library API on it, and asserts the failing check and its
    /// message; the clean layout (a split like main's, several NFUnitTest projects, nested folders) passes.
    /// </summary>
    [TestClass]
    public class DeviceCheckProbeTests
    {
        private const string CoreLib = @"namespace Probe.Core
{
    public sealed class Counter
    {
        private readonly System.Collections.ArrayList _items = new System.Collections.ArrayList();

        public int Add(string item)
        {
            _items.Add(item);
            var sb = new System.Text.StringBuilder();
            sb.Append(item).Append(':').Append(_items.Count);
            return sb.ToString().Length;
        }
    }
}
";

        private const string App = @"namespace Probe.App
{
    public static class Program
    {
        public static void Main()
        {
            new Probe.Core.Counter().Add(""boot"");
            System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);
        }
    }
}
";

        private const string Test = @"using nanoFramework.TestFramework;

namespace Probe.Tests
{
    [TestClass]
    public class CounterTests
    {
        [TestMethod]
        public void Adds()
        {
            Assert.AreEqual(6, new Probe.Core.Counter().Add(""a""));
        }
    }
}
";

        [TestMethod]
        public void Passes_a_clean_split_layout()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                // Nested folders (..\..\packages), an Exe over a library, two test projects both named NFUnitTest.
                repo.AddProject("Probe.Core/Counting", "Probe.Core.Counting", "Library", "Probe.Core.Counting", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Collections, SyntheticDeviceRepo.Text },
                    new string[0], "Counter.cs", CoreLib);
                repo.AddProject("Probe.App", "Probe.App", "Exe", "Probe.App", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Gpio },
                    new[] { "Probe.Core/Counting/Probe.Core.Counting.nfproj" }, "Program.cs", App);
                foreach (string folder in new[] { "Tests/Core", "Tests/More" })
                {
                    repo.AddProject(folder, "Probe.Tests", "Library", "NFUnitTest", true,
                        new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.TestFramework, SyntheticDeviceRepo.UnitTestLauncher },
                        new[] { "Probe.Core/Counting/Probe.Core.Counting.nfproj" }, "CounterTests.cs", Test);
                }

                DeviceCheckRun run = repo.Check();
                Assert.AreEqual(0, run.Failed, run.Report());
                // device projects, reference assemblies, the .pe model against mscorlib.pe; per project references, compile, gate,
                // runtime pitfalls, 2 budgets; 1 image; 2 test rules.
                Assert.AreEqual(3 + 4 * 6 + 1 + 2, run.Passed, run.Report());
                Assert.EndsWith("device check: 30 passed, 0 failed\n", run.Report());
                Assert.Contains("ESP32 image Probe.App: Probe.App ", run.Report());
                Assert.Contains("\n  of which byte code ", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_an_API_nano_lacks()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib }, new string[0], "Bad.cs", @"namespace Probe.Core
{
    public static class Bad
    {
        public static string Joined(string[] parts) { return string.Join("","", parts); }
        public static int Count() { var list = new System.Collections.Generic.List<int>(); return list.Count; }
    }
}
");
                DeviceCheckRun run = repo.Check();
                CheckOutcome compile = run.Find("compile Probe.Core")!;
                Assert.IsFalse(compile.Passed, run.Report());
                Assert.Contains("Probe.Core/Bad.cs:5:", compile.Message);
                Assert.Contains("CS0117 'string' does not contain a definition for 'Join'", compile.Message);
                Assert.Contains("Probe.Core/Bad.cs:6:", compile.Message);
                Assert.Contains("CS0234", compile.Message);
                // Reference assemblies, projects, references pass; the compile fails (no gate or budgets without an image).
                Assert.EndsWith("device check: 4 passed, 1 failed\n", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_a_generic_the_compiler_accepts_through_the_API_gate()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib }, new string[0], "Bad.cs", @"namespace Probe.Core
{
    public static class Bad
    {
        public static void Run() { System.Action<int> act = x => { }; act(1); }
    }
}
");
                DeviceCheckRun run = repo.Check();
                CheckOutcome gate = run.Find("API gate Probe.Core")!;
                Assert.IsTrue(run.Find("compile Probe.Core")!.Passed, run.Report());
                Assert.IsFalse(gate.Passed, run.Report());
                Assert.Contains("generic instantiation", gate.Message);
                Assert.Contains("generic instantiation: M:System.Action{System.Int32}.Invoke(`0)  <- Probe.Core.Bad::Run", gate.Message);
            }
        }

        [TestMethod]
        public void Fails_on_a_reference_to_an_assembly_no_package_ships()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                // The package nanoFramework.System.Threading ships System.Threading.dll, not nanoFramework.System.Threading.dll.
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, @"packages\nanoFramework.System.Threading.1.1.52\lib\nanoFramework.System.Threading.dll" },
                    new string[0], "Counter.cs", CoreLib.Replace("System.Text.StringBuilder", "System.Collections.ArrayList").Replace(".Append(item).Append(':').Append(_items.Count)", ".Add(item)"));
                DeviceCheckRun run = repo.Check();
                CheckOutcome references = run.Find("references Probe.Core")!;
                Assert.IsFalse(references.Passed, run.Report());
                Assert.Contains("Reference 'nanoFramework.System.Threading'", references.Message);
                Assert.Contains("the package nanoFramework.System.Threading ships System.Threading.dll, not nanoFramework.System.Threading.dll", references.Message);
                Assert.Contains("no nanoFramework package ships an assembly named nanoFramework.System.Threading", references.Message);
            }
        }

        [TestMethod]
        public void Fails_on_an_assembly_over_budget()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Collections, SyntheticDeviceRepo.Text },
                    new string[0], "Counter.cs", CoreLib);
                DeviceCheckRun run = repo.Check(byteCodeBudget: 20, stringBudget: 100);
                CheckOutcome il = run.Find("byte-code budget Probe.Core")!;
                CheckOutcome strings = run.Find("string budget Probe.Core")!;
                Assert.IsFalse(il.Passed, run.Report());
                Assert.Contains("of IL), budget 20: the .pe byte-code table would overflow; split the assembly", il.Message);
                Assert.IsFalse(strings.Passed, run.Report());
                Assert.Contains("budget 100: the .pe string table would overflow", strings.Message);
                Assert.Contains("OVER (byte code, strings)", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_simulation_code_in_the_ESP32_image()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Collections, SyntheticDeviceRepo.Text },
                    new string[0], "Counter.cs", CoreLib, "SimulatedRelay.cs", "namespace Probe.Core { public sealed class SimulatedRelay { } }",
                    "Noise.cs", "namespace Probe.Core.Simulation { public sealed class Noise { } }",
                    "Codec.cs", "namespace Probe.Core.CentralSystem { public static class Codec { } }");
                repo.AddProject("Probe.App", "Probe.App", "Exe", "Probe.App", false,
                    new[] { SyntheticDeviceRepo.Mscorlib }, new[] { "Probe.Core/Probe.Core.nfproj" }, "Program.cs", App);
                DeviceCheckRun run = repo.Check();
                CheckOutcome image = run.Find("no simulation code in the ESP32 image Probe.App")!;
                Assert.IsFalse(image.Passed, run.Report());
                Assert.Contains("Probe.Core contains 3 simulation type(s): Probe.Core.CentralSystem.Codec, Probe.Core.SimulatedRelay, "
                    + "Probe.Core.Simulation.Noise", image.Message);
                Assert.EndsWith("device check: 15 passed, 1 failed\n", run.Report());
            }
        }

        private const string BenchApp = @"namespace Probe.Bench
{
    public static class Program
    {
        public static void Main()
        {
            uint free = nanoFramework.Runtime.Native.GC.Run(true);
            string json = nanoFramework.Json.JsonConvert.SerializeObject(new Probe.Core.SimulatedRelay());
            System.Console.WriteLine(json + "" "" + free.ToString());
        }
    }
}
";

        [TestMethod]
        public void Passes_simulation_code_in_a_nanoCLR_program_that_is_not_an_ESP32_image()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                // The benchmark's shape: an Exe with NanoImage=false over a simulation library, GC.Run and nanoFramework.Json.
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib }, new string[0], "SimulatedRelay.cs", "namespace Probe.Core { public sealed class SimulatedRelay { public bool Closed { get; set; } } }");
                repo.AddProject("Probe.Bench", "Probe.Bench", "Exe", "Probe.Bench", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.RuntimeNative, SyntheticDeviceRepo.Streams, SyntheticDeviceRepo.Json },
                    new[] { "Probe.Core/Probe.Core.nfproj" }, "Program.cs", BenchApp);
                repo.SetProperty("Probe.Bench", "Probe.Bench", "NanoImage", "false");
                DeviceCheckRun run = repo.Check();
                Assert.AreEqual(0, run.Failed, run.Report());
                Assert.IsNull(run.Find("no simulation code in the ESP32 image"), run.Report());
                Assert.IsTrue(run.Find("program references Probe.Bench (Probe.Bench/Probe.Bench.nfproj)")!.Passed, run.Report());
                Assert.Contains("nanoCLR program Probe.Bench (not an ESP32 image): Probe.Bench + Probe.Core = est. ", run.Report());
                // device projects, reference assemblies; per project references, compile, gate, 2 budgets; 1 program rule.
                Assert.EndsWith("device check: 16 passed, 0 failed\n", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_a_nanoCLR_program_that_reaches_a_platform_package()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Collections, SyntheticDeviceRepo.Text, SyntheticDeviceRepo.Gpio },
                    new string[0], "Counter.cs", CoreLib);
                repo.AddProject("Probe.Bench", "Probe.Bench", "Exe", "Probe.Bench", false,
                    new[] { SyntheticDeviceRepo.Mscorlib }, new[] { "Probe.Core/Probe.Core.nfproj" }, "Program.cs", App.Replace("Probe.App", "Probe.Bench"));
                repo.SetProperty("Probe.Bench", "Probe.Bench", "NanoImage", "false");
                DeviceCheckRun run = repo.Check();
                CheckOutcome rule = run.Find("program references Probe.Bench (Probe.Bench/Probe.Bench.nfproj)")!;
                Assert.IsFalse(rule.Passed, run.Report());
                Assert.Contains("Probe.Bench -> Probe.Core -> System.Device.Gpio", rule.Message);
                Assert.Contains("it must load on the nanoCLR and on any board", rule.Message);
                Assert.IsNull(run.Find("no simulation code in the ESP32 image"), run.Report());
                Assert.EndsWith("device check: 15 passed, 1 failed\n", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_a_test_project_that_reaches_a_platform_package()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("Probe.Core", "Probe.Core", "Library", "Probe.Core", false,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.Collections, SyntheticDeviceRepo.Text, SyntheticDeviceRepo.Gpio },
                    new string[0], "Counter.cs", CoreLib);
                repo.AddProject("Probe.Tests", "Probe.Tests", "Library", "NFUnitTest", true,
                    new[] { SyntheticDeviceRepo.Mscorlib, SyntheticDeviceRepo.TestFramework, SyntheticDeviceRepo.UnitTestLauncher },
                    new[] { "Probe.Core/Probe.Core.nfproj" }, "CounterTests.cs", Test);
                DeviceCheckRun run = repo.Check();
                CheckOutcome rule = run.Find("test references NFUnitTest (Probe.Tests/Probe.Tests.nfproj)")!;
                Assert.IsFalse(rule.Passed, run.Report());
                Assert.Contains("NFUnitTest -> Probe.Core -> System.Device.Gpio", rule.Message);
                Assert.Contains("the nanoCLR test host has no platform natives", rule.Message);
                Assert.EndsWith("device check: 15 passed, 1 failed\n", run.Report());
            }
        }

        [TestMethod]
        public void Fails_on_a_project_reference_cycle()
        {
            using (var repo = new SyntheticDeviceRepo())
            {
                repo.AddProject("A", "A", "Library", "A", false, new[] { SyntheticDeviceRepo.Mscorlib }, new[] { "B/B.nfproj" },
                    "A.cs", "namespace A { public class X { } }");
                repo.AddProject("B", "B", "Library", "B", false, new[] { SyntheticDeviceRepo.Mscorlib }, new[] { "A/A.nfproj" },
                    "B.cs", "namespace B { public class Y { } }");
                DeviceCheckRun run = repo.Check();
                CheckOutcome projects = run.Find("device projects")!;
                Assert.IsFalse(projects.Passed, run.Report());
                Assert.Contains("ProjectReference cycle: A/A.nfproj -> B/B.nfproj -> A/A.nfproj", projects.Message);
            }
        }
    }
}
