using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The device-only code (ChargePoint.Firmware/Esp32Only/) is compiled by nobody on the host. These tests compile
    /// every &lt;Compile&gt; item of ChargePoint.Firmware.nfproj with Roslyn as the device build would (C# 9, nullable,
    /// NANOFRAMEWORK_1_0) against stubs generated from eng/nanoframework-api/sig/ (see <see cref="NanoReferences"/>,
    /// <see cref="NanoStubGenerator"/>), then run the API gate over the result. Probes show the stubs accept correct
    /// nano code and refuse desktop habits (wrong overload, missing member, wrong namespace, missing package).
    /// </summary>
    [TestClass]
    public class DeviceCompileTests
    {
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
        public void Firmware_device_build_compiles_against_the_nanoFramework_signatures()
        {
            DeviceCompileResult result = DeviceCompiler.Firmware.CompileProject();
            Assert.AreEqual(0, result.Errors.Count, result.Report("ChargePoint.Firmware.nfproj"));
        }

        [TestMethod]
        public void Firmware_device_build_uses_only_the_nanoFramework_API()
        {
            // The BCL stands in for nano's mscorlib-level types, so the compiler accepts BCL-only members of those
            // (string.Join, File.ReadAllLines ...); the API gate over the emitted IL refuses them.
            DeviceCompiler compiler = DeviceCompiler.Firmware;
            DeviceCompileResult result = compiler.CompileProject();
            Assert.IsNotNull(result.Image, result.Report("ChargePoint.Firmware.nfproj"));
            List<ApiViolation> violations = ApiGate.Scan(result.Image!, FirmwareAllowList(compiler));
            Assert.AreEqual(0, violations.Count, ApiGate.Format("ChargePoint.Firmware (device build)", violations));
        }

        [TestMethod]
        public void Stubs_cover_every_signature_of_the_firmware_packages()
        {
            // The generator drops a member the stub compiler rejects (only ever stricter); none should need it.
            List<string> dropped = DeviceCompiler.Firmware.Nano.Stubs.Dropped;
            Assert.AreEqual(0, dropped.Count, "sig lines the stub generator could not express:\n  " + string.Join("\n  ", dropped));
        }

        [TestMethod]
        public void Stubs_accept_correct_nanoFramework_code()
        {
            DeviceCompileResult result = CompileProbe(GoodBody);
            Assert.AreEqual(0, result.Errors.Count, result.Report("good probe"));
        }

        [TestMethod]
        public void Stubs_refuse_an_overload_nano_lacks()
        {
            // dotnet/iot has OpenPin(int, PinMode, PinValue); nano has OpenPin(int) and OpenPin(int, PinMode).
            AssertOnlyError("new GpioController().OpenPin(1, PinMode.Output, PinValue.High);", "CS1501");
        }

        [TestMethod]
        public void Stubs_refuse_desktop_span_arguments_where_nano_takes_SpanByte()
        {
            AssertOnlyError("SpiDevice.Create(new SpiConnectionSettings(1, 5)).TransferFullDuplex(new ReadOnlySpan<byte>(new byte[1]), new Span<byte>(new byte[1]));", "CS1503");
        }

        [TestMethod]
        public void Stubs_refuse_a_member_nano_lacks()
        {
            // The desktop ClientWebSocket is not in sight: its ConnectAsync does not exist on nano's.
            AssertOnlyError("new ClientWebSocket().ConnectAsync(new Uri(\"ws://x\"), CancellationToken.None);", "CS1061");
        }

        [TestMethod]
        public void Stubs_refuse_a_type_from_the_wrong_namespace()
        {
            // Nano's WebSocketState lives in System.Net.WebSockets.WebSocketFrame, not System.Net.WebSockets.
            DeviceCompileResult result = DeviceCompiler.Firmware.CompileSource("Probe", @"using System.Net.WebSockets;
namespace Probe
{
    public static class Bad
    {
        public static bool Open(ClientWebSocket ws)
        {
            return ws.State == WebSocketState.Open;
        }
    }
}");
            Assert.AreEqual(1, result.Errors.Count, result.Report("wrong-namespace probe"));
            Assert.AreEqual("CS0103@8", result.ErrorIds[0], result.Report("wrong-namespace probe"));
        }

        [TestMethod]
        public void Stubs_refuse_a_package_the_project_does_not_reference()
        {
            AssertOnlyError("var i2c = new System.Device.I2c.I2cConnectionSettings(1, 0x40);", "CS0234");
        }

        [TestMethod]
        public void Api_gate_refuses_BCL_only_members_the_compiler_accepts()
        {
            DeviceCompileResult result = CompileProbe(@"
            string joined = string.Join("","", new string[] { ""a"" });
            string[] lines = System.IO.File.ReadAllLines(""I:\\x"");");
            Assert.IsNotNull(result.Image, result.Report("BCL probe"));
            List<ApiViolation> violations = ApiGate.Scan(result.Image!, FirmwareAllowList(DeviceCompiler.Firmware));
            string report = ApiGate.Format("BCL probe", violations);
            Assert.IsTrue(report.Contains("M:System.String.Join(System.String,System.String[])"), report);
            Assert.IsTrue(report.Contains("M:System.IO.File.ReadAllLines(System.String)"), report);
        }

        private static ApiAllowList FirmwareAllowList(DeviceCompiler compiler)
        {
            return ApiAllowList.Load(RepoPaths.ApiListDirectory(), compiler.Project.ReferencedAssemblies());
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
            return DeviceCompiler.Firmware.CompileSource("Probe", ProbeSource(body));
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
