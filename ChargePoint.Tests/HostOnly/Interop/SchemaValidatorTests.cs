using System.Collections.Generic;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Interop
{
    [TestClass]
    public class SchemaValidatorTests
    {
        [TestMethod]
        public void Official_schemas_accept_a_valid_payload_and_reject_an_invalid_one()
        {
            InteropPaths.RequirePeer();

            var items = new List<OcppSchemaValidator.Item>
            {
                new OcppSchemaValidator.Item("Heartbeat", "conf", "{\"currentTime\":\"2026-11-24T10:00:00Z\"}"),
                new OcppSchemaValidator.Item("StatusNotification", "req", "{\"connectorId\":1,\"status\":\"Charged\",\"errorCode\":\"NoError\"}"),
            };
            var failures = OcppSchemaValidator.Validate(items);
            Assert.AreEqual(1, failures.Count);
            Assert.Contains("StatusNotification.req", failures[0]);
        }
    }
}
