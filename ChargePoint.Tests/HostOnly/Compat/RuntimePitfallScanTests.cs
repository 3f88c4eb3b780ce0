using System;
using ChargePoint.DeviceCheck;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>The runtime-pitfall scan (DateTime used as "no date") over the built assemblies, and proof that it fires.</summary>
    [TestClass]
    public class RuntimePitfallScanTests
    {
        private const string BadProbe = @"
using System;

namespace Probe
{
    public class Bad
    {
        public bool IsAbsent(DateTime v) { return v.Ticks == 0; }

        public int Branches(DateTime v)
        {
            if (v.Ticks != 0)
            {
                return 1;
            }

            return 2;
        }

        public bool Positive(DateTime v) => v.Ticks > 0;

        public bool Reversed(DateTime v) => 0 == v.Ticks;

        public DateTime Min() { return DateTime.MinValue; }

        public DateTime Default() { return default(DateTime); }

        public bool TryGet(out DateTime d) { d = default(DateTime); return false; }

        public DateTime Zero() { return new DateTime(0); }
    }
}

namespace Probe.HostOnly
{
    public class Skipped
    {
        public DateTime Min() { return DateTime.MinValue; }
    }
}";

        private const string CleanProbe = @"
using System;

namespace Probe
{
    public sealed class Stamp
    {
        public Stamp(DateTime value) { Value = value; }
        public DateTime Value { get; }
    }

    public class Good
    {
        public bool Later(DateTime a, DateTime b) { return a.Ticks > b.Ticks; }

        public long Ticks(DateTime a) => a.Ticks;

        public DateTime Epoch() => new DateTime(621355968000000000, DateTimeKind.Utc);

        public bool IsZero(long t) => t == 0;

        public bool Absent(Stamp? s) => s == null;

        public DateTime Max() => DateTime.MaxValue;
    }
}";

        [TestMethod]
        public void Built_assemblies_use_no_DateTime_sentinel()
        {
            // The host build of every device project (the device check scans the device build the same way).
            string root = RepoPaths.Root();
            foreach (KeyValuePair<string, string> project in ProjectLayout.All(root))
            {
                string assembly = DeviceProject.Load(root, project.Key).Property("AssemblyName") + ".dll";
                AssertClean(RepoPaths.ProjectOutput(project.Value, assembly));
            }
        }

        [TestMethod]
        public void Scan_flags_MinValue_default_zero_ticks_and_new_DateTime_0()
        {
            List<string> findings = RuntimePitfallScan.Scan(ProbeCompiler.Compile("PitfallProbe", BadProbe));
            string report = string.Join("\n", findings);
            OutputHelper.WriteLine(report);

            Assert.IsTrue(Has(findings, "Probe.Bad::IsAbsent: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Branches: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Positive: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Reversed: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Min: DateTime.MinValue"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Default: default(DateTime)"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::TryGet: default(DateTime)"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Zero: new DateTime(0)"), report);
            Assert.IsFalse(Has(findings, "Probe.HostOnly"), "HostOnly namespaces are skipped: " + report);
            Assert.AreEqual(8, findings.Count, report);
        }

        [TestMethod]
        public void Scan_flags_the_optimised_forms_the_release_build_emits()
        {
            // Release IL of "if (v.Ticks == 0)" is "call get_Ticks; brtrue", with no constant: the scanned builds are Release.
            List<string> findings = RuntimePitfallScan.Scan(CompileRelease("PitfallProbeRelease", BadProbe));
            string report = string.Join("\n", findings);
            Assert.IsTrue(Has(findings, "Probe.Bad::IsAbsent: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Branches: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Positive: DateTime.Ticks compared with 0"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Default: default(DateTime)"), report);
            Assert.IsTrue(Has(findings, "Probe.Bad::Zero: new DateTime(0)"), report);
            Assert.AreEqual(0, RuntimePitfallScan.Scan(CompileRelease("CleanPitfallProbeRelease", CleanProbe)).Count);
        }

        [TestMethod]
        public void Scan_passes_explicit_absence_and_ordinary_tick_arithmetic()
        {
            List<string> findings = RuntimePitfallScan.Scan(ProbeCompiler.Compile("CleanPitfallProbe", CleanProbe));
            Assert.AreEqual(0, findings.Count, string.Join("\n", findings));
        }

        /// <summary>As <see cref="ProbeCompiler"/>, optimised like the Release build the solution tests.</summary>
        private static MemoryStream CompileRelease(string assemblyName, string source)
        {
            List<MetadataReference> references = ProbeCompiler.HostReferences();
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) }, references, options);
            var stream = new MemoryStream();
            Assert.IsTrue(compilation.Emit(stream).Success, "probe compiles");
            stream.Position = 0;
            return stream;
        }

        private static void AssertClean(string assemblyPath)
        {
            List<string> findings = RuntimePitfallScan.Scan(assemblyPath);
            Assert.AreEqual(0, findings.Count, assemblyPath + ":\n" + string.Join("\n", findings));
        }

        private static bool Has(List<string> findings, string prefix)
        {
            foreach (string f in findings)
            {
                if (f.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
