using System.Text;
using ChargePoint.Ocpp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>OCTT 1.6 Local Authorization List cases (TC_042_1/2, TC_043, TC_043_1/2/3, TC_008), exact frames and answers.</summary>
    [TestClass]
    public class LocalAuthListTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";

        [TestMethod]
        public void TC_042_1_Get_local_list_version_not_supported()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("ChangeConfiguration", "{\"key\":\"LocalAuthListEnabled\",\"value\":\"false\"}"));
            Assert.AreEqual("{\"listVersion\":-1}", p.Call("GetLocalListVersion", "{}"));
        }

        [TestMethod]
        public void TC_042_2_Get_local_list_version_empty()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("SendLocalList", "{\"listVersion\":1,\"updateType\":\"Full\"}"));
            Assert.AreEqual("{\"listVersion\":0}", p.Call("GetLocalListVersion", "{}"));
            p.Expect("");
        }

        [TestMethod]
        public void TC_043_Send_local_authorization_list_full_and_differential()
        {
            var p = new ProfileWorld(1).Idle();
            p.Set(nameof(ConfigKeys.LocalPreAuthorize), "true");
            p.Set("AuthorizationCacheEnabled", "false");
            Assert.AreEqual(Accepted, p.Call("SendLocalList",
                "{\"listVersion\":5,\"localAuthorizationList\":[" + Entry("TAG1", "Accepted") + "," + Entry("TAG2", "Blocked") + "],\"updateType\":\"Full\"}"));
            Assert.AreEqual("{\"listVersion\":5}", p.Call("GetLocalListVersion", "{}"));
            Assert.AreEqual(Accepted, p.Call("SendLocalList",
                "{\"listVersion\":6,\"localAuthorizationList\":[{\"idTag\":\"TAG1\"}," + Entry("TAG3", "Accepted") + "],\"updateType\":\"Differential\"}"));
            Assert.AreEqual("{\"listVersion\":6}", p.Call("GetLocalListVersion", "{}"));

            // TAG3 (added) starts without Authorize.req; TAG1 (removed) must ask the Central System.
            p.Hooks.Plugged[1] = true;
            p.Hooks.EvReady[1] = true;
            p.Run(1000);
            p.W.Tx.PresentIdTag(1, "TAG3", p.Now);
            p.Run(1000);
            string frames = p.Cs.Take();
            Assert.IsTrue(frames.IndexOf("Authorize ") < 0, frames);
            Assert.IsTrue(frames.IndexOf("StartTransaction {\"connectorId\":1,\"idTag\":\"TAG3\"") >= 0, frames);
            Assert.AreEqual(2, p.W.Tx.Authorization.LocalList.Count);
            Assert.IsNull(p.W.Tx.Authorization.LocalList.Find("TAG1"));
        }

        [TestMethod]
        public void TC_043_1_Send_local_list_not_supported_when_disabled()
        {
            var p = new ProfileWorld(1).Idle();
            p.Set("LocalAuthListEnabled", "false");
            Assert.AreEqual("{\"status\":\"NotSupported\"}", p.Call("SendLocalList", "{\"listVersion\":1,\"localAuthorizationList\":[" + Entry("TAG1", "Accepted") + "],\"updateType\":\"Full\"}"));
            Assert.AreEqual(0, p.W.Tx.Authorization.LocalList.Count);
        }

        [TestMethod]
        public void TC_043_2_Send_local_list_version_mismatch_keeps_the_version()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("SendLocalList", "{\"listVersion\":3,\"localAuthorizationList\":[" + Entry("TAG1", "Accepted") + "],\"updateType\":\"Full\"}"));
            Assert.AreEqual("{\"status\":\"VersionMismatch\"}", p.Call("SendLocalList",
                "{\"listVersion\":3,\"localAuthorizationList\":[" + Entry("TAG2", "Accepted") + "],\"updateType\":\"Differential\"}"));
            Assert.AreEqual("{\"status\":\"VersionMismatch\"}", p.Call("SendLocalList",
                "{\"listVersion\":2,\"localAuthorizationList\":[{\"idTag\":\"TAG1\"}],\"updateType\":\"Differential\"}"));
            Assert.AreEqual("{\"listVersion\":3}", p.Call("GetLocalListVersion", "{}"));
            Assert.AreEqual(1, p.W.Tx.Authorization.LocalList.Count);
            Assert.IsNull(p.W.Tx.Authorization.LocalList.Find("TAG2"));
        }

        [TestMethod]
        public void TC_043_3_Send_local_list_failed_when_it_cannot_be_stored()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("SendLocalList", List(1, "A", 100, "Full")));
            Assert.AreEqual(Accepted, p.Call("SendLocalList", List(2, "B", 100, "Differential")));
            Assert.AreEqual("{\"status\":\"Failed\"}", p.Call("SendLocalList", List(3, "C", 100, "Differential")));
            Assert.AreEqual("{\"listVersion\":2}", p.Call("GetLocalListVersion", "{}"));
            Assert.AreEqual(200, p.W.Tx.Authorization.LocalList.Count);
            Assert.IsNull(p.W.Tx.Authorization.LocalList.Find("C0"));

            // More entries than SendLocalListMaxLength in one request: Failed as well.
            int max = p.LocalList.SendLocalListMaxLength;
            Assert.AreEqual("{\"status\":\"Failed\"}", p.Call("SendLocalList", List(4, "D", max + 1, "Full")));

            // What was accepted survives a reboot, the failed updates left no trace.
            p.Reboot();
            p.Idle();
            Assert.AreEqual("{\"listVersion\":2}", p.Call("GetLocalListVersion", "{}"));
            Assert.AreEqual(200, p.W.Tx.Authorization.LocalList.Count);
            Assert.IsNotNull(p.W.Tx.Authorization.LocalList.Find("B99"));
        }

        [TestMethod]
        public void TC_008_Regular_start_charging_session_id_in_local_list()
        {
            var p = new ProfileWorld(1).Idle();
            p.Set(nameof(ConfigKeys.LocalPreAuthorize), "true");
            p.Set("AuthorizationCacheEnabled", "false");
            Assert.AreEqual(Accepted, p.Call("SendLocalList", "{\"listVersion\":1,\"localAuthorizationList\":[" + Entry("TAG8", "Accepted") + "],\"updateType\":\"Full\"}"));
            p.Hooks.Plugged[1] = true;
            p.Hooks.EvReady[1] = true;
            p.Run(1000);
            p.W.Tx.PresentIdTag(1, "TAG8", p.Now);
            p.Run(1000);
            p.Expect(
                p.Status(1, "Preparing", 2100) +
                "StartTransaction {\"connectorId\":1,\"idTag\":\"TAG8\",\"meterStart\":0,\"timestamp\":\"" + p.T(3000) + "\"}\n" +
                p.Status(1, "Charging", 3200));
        }

        [TestMethod]
        public void Local_list_is_used_offline_and_survives_a_reboot()
        {
            var p = new ProfileWorld(1).Idle();
            Assert.AreEqual(Accepted, p.Call("SendLocalList", "{\"listVersion\":7,\"localAuthorizationList\":[" + Entry("TAGX", "Accepted") + "],\"updateType\":\"Full\"}"));
            p.Reboot();
            p.W.Transport.AcceptConnections = false;
            p.Hooks.Plugged[1] = true;
            p.Hooks.EvReady[1] = true;
            p.Run(1000);
            p.W.Tx.PresentIdTag(1, "TAGX", p.Now);
            p.Run(1000);
            Assert.IsNotNull(p.W.Tx.RunningTransaction(1), "started offline from the local list");
            Assert.AreEqual(7, p.W.Tx.Authorization.LocalList.Version);
        }

        [TestMethod]
        public void Local_list_keys_are_declared_and_the_profile_listed()
        {
            var p = new ProfileWorld(1).Idle();
            string conf = p.Call("GetConfiguration", "{\"key\":[\"LocalAuthListEnabled\",\"LocalAuthListMaxLength\",\"SendLocalListMaxLength\",\"SupportedFeatureProfiles\"]}");
            Assert.AreEqual(
                "{\"configurationKey\":[{\"key\":\"LocalAuthListEnabled\",\"readonly\":false,\"value\":\"true\"}," +
                "{\"key\":\"LocalAuthListMaxLength\",\"readonly\":true,\"value\":\"256\"}," +
                "{\"key\":\"SendLocalListMaxLength\",\"readonly\":true,\"value\":\"107\"}," +
                "{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core,RemoteTrigger,LocalAuthListManagement,Reservation\"}]}", conf);
        }

        private static string Entry(string idTag, string status)
        {
            return "{\"idTag\":\"" + idTag + "\",\"idTagInfo\":{\"status\":\"" + status + "\"}}";
        }

        private static string List(int version, string prefix, int count, string type)
        {
            var sb = new StringBuilder();
            sb.Append("{\"listVersion\":").Append(version.ToString()).Append(",\"localAuthorizationList\":[");
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append(Entry(prefix + i.ToString(), "Accepted"));
            }

            sb.Append("],\"updateType\":\"").Append(type).Append("\"}");
            return sb.ToString();
        }
    }
}
