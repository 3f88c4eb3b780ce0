using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Scenarios
{
    [TestClass]
    public class ConfigurationScenarioTests
    {
        /// <summary>Every required Core key with its access (OCTT doc Table 25); AuthorizationKey is never listed.</summary>
        private static readonly string[] RequiredCore =
        {
            "AuthorizeRemoteTxRequests", "ClockAlignedDataInterval", "ConnectionTimeOut", "ConnectorPhaseRotation",
            "GetConfigurationMaxKeys", "HeartbeatInterval", "LocalAuthorizeOffline", "LocalPreAuthorize",
            "MeterValuesAlignedData", "MeterValuesSampledData", "MeterValueSampleInterval", "NumberOfConnectors",
            "ResetRetries", "StopTransactionOnEVSideDisconnect", "StopTransactionOnInvalidId", "StopTxnAlignedData",
            "StopTxnSampledData", "SupportedFeatureProfiles", "TransactionMessageAttempts", "TransactionMessageRetryInterval",
            "UnlockConnectorOnEVSideDisconnect",
        };

        [TestMethod]
        public void TC_019_Retrieve_configuration_lists_every_required_key_with_its_access()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            var cs = w.CentralSystem;
            cs.Call("GetConfiguration", "{\"key\":[\"SupportedFeatureProfiles\"]}");
            w.Run(200);
            cs.Call("GetConfiguration", "{}");
            w.Run(200);
            var t = w.CentralSystem.Transcript();
            Assert.AreEqual("> [3,\"cs1\",{\"configurationKey\":[{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core\"}]}]", t[1]);
            string all = t[3];
            Assert.StartsWith("> [3,\"cs2\",{\"configurationKey\":[", all);
            Assert.DoesNotContains("unknownKey", all);
            Assert.DoesNotContains("AuthorizationKey", all);
            for (int i = 0; i < RequiredCore.Length; i++)
            {
                Assert.Contains("{\"key\":\"" + RequiredCore[i] + "\",\"readonly\":", all);
            }

            Assert.Contains("{\"key\":\"ConnectorPhaseRotation\",\"readonly\":false,\"value\":\"NotApplicable\"}", all);
            Assert.Contains("{\"key\":\"ResetRetries\",\"readonly\":false,\"value\":\"2\"}", all);
            Assert.Contains("{\"key\":\"NumberOfConnectors\",\"readonly\":true,\"value\":\"1\"}", all);

            cs.Clear();
            string keys = string.Empty;
            for (int i = 0; i < RequiredCore.Length; i++)
            {
                keys += (i == 0 ? "\"" : ",\"") + RequiredCore[i] + "\"";
            }

            cs.Call("GetConfiguration", "{\"key\":[" + keys + "]}");
            w.Run(200);
            string listed = w.CentralSystem.Transcript()[1];
            Assert.DoesNotContains("unknownKey", listed);
            for (int i = 0; i < RequiredCore.Length; i++)
            {
                Assert.Contains("\"" + RequiredCore[i] + "\"", listed);
            }
        }

        [TestMethod]
        public void AuthorizationKey_is_write_only_validated_and_reconnects_with_Basic_auth()
        {
            var w = new OcppWorld(1);
            w.BootAcceptedAndIdle();
            var cs = w.CentralSystem;
            cs.Call("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"xyz\"}");
            w.Run(200);
            cs.Call("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"0123456789abcdef0123456789abcdef01234567\"}");
            w.Run(200);
            cs.Call("GetConfiguration", "{\"key\":[\"AuthorizationKey\"]}");
            w.Run(200);
            w.AssertTranscript(new[]
            {
                "< [2,\"cs1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"xyz\"}]",
                "> [3,\"cs1\",{\"status\":\"Rejected\"}]",
                "< [2,\"cs2\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"0123456789abcdef0123456789abcdef01234567\"}]",
                "> [3,\"cs2\",{\"status\":\"Accepted\"}]",
                "< [2,\"cs3\",\"GetConfiguration\",{\"key\":[\"AuthorizationKey\"]}]",
                "> [3,\"cs3\",{\"unknownKey\":[\"AuthorizationKey\"]}]",
            });
            Assert.AreEqual(2, w.Transport.ConnectAttempts);
            Assert.AreEqual("Basic Q1AgMTowMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3", w.Transport.LastAuthorization);
        }

        [TestMethod]
        public void Reconnect_backs_off_exponentially_with_jitter()
        {
            var w = new OcppWorld(1);
            w.Transport.AcceptConnections = false;
            w.Run(0);
            Assert.AreEqual(1, w.Transport.ConnectAttempts);
            w.Run(1900);
            Assert.AreEqual(1, w.Transport.ConnectAttempts);
            w.Run(200);
            Assert.AreEqual(2, w.Transport.ConnectAttempts);
            w.Run(3800);
            Assert.AreEqual(2, w.Transport.ConnectAttempts);
            w.Run(200);
            Assert.AreEqual(3, w.Transport.ConnectAttempts);
        }
    }
}
