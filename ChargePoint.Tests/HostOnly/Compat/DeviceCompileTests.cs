using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ChargePoint.DeviceCheck;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The device build as the device check does it (eng/DeviceCheck): every .nfproj of ChargePoint.nfproj.sln
    /// compiled by Roslyn with -nostdlib against the official nanoFramework mscorlib (NuGet nanoFramework.CoreLibrary
    /// 1.17.11) and reference assemblies generated from eng/nanoframework-api/sig/, then the API gate over the IL.
    /// Probes show the references accept correct nano code (nano-only APIs included) and refuse desktop habits (wrong
    /// overload, missing member, wrong namespace, missing package, BCL-only members, generics).
    /// The size budgets and image rules are covered by <see cref="DeviceCheckProbeTests"/>.
    /// </summary>
    [TestClass]
    public class DeviceCompileTests
    {
        private static readonly Lazy<DeviceCheckRun> RepositoryRun = new Lazy<DeviceCheckRun>(
            () => DeviceCheckRun.Run(new DeviceCheckOptions(RepoPaths.Root())));

        private const string Usings = @"using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Pwm;
using System.Device.Spi;
using System.IO.Ports;
using System.Net.NetworkInformation;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;
";

        // Correct nano code touching every stub heuristic: inherited members (AdcChannel.ReadRatio from
        // AdcChannelBase), IDisposable from Dispose(), EventArgs/delegate shapes, nested namespaces
        // (WebSocketFrame), implicit conversions (byte[] -> SpanByte, bool -> PinValue), default parameters,
        // name-suffix bases (ClientWebSocketOptions.KeepAliveInterval from WebSocketOptions, ReceiveMessageFrame.MessageType
        // from MessageFrame).
        private const string GoodBody = @"
            var gpio = new GpioController();
            GpioPin pin = gpio.OpenPin(4, PinMode.Output);
            pin.Write(PinValue.High);
            pin.Write(true);
            pin.ValueChanged += (s, e) => { PinEventTypes t = e.ChangeType; };
            bool high = pin.Read() == PinValue.High;
            pin.Dispose();
            Configuration.SetPinFunction(25, DeviceFunction.PWM1);
            using (PwmChannel pwm = PwmChannel.CreateFromPin(25, 1000, 0.5))
            {
                pwm.Start();
                pwm.DutyCycle = 0.1;
            }

            var adc = new AdcController();
            AdcChannel channel = adc.OpenChannel(0);
            double ratio = channel.ReadRatio();
            int raw = channel.ReadValue() + adc.MaxValue;
            var settings = new SpiConnectionSettings(1, 5) { ClockFrequency = 1000000, Mode = SpiMode.Mode3 };
            settings.ChipSelectLineActiveState = PinValue.Low;
            byte[] w = new byte[4];
            byte[] r = new byte[4];
            using (SpiDevice spi = SpiDevice.Create(settings))
            {
                spi.TransferFullDuplex(new SpanByte(w), new SpanByte(r));
                spi.TransferFullDuplex(w, r);
            }

            var port = new SerialPort(""COM2"", 9600);
            port.Open();
            port.Write(w, 0, w.Length);
            int available = port.BytesToRead;
            long now = Environment.TickCount64;
            bool ok = WifiNetworkHelper.ConnectDhcp(""ssid"", ""pw"", requiresDateTime: true, token: new CancellationTokenSource(60000).Token);
            NetworkInterface[] nics = NetworkInterface.GetAllNetworkInterfaces();
            var options = new ClientWebSocketOptions();
            options.KeepAliveInterval = new TimeSpan(0, 0, 30);
            var ws = new ClientWebSocket(options);
            ws.MessageReceived += (s, e) =>
            {
                byte[] b = e.Frame.Buffer;
                WebSocketMessageType type = e.Frame.MessageType;
            };
            ws.ConnectionClosed += (s, e) => { };
            ws.Connect(""ws://localhost:8180/steve/CP1"");
            ws.SendString(""[2,\""1\"",\""Heartbeat\"",{}]"");
            if (ws.State == WebSocketState.Open)
            {
                ws.Close();
            }

            ws.Dispose();
            Power.RebootDevice();
";

        [TestMethod]
        public void Every_device_project_compiles_against_the_official_mscorlib()
        {
            AssertAllPassed("compile ");
            AssertAllPassed("references ");
            AssertAllPassed("device projects");
        }

        [TestMethod]
        public void Every_device_assembly_uses_only_the_nanoFramework_API()
        {
            AssertAllPassed("API gate ");
        }

        [TestMethod]
        public void Reference_assemblies_cover_every_signature()
        {
            // The generator drops a member the stub compiler rejects (only ever stricter); none should need it.
            List<string> dropped = Nano().Dropped;
            Assert.AreEqual(0, dropped.Count, "sig lines the generator could not express:\n  " + string.Join("\n  ", dropped));
        }

        [TestMethod]
        public void Reference_assemblies_are_named_versioned_and_linked_like_the_real_ones()
        {
            using (var pe = new PEReader(new MemoryStream(Nano().Image("System.Net.WebSockets")!)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                AssemblyDefinition self = reader.GetAssemblyDefinition();
                Assert.AreEqual("System.Net.WebSockets", reader.GetString(self.Name));
                Assert.AreEqual("1.1.167.0", self.Version.ToString());
                var refs = new List<string>();
                foreach (AssemblyReferenceHandle h in reader.AssemblyReferences)
                {
                    AssemblyReference r = reader.GetAssemblyReference(h);
                    refs.Add(reader.GetString(r.Name) + " " + r.Version);
                }

                string all = string.Join(", ", refs);
                Assert.IsTrue(refs.Contains("mscorlib 1.17.11.0"), all);
                Assert.IsTrue(refs.Contains("System.Net 1.11.54.0"), all);
                Assert.IsFalse(all.Contains("System.Runtime"), all);
            }

            Assert.AreEqual("System.Net", string.Join(", ", Nano().Dependencies["System.Net.WebSockets"]));
            Assert.AreEqual("System.IO.Streams, System.Threading", string.Join(", ", Nano().Dependencies["System.Net"]));
        }

        [TestMethod]
        public void References_accept_correct_nanoFramework_code()
        {
            DeviceCompileResult result = CompileProbe(GoodBody);
            Assert.AreEqual(0, result.Errors.Count, result.Report("good probe"));
        }

        [TestMethod]
        public void References_accept_nano_only_members()
        {
            // Neither exists on desktop .NET: the old BCL-backed compile could not accept them.
            DeviceCompileResult result = CompileProbe(@"
            DateTime t = DateTime.FromUnixTimeSeconds(1700000000);
            long back = t.ToUnixTimeSeconds();
            var span = new SpanByte(new byte[8], 2, 4);
            SpanByte tail = span.Slice(1);
            byte first = tail[0];
");
            Assert.AreEqual(0, result.Errors.Count, result.Report("nano-only probe"));
        }

        [TestMethod]
        public void References_refuse_an_overload_nano_lacks()
        {
            // dotnet/iot has OpenPin(int, PinMode, PinValue); nano has OpenPin(int) and OpenPin(int, PinMode).
            AssertOnlyError("new GpioController().OpenPin(1, PinMode.Output, PinValue.High);", "CS1501");
        }

        [TestMethod]
        public void References_refuse_desktop_spans_where_nano_takes_SpanByte()
        {
            // The stable mscorlib has no Span<T> at all.
            AssertOnlyError("SpiDevice.Create(new SpiConnectionSettings(1, 5)).TransferFullDuplex(new ReadOnlySpan<byte>(new byte[1]), new Span<byte>(new byte[1]));", "CS0246");
        }

        [TestMethod]
        public void References_refuse_a_member_nano_lacks()
        {
            // The desktop ClientWebSocket is not in sight: its ConnectAsync does not exist on nano's.
            AssertOnlyError("new ClientWebSocket().ConnectAsync(\"ws://x\", CancellationToken.None);", "CS1061");
        }

        [TestMethod]
        public void References_refuse_BCL_only_members_of_mscorlib_types()
        {
            // Against the BCL these compiled and only the IL gate caught them; the official mscorlib lacks them.
            AssertOnlyError("string joined = string.Join(\",\", new string[] { \"a\" });", "CS0117");
            AssertOnlyError("DateTime local = DateTime.Now;", "CS0117");
            AssertOnlyError("string[] lines = System.IO.File.ReadAllLines(\"I:\\\\x\");", "CS0117");
        }

        [TestMethod]
        public void References_refuse_generic_collections()
        {
            AssertOnlyError("var list = new System.Collections.Generic.List<int>();", "CS0234");
            AssertOnlyError("int? maybe = null;", "CS0518");
        }

        [TestMethod]
        public void References_refuse_a_type_from_the_wrong_namespace()
        {
            // Nano's WebSocketState lives in System.Net.WebSockets.WebSocketFrame, not System.Net.WebSockets.
            DeviceCompileResult result = DeviceCompiler.CompileSource("Probe", @"using System.Net.WebSockets;
namespace Probe
{
    public static class Bad
    {
        public static bool Open(ClientWebSocket ws)
        {
            return ws.State == WebSocketState.Open;
        }
    }
}", Nano(), FirmwareAssemblies());
            Assert.AreEqual(1, result.Errors.Count, result.Report("wrong-namespace probe"));
            Assert.AreEqual("CS0103@8", result.ErrorIds[0], result.Report("wrong-namespace probe"));
        }

        [TestMethod]
        public void References_refuse_a_package_the_project_does_not_reference()
        {
            AssertOnlyError("var i2c = new System.Device.I2c.I2cConnectionSettings(1, 0x40);", "CS0234");
        }

        [TestMethod]
        public void Api_gate_refuses_generic_delegates_the_compiler_accepts()
        {
            // Action<T> is declared in the stable mscorlib, so it compiles; generics fail on the device (MDP/runtime).
            DeviceCompileResult result = CompileProbe(@"
            Action<int> act = x => { };
            act(1);");
            Assert.IsNotNull(result.Image, result.Report("generic probe"));
            List<ApiViolation> violations = ApiGate.Scan(result.Image!, ApiAllowList.Load(ApiDirectory(), FirmwareAssemblies()));
            string report = ApiGate.Format("generic probe", violations);
            Assert.Contains("generic instantiation", report);
            Assert.Contains("System.Action{System.Int32}", report);
        }

        private static void AssertAllPassed(string prefix)
        {
            DeviceCheckRun run = RepositoryRun.Value;
            int seen = 0;
            var failures = new List<string>();
            foreach (CheckOutcome c in run.Checks)
            {
                if (c.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    seen++;
                    if (!c.Passed)
                    {
                        failures.Add(c.ToString());
                    }
                }
            }

            Assert.IsTrue(seen > 0, "no '" + prefix + "' check ran:\n" + run.Report());
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        }

        private static string ApiDirectory()
        {
            return Path.Combine(RepoPaths.Root(), "eng", "nanoframework-api");
        }

        private static NanoReferenceAssemblies Nano()
        {
            return NanoReferenceAssemblies.Shared(Path.Combine(ApiDirectory(), "sig"));
        }

        private static List<string> FirmwareAssemblies()
        {
            return DeviceProject.Load(RepoPaths.Root(), "ChargePoint.Firmware").ReferencedAssemblies();
        }

        /// <summary>The good probe plus one bad statement: errors of the expected kind on that line, and no others.</summary>
        private static void AssertOnlyError(string badStatement, string expectedId)
        {
            string marked = ProbeSource(GoodBody + "\u0001");
            int badLine = CountLines(marked.Substring(0, marked.IndexOf('\u0001')));
            DeviceCompileResult result = CompileProbe(GoodBody + "            " + badStatement + "\n");
            string report = result.Report("probe with `" + badStatement + "`");
            Assert.IsTrue(result.Errors.Count > 0, report);
            foreach (string id in result.ErrorIds)
            {
                Assert.AreEqual(expectedId + "@" + badLine, id, report);
            }
        }

        private static DeviceCompileResult CompileProbe(string body)
        {
            return DeviceCompiler.CompileSource("Probe", ProbeSource(body), Nano(), FirmwareAssemblies());
        }

        private static string ProbeSource(string body)
        {
            return Usings + @"
namespace Probe
{
    public static class Uses
    {
        public static void Run()
        {" + body + @"        }
    }
}
";
        }

        private static int CountLines(string text)
        {
            int n = 1;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    n++;
                }
            }

            return n;
        }
    }
}
