using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>The JSON the interop tests send to and read from the peer (used with <c>using static</c>).</summary>
    public static class PeerJson
    {
        /// <summary>A JSON object for the peer; anonymous types would be compiled as generics into the test assembly.</summary>
        public static Dictionary<string, object?> Obj(params object?[] keysAndValues)
        {
            var o = new Dictionary<string, object?>();
            for (int i = 0; i < keysAndValues.Length; i += 2)
            {
                o[(string)keysAndValues[i]!] = keysAndValues[i + 1];
            }

            return o;
        }

        /// <summary>The status of a call's result; throws (with the peer's answer) when the call got an error instead.</summary>
        public static string? Status(JsonElement response)
        {
            if (!response.TryGetProperty("result", out var result))
            {
                throw new InvalidOperationException("no result: " + response.GetRawText());
            }

            return result.GetProperty("status").GetString();
        }

        /// <summary>A SecurityEventNotification of that type (and, unless null, that techInfo).</summary>
        public static bool IsSecurityEvent(JsonElement e, string type, string? techInfo = null)
        {
            if (!NodePeerProcess.Is(e, "call", "SecurityEventNotification"))
            {
                return false;
            }

            var p = e.GetProperty("params");
            return p.GetProperty("type").GetString() == type && (techInfo == null || (p.TryGetProperty("techInfo", out var t) && t.GetString() == techInfo));
        }
    }
}
