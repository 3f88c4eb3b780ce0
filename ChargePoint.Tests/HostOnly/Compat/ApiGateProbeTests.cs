using System.Collections.Generic;
using ChargePoint.DeviceCheck;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>The gate can fail: probes compiled on the fly with Roslyn, one violating, one clean.</summary>
    [TestClass]
    public class ApiGateProbeTests
    {
        private const string ViolatingProbe = @"
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Probe
{
    public class Bad
    {
        public int Sum()
        {
            var list = new List<int>();
            list.Add(1);
            return list.Count;
        }

        public async Task<int> LaterAsync()
        {
            await Task.Yield();
            return 1;
        }

        public string Joined(string[] parts)
        {
            return string.Join("","", parts);
        }
    }
}";

        // Everything here is allowed by eng/CONVENTIONS.md: it exercises the host lowerings of the equivalence list
        // (lock, field-like events, interpolation, nullable metadata, DictionaryEntry) and other compiler helpers
        // (switch on string, array initialisers, closures, foreach, using), which must not be flagged.
        private const string CleanProbe = @"
using System;
using System.Collections;
using System.Text;

namespace Probe
{
    public delegate void ChangedHandler(object sender, int value);

    public enum Mode { Off, On }

    public sealed class Good : IDisposable
    {
        private static readonly byte[] Table = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 };
        private readonly object _gate = new object();
        private readonly Hashtable _map = new Hashtable();
        private readonly ArrayList _items = new ArrayList();
        private int _count;

        public event ChangedHandler? Changed;

        public string? Name { get; set; }

        public int Bump()
        {
            lock (_gate)
            {
                _count++;
            }

            Changed?.Invoke(this, _count);
            return _count + Table[_count % Table.Length];
        }

        public int Kind(string action)
        {
            switch (action)
            {
                case ""BootNotification"": return 1;
                case ""Heartbeat"": return 2;
                case ""StatusNotification"": return 3;
                case ""MeterValues"": return 4;
                case ""Authorize"": return 5;
                case ""StartTransaction"": return 6;
                case ""StopTransaction"": return 7;
                default: return 0;
            }
        }

        public string Describe(int a, string b, Mode mode)
        {
            string modeText = mode == Mode.On ? ""On"" : ""Off"";
            var sb = new StringBuilder();
            sb.Append($""{a}:{b}:{modeText}"");
            foreach (DictionaryEntry e in _map)
            {
                sb.Append((string)e.Key).Append('=').Append(e.Value?.ToString() ?? """");
            }

            foreach (object o in _items)
            {
                if (o is string s && s.Length > 0)
                {
                    sb.Append(s);
                }
            }

            int offset = a;
            ChangedHandler h = (sender, v) => offset += v;
            h(this, 2);
            return sb.ToString() + offset + (Name ?? ""-"") + Math.Max(a, 3);
        }

        public void Dispose()
        {
            using (var inner = new Inner())
            {
                inner.Touch();
            }
        }

        private sealed class Inner : IDisposable
        {
            public void Touch()
            {
            }

            public void Dispose()
            {
            }
        }
    }
}";

        [TestMethod]
        public void Gate_flags_generic_list_async_and_string_Join()
        {
            List<ApiViolation> violations = ApiGate.Scan(ProbeCompiler.Compile("ViolatingProbe", ViolatingProbe), CoreOnly());
            string report = ApiGate.Format("ViolatingProbe", violations);
            OutputHelper.WriteLine(report);

            Assert.IsTrue(Has(violations, "T:System.Collections.Generic.List{System.Int32}", "Probe.Bad::Sum", "generic instantiation"), report);
            Assert.IsTrue(Has(violations, "T:System.Runtime.CompilerServices.IAsyncStateMachine", "", "async state machine"), report);
            Assert.IsTrue(Has(violations, "M:System.String.Join(System.String,System.String[])", "Probe.Bad::Joined", "not in the nanoFramework API"), report);
        }

        [TestMethod]
        public void Gate_report_names_member_and_using_method()
        {
            List<ApiViolation> violations = ApiGate.Scan(ProbeCompiler.Compile("ViolatingProbe", ViolatingProbe), CoreOnly());
            string report = ApiGate.Format("ViolatingProbe", violations);

            Assert.Contains("M:System.String.Join(System.String,System.String[])  <- Probe.Bad::Joined", report);
            Assert.Contains("ViolatingProbe: " + violations.Count + " reference(s)", report);
        }

        [TestMethod]
        public void Gate_flags_platform_api_missing_from_the_project_packages()
        {
            const string source = @"
namespace Probe
{
    public class Uses
    {
        public int Rounded(double x) { return (int)System.Math.Round(x); }
    }
}";
            // System.Math lives in the nanoFramework.System.Math package: without it the call is refused.
            ApiAllowList mscorlibOnly = ApiAllowList.Load(RepoPaths.ApiListDirectory(), new string[0]);
            List<ApiViolation> violations = ApiGate.Scan(ProbeCompiler.Compile("MathProbe", source), mscorlibOnly);

            Assert.IsTrue(Has(violations, "M:System.Math.Round(System.Double)", "Probe.Uses::Rounded", "in System.Math, which this device project does not reference"),
                ApiGate.Format("MathProbe", violations));
            Assert.AreEqual(0, ApiGate.Scan(ProbeCompiler.Compile("MathProbe", source), CoreOnly()).Count);
        }

        [TestMethod]
        public void Gate_passes_a_clean_probe_using_the_allowed_idioms()
        {
            List<ApiViolation> violations = ApiGate.Scan(ProbeCompiler.Compile("CleanProbe", CleanProbe), CoreOnly());
            Assert.AreEqual(0, violations.Count, ApiGate.Format("CleanProbe", violations));
        }

        [TestMethod]
        public void Gate_flags_enum_ToString_and_own_generics()
        {
            const string source = @"
namespace Probe
{
    public enum Mode { Off, On }
    public class Box<T> { public T? Value; }
    public class Uses
    {
        public string Text(Mode m) { return m.ToString(); }
        public string Interpolated(Mode m) { return $""mode {m}""; }
        public T Echo<T>(T x) { return x; }
    }
}";
            List<ApiViolation> violations = ApiGate.Scan(ProbeCompiler.Compile("EnumProbe", source), CoreOnly());
            string report = ApiGate.Format("EnumProbe", violations);

            Assert.IsTrue(Has(violations, "M:Probe.Mode.ToString", "Probe.Uses::Text", "Enum.ToString()"), report);
            Assert.IsTrue(Has(violations, "M:Probe.Mode.ToString", "Probe.Uses::Interpolated", "Enum.ToString()"), report);
            Assert.IsTrue(Has(violations, "T:Probe.Box`1", "Probe.Box`1", "generic type definition"), report);
            Assert.IsTrue(Has(violations, "M:Probe.Uses.Echo", "Probe.Uses::Echo", "generic method definition"), report);
        }

        private static ApiAllowList CoreOnly()
        {
            return ApiAllowList.Load(RepoPaths.ApiListDirectory(),
                new[] { "nanoFramework.System.Collections", "nanoFramework.System.Text", "System.Math" });
        }

        private static bool Has(List<ApiViolation> violations, string member, string usedByPrefix, string reasonPrefix)
        {
            foreach (ApiViolation v in violations)
            {
                if (v.Member == member && v.UsedBy.StartsWith(usedByPrefix, System.StringComparison.Ordinal)
                    && v.Reason.StartsWith(reasonPrefix, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
