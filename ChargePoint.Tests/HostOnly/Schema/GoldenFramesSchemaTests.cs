using System.Collections.Generic;
using ChargePoint.Tests.HostOnly.Interop;
using ChargePoint.Tests.Ocpp.Messages;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Schema
{
    /// <summary>
    /// Every golden frame of every message type (Core, the other profiles, Security) is parsed and written by our
    /// classes, and what we write is checked against the official OCPP 1.6 JSON schemas (ocpp-rpc's copy, strict:
    /// additionalProperties false, enums, maxLength, formats). Zero violations allowed.
    /// </summary>
    [TestClass]
    public class GoldenFramesSchemaTests
    {
        [TestMethod]
        public void Every_golden_payload_as_we_write_it_passes_the_official_schemas()
        {
            InteropPaths.RequirePeer();

            var items = new List<OcppSchemaValidator.Item>();
            var seen = new HashSet<string>();
            foreach (var table in new[] { GoldenFrames.Core, GoldenFrames.OtherProfiles, GoldenFrames.Security })
            {
                for (int i = 0; i < table.Length; i += 3)
                {
                    string action = table[i], kind = table[i + 1], frame = table[i + 2];
                    object payload;
                    string written = GoldenCodec.RoundTrip(action, kind, frame, out payload);
                    items.Add(new OcppSchemaValidator.Item(action, kind, GoldenCodec.PayloadOf(written)));
                    seen.Add(action + "." + kind);
                }
            }

            Assert.AreEqual(39 * 2, seen.Count, "all 16 Core, 12 other-profile and 11 Security actions, req and conf");
            var failures = OcppSchemaValidator.Validate(items);
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        }

        [TestMethod]
        public void The_schema_check_catches_a_payload_our_validation_tolerates()
        {
            InteropPaths.RequirePeer();

            // Guards the test above against a validator that accepts everything: an extra property is a schema violation.
            var items = new List<OcppSchemaValidator.Item>
            {
                new OcppSchemaValidator.Item("TriggerMessage", "req", "{\"requestedMessage\":\"Heartbeat\",\"extra\":1}"),
                new OcppSchemaValidator.Item("SignedFirmwareStatusNotification", "req", "{\"status\":\"Installed\"}"),
            };
            var failures = OcppSchemaValidator.Validate(items);
            Assert.AreEqual(1, failures.Count);
            Assert.Contains("TriggerMessage.req", failures[0]);
        }
    }
}
