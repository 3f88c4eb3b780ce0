using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Model.Transactions;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Transactions
{
    [TestClass]
    public class AuthorizationTests
    {
        private const long Now = 1700000000000;

        [TestMethod]
        public void Online_asks_the_central_system_unless_LocalPreAuthorize_and_a_valid_entry()
        {
            var storage = new SimulatedStorage();
            ConfigurationStore settings = Config(storage);
            var auth = new AuthorizationService(storage, settings);
            Assert.AreEqual(AuthorizationService.AskCentralSystem, auth.Decide("A", true, Now));
            auth.Learn("A", new IdTagInfo(IdTagInfo.Accepted, 0, null));
            Assert.AreEqual(AuthorizationService.AskCentralSystem, auth.Decide("A", true, Now));
            Assert.IsTrue(settings.SetLocal("LocalPreAuthorize", "true"));
            Assert.AreEqual(AuthorizationService.Accept, auth.Decide("A", true, Now));
            auth.Learn("B", new IdTagInfo(IdTagInfo.Accepted, Now - 1, null));
            Assert.AreEqual(AuthorizationService.AskCentralSystem, auth.Decide("B", true, Now), "expired entry");
        }

        [TestMethod]
        public void Offline_rules_LocalAuthorizeOffline_and_AllowOfflineTxForUnknownId()
        {
            var storage = new SimulatedStorage();
            ConfigurationStore settings = Config(storage);
            var auth = new AuthorizationService(storage, settings);
            auth.Learn("A", new IdTagInfo(IdTagInfo.Accepted, 0, null));
            auth.Learn("X", new IdTagInfo(IdTagInfo.Blocked, 0, null));
            Assert.AreEqual(AuthorizationService.Accept, auth.Decide("A", false, Now));
            Assert.AreEqual(AuthorizationService.Reject, auth.Decide("X", false, Now));
            Assert.AreEqual(AuthorizationService.Reject, auth.Decide("U", false, Now));
            Assert.IsTrue(settings.SetLocal("AllowOfflineTxForUnknownId", "true"));
            Assert.AreEqual(AuthorizationService.Accept, auth.Decide("U", false, Now));
            Assert.AreEqual(AuthorizationService.Reject, auth.Decide("X", false, Now), "known but blocked stays rejected");
            Assert.IsTrue(settings.SetLocal("LocalAuthorizeOffline", "false"));
            Assert.AreEqual(AuthorizationService.Reject, auth.Decide("A", false, Now));
        }

        [TestMethod]
        public void Cache_persists_and_ClearCache_is_Rejected_without_a_cache()
        {
            var storage = new SimulatedStorage();
            var auth = new AuthorizationService(storage, Config(storage));
            auth.Learn("A", new IdTagInfo(IdTagInfo.Accepted, Now + 1000, "P"));
            ConfigurationStore settings = Config(storage);
            auth = new AuthorizationService(storage, settings);
            IdTagInfo info = auth.LookUp("A")!;
            Assert.AreEqual("P", info.ParentIdTag);
            Assert.AreEqual(Now + 1000, info.ExpiryUtcMs);
            Assert.IsTrue(auth.ClearCache());
            Assert.IsNull(new AuthorizationService(storage, Config(storage)).LookUp("A"));
            Assert.IsTrue(settings.SetLocal("AuthorizationCacheEnabled", "false"));
            Assert.IsFalse(auth.ClearCache());
        }

        [TestMethod]
        public void Local_list_entries_win_and_are_not_copied_into_the_cache()
        {
            var storage = new SimulatedStorage();
            var auth = new AuthorizationService(storage, Config(storage));
            auth.LocalList.Put("L", new IdTagInfo(IdTagInfo.Accepted, 0, null));
            auth.LocalList.Version = 3;
            auth.LocalList.Save();
            auth.Learn("L", new IdTagInfo(IdTagInfo.Blocked, 0, null));
            Assert.AreEqual(0, auth.Cache.Count);
            auth = new AuthorizationService(storage, Config(storage));
            Assert.AreEqual(3, auth.LocalList.Version);
            Assert.AreEqual(IdTagInfo.Accepted, auth.LookUp("L")!.Status);
        }

        [TestMethod]
        public void Cache_is_bounded_and_evicts_the_least_recently_learned()
        {
            var storage = new SimulatedStorage();
            var auth = new AuthorizationService(storage, Config(storage));
            for (int i = 0; i < AuthorizationService.DefaultCacheCapacity + 5; i++)
            {
                auth.Learn("T" + i.ToString(), new IdTagInfo(IdTagInfo.Accepted, 0, null));
            }

            Assert.AreEqual(AuthorizationService.DefaultCacheCapacity, auth.Cache.Count);
            Assert.IsNull(auth.LookUp("T0"));
            Assert.IsNotNull(auth.LookUp("T5"));
        }

        [TestMethod]
        public void Same_tag_or_same_parent_may_stop()
        {
            Assert.IsTrue(AuthorizationService.MayStop("A", null, "A", null));
            Assert.IsTrue(AuthorizationService.MayStop("B", "P", "A", "P"));
            Assert.IsFalse(AuthorizationService.MayStop("B", "Q", "A", "P"));
            Assert.IsFalse(AuthorizationService.MayStop("B", null, "A", null));
        }

        /// <summary>The configuration store of a charge point over storage (its core keys declared): what the service reads.</summary>
        private static ConfigurationStore Config(SimulatedStorage storage)
        {
            var config = new ConfigurationStore(storage);
            CoreConfiguration.Declare(config, 1);
            return config;
        }
    }
}
