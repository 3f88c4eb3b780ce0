using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.Json;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>Validates payloads against the official OCPP 1.6 JSON schemas (through ocpp-rpc's copy, in Node).</summary>
    public static class OcppSchemaValidator
    {
        /// <summary>One payload to check: action name, "req" or "conf", and the payload JSON text.</summary>
        public sealed class Item
        {
            public Item(string action, string kind, string payloadJson)
            {
                Action = action;
                Kind = kind;
                PayloadJson = payloadJson;
            }

            public string Action { get; }

            public string Kind { get; }

            public string PayloadJson { get; }
        }

        /// <summary>Returns one message per invalid item (empty when all are valid).</summary>
        public static List<string> Validate(IList<Item> items)
        {
            var start = new ProcessStartInfo("node", "validate.js")
            {
                WorkingDirectory = InteropPaths.PeerDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            for (int i = 0; i < items.Count; i++)
            {
                process.StandardInput.WriteLine("{\"id\":\"" + i + "\",\"action\":\"" + items[i].Action + "\",\"kind\":\"" + items[i].Kind + "\",\"payload\":" + items[i].PayloadJson + "}");
            }

            process.StandardInput.Close();
            var failures = new List<string>();
            int answered = 0;
            string? line;
            while ((line = process.StandardOutput.ReadLine()) != null)
            {
                answered++;
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (!root.GetProperty("ok").GetBoolean())
                {
                    string id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? "?" : "?";
                    int index = int.TryParse(id, out var n) ? n : -1;
                    string what = index >= 0 ? items[index].Action + "." + items[index].Kind + " " + items[index].PayloadJson : line;
                    failures.Add(what + " -> " + root.GetProperty("code").GetString() + ": " + root.GetProperty("message").GetString());
                }
            }

            process.WaitForExit();
            if (answered != items.Count)
            {
                failures.Add("validator answered " + answered + " of " + items.Count + " items");
            }

            return failures;
        }
    }
}
