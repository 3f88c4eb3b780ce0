using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>
    /// One end-to-end rig: the independent Central System peer (ocpp-rpc, strict schemas) on 127.0.0.1 and
    /// the host firmware as a real process connected to it over a real WebSocket.
    /// </summary>
    public sealed class InteropRig : IDisposable
    {
        public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

        private readonly string _storage;
        private readonly IList<string>? _firmwareExtraArgs;

        public InteropRig(string? peerPassword = null, string? firmwarePassword = null, string identity = "CP_1", bool startFirmware = true, int bootInterval = 300, string? board = null,
            IList<string>? peerTlsArgs = null, IList<string>? firmwareExtraArgs = null)
        {
            Board = board;
            InteropPaths.RequirePeer();

            Tls = peerTlsArgs != null;
            _firmwareExtraArgs = firmwareExtraArgs;
            var peerArgs = new List<string> { "--interval", bootInterval.ToString() };
            if (peerTlsArgs != null)
            {
                peerArgs.AddRange(peerTlsArgs);
            }

            if (peerPassword != null)
            {
                peerArgs.Add("--password");
                peerArgs.Add(peerPassword);
            }

            Peer = new NodePeerProcess("peer.js", peerArgs.ToArray());
            var listening = Peer.WaitFor(e => NodePeerProcess.Is(e, "listening"), Wait);
            Port = listening.GetProperty("port").GetInt32();
            Identity = identity;
            FirmwarePassword = firmwarePassword;
            _storage = Path.Combine(Path.GetTempPath(), "cp-interop-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_storage);
            if (startFirmware)
            {
                StartFirmware();
            }
        }

        /// <summary>Waits until the new rig's firmware has booted; on failure prints what happened and disposes it.</summary>
        public static InteropRig Boot(InteropRig rig)
        {
            try
            {
                rig.WaitUntilBooted();
            }
            catch (Exception)
            {
                Console.WriteLine(rig.Diagnostics());
                rig.Dispose();
                throw;
            }

            return rig;
        }

        public NodePeerProcess Peer { get; }

        public FirmwareProcess? Firmware { get; private set; }

        public int Port { get; }

        public string Identity { get; }

        public string? FirmwarePassword { get; }

        /// <summary>The --board the firmware runs on (null: the default board).</summary>
        public string? Board { get; }

        /// <summary>The peer serves wss:// (https server; see peer.js TLS mode).</summary>
        public bool Tls { get; }

        public string CentralSystemUrl => (Tls ? "wss" : "ws") + "://127.0.0.1:" + Port + "/ocpp";

        /// <summary>The firmware's storage directory (kept across <see cref="StartFirmware"/>: a reboot or a power-up).</summary>
        public string StorageDirectory => _storage;

        /// <summary>The peer's plain HTTP file server: GET what <see cref="Serve"/> registered, PUT reported as "upload".</summary>
        public string FilesUrl => "http://127.0.0.1:" + Peer.WaitFor(e => NodePeerProcess.Is(e, "files"), Wait).GetProperty("port").GetInt32();

        /// <summary>Serves file at path; cutAfter: send only that many bytes of it, then drop the connection.</summary>
        public string Serve(string path, string file, int? cutAfter = null)
        {
            var command = new Dictionary<string, object?> { ["cmd"] = "serve", ["path"] = path, ["file"] = file };
            if (cutAfter != null)
            {
                command["cutAfter"] = cutAfter.Value;
            }

            int reference = Peer.Send(command);
            Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, Wait);
            return FilesUrl + path;
        }

        /// <summary>Starts (or restarts, on the same storage: a reboot) the firmware process.</summary>
        public FirmwareProcess StartFirmware(params string[] extraArguments)
        {
            Firmware?.Dispose();
            var args = new List<string> { "--central-system", CentralSystemUrl, "--id", Identity, "--storage", _storage };
            args.AddRange(extraArguments);
            if (FirmwarePassword != null)
            {
                args.Add("--password");
                args.Add(FirmwarePassword);
            }

            if (Board != null)
            {
                args.Add("--board");
                args.Add(Board);
            }

            if (_firmwareExtraArgs != null)
            {
                args.AddRange(_firmwareExtraArgs);
            }

            Firmware = new FirmwareProcess(args.ToArray());
            return Firmware;
        }

        /// <summary>Index of the next peer event: pass it as "from" to wait only for what happens after now.</summary>
        public int Mark => Peer.Events.Count;

        public JsonElement WaitForCall(string action, int from = 0, TimeSpan? timeout = null)
        {
            return Peer.WaitFor(e => NodePeerProcess.Is(e, "call", action), timeout ?? Wait, from);
        }

        public JsonElement WaitForEvent(string eventName, int from = 0, TimeSpan? timeout = null)
        {
            return Peer.WaitFor(e => NodePeerProcess.Is(e, eventName), timeout ?? Wait, from);
        }

        /// <summary>Boots the firmware against an accepting peer: Boot, then status for connector 0 and 1.</summary>
        public void WaitUntilBooted(int from = 0)
        {
            WaitForCall("BootNotification", from);
            Peer.WaitFor(e => IsStatus(e, 0, null), Wait, from);
            Peer.WaitFor(e => IsStatus(e, 1, null), Wait, from);
        }

        /// <summary>Calls the charge point (CS → CP) and returns the peer's result or error event.</summary>
        public JsonElement Call(string action, object parameters, TimeSpan? timeout = null)
        {
            int reference = Peer.Send(new Dictionary<string, object?> { ["cmd"] = "call", ["action"] = action, ["params"] = parameters });
            return Peer.WaitFor(
                e => (NodePeerProcess.Is(e, "result") || NodePeerProcess.Is(e, "error")) && e.TryGetProperty("ref", out var r) && r.GetInt32() == reference,
                timeout ?? Wait);
        }

        /// <summary>ChangeConfiguration(key, value): the status the charge point answered.</summary>
        public string? ChangeConfiguration(string key, string value)
        {
            return PeerJson.Status(Call("ChangeConfiguration", PeerJson.Obj("key", key, "value", value)));
        }

        /// <summary>InstallCertificate of that certificateType (PEM): the status the charge point answered.</summary>
        public string? InstallCertificate(string certificateType, X509Certificate2 certificate)
        {
            return PeerJson.Status(Call("InstallCertificate", PeerJson.Obj("certificateType", certificateType, "certificate", certificate.ExportCertificatePem() + "\n")));
        }

        public void Respond(string action, object result, bool once = true)
        {
            int reference = Peer.Send(new Dictionary<string, object?> { ["cmd"] = "respond", ["action"] = action, ["result"] = result, ["once"] = once });
            Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, Wait);
        }

        public void SendRaw(string data)
        {
            int reference = Peer.Send(new Dictionary<string, object?> { ["cmd"] = "raw", ["data"] = data });
            Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, Wait);
        }

        public void CloseConnection(int refuseMs)
        {
            int reference = Peer.Send(new Dictionary<string, object?> { ["cmd"] = "refuse", ["ms"] = refuseMs });
            Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, Wait);
            reference = Peer.Send(new Dictionary<string, object?> { ["cmd"] = "close", ["code"] = 1001 });
            Peer.WaitFor(e => NodePeerProcess.Is(e, "ack") && e.GetProperty("ref").GetInt32() == reference, Wait);
        }

        public static bool IsStatus(JsonElement e, int connectorId, string? status)
        {
            if (!NodePeerProcess.Is(e, "call", "StatusNotification"))
            {
                return false;
            }

            var p = e.GetProperty("params");
            return p.GetProperty("connectorId").GetInt32() == connectorId && (status == null || p.GetProperty("status").GetString() == status);
        }

        /// <summary>Every schema violation the peer saw, in either direction. Zero is the assertion.</summary>
        public List<string> Violations()
        {
            var list = new List<string>();
            foreach (var e in Peer.Events)
            {
                if (NodePeerProcess.Is(e, "violation"))
                {
                    list.Add(e.GetRawText());
                }
            }

            return list;
        }

        /// <summary>
        /// Runs a test's steps, then asserts that the peer saw no schema violation; on any failure prints both sides'
        /// logs (<see cref="Diagnostics"/>) before it propagates.
        /// </summary>
        public void Check(Action steps)
        {
            try
            {
                steps();
                AssertClean();
            }
            catch (Exception)
            {
                Console.WriteLine(Diagnostics());
                throw;
            }
        }

        /// <summary>Asserts that the peer saw no schema violation.</summary>
        public void AssertClean()
        {
            var violations = Violations();
            Assert.AreEqual(0, violations.Count, "schema violations:\n" + string.Join("\n", violations));
        }

        public List<JsonElement> Calls(string action, int from = 0)
        {
            var list = new List<JsonElement>();
            var events = Peer.Events;
            for (int i = from; i < events.Count; i++)
            {
                if (NodePeerProcess.Is(events[i], "call", action))
                {
                    list.Add(events[i]);
                }
            }

            return list;
        }

        public string Diagnostics()
        {
            return "peer events:\n" + Peer.Dump() + "\nfirmware output:\n" + (Firmware?.Output ?? "(not started)");
        }

        public void Dispose()
        {
            Firmware?.Dispose();
            Peer.Dispose();
            try
            {
                Directory.Delete(_storage, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
