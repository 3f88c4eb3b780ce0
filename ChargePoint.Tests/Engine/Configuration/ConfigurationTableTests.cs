using System.Text;
using ChargePoint.Hal.Simulation;
using ChargePoint.Ocpp;
using ChargePoint.Tests.Ocpp.Fakes;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Configuration
{
    /// <summary>The configuration keys as a table: fixed Core key numbers, limits and flags from the table, stored values kept.</summary>
    [TestClass]
    public class ConfigurationTableTests
    {
        [TestMethod]
        public void Each_ConfigKeys_number_is_the_Core_key_of_that_name_in_declaration_order()
        {
            var store = new OcppWorld(2).ChargePoint.Configuration;
            int[] numbers =
            {
                ConfigKeys.AuthorizeRemoteTxRequests, ConfigKeys.ClockAlignedDataInterval, ConfigKeys.ConnectionTimeOut,
                ConfigKeys.ConnectorPhaseRotation, ConfigKeys.GetConfigurationMaxKeys, ConfigKeys.HeartbeatInterval,
                ConfigKeys.LocalAuthorizeOffline, ConfigKeys.LocalPreAuthorize, ConfigKeys.MeterValuesAlignedData,
                ConfigKeys.MeterValuesAlignedDataMaxLength, ConfigKeys.MeterValuesSampledData, ConfigKeys.MeterValuesSampledDataMaxLength,
                ConfigKeys.MeterValueSampleInterval, ConfigKeys.NumberOfConnectors, ConfigKeys.ResetRetries,
                ConfigKeys.StopTransactionOnEVSideDisconnect, ConfigKeys.StopTransactionOnInvalidId, ConfigKeys.StopTxnAlignedData,
                ConfigKeys.StopTxnAlignedDataMaxLength, ConfigKeys.StopTxnSampledData, ConfigKeys.StopTxnSampledDataMaxLength,
                ConfigKeys.SupportedFeatureProfiles, ConfigKeys.TransactionMessageAttempts, ConfigKeys.TransactionMessageRetryInterval,
                ConfigKeys.UnlockConnectorOnEVSideDisconnect, ConfigKeys.WebSocketPingInterval, ConfigKeys.MessageTimeout,
                ConfigKeys.AuthorizationKey,
            };
            string[] names =
            {
                nameof(ConfigKeys.AuthorizeRemoteTxRequests), nameof(ConfigKeys.ClockAlignedDataInterval), nameof(ConfigKeys.ConnectionTimeOut),
                nameof(ConfigKeys.ConnectorPhaseRotation), nameof(ConfigKeys.GetConfigurationMaxKeys), nameof(ConfigKeys.HeartbeatInterval),
                nameof(ConfigKeys.LocalAuthorizeOffline), nameof(ConfigKeys.LocalPreAuthorize), nameof(ConfigKeys.MeterValuesAlignedData),
                nameof(ConfigKeys.MeterValuesAlignedDataMaxLength), nameof(ConfigKeys.MeterValuesSampledData), nameof(ConfigKeys.MeterValuesSampledDataMaxLength),
                nameof(ConfigKeys.MeterValueSampleInterval), nameof(ConfigKeys.NumberOfConnectors), nameof(ConfigKeys.ResetRetries),
                nameof(ConfigKeys.StopTransactionOnEVSideDisconnect), nameof(ConfigKeys.StopTransactionOnInvalidId), nameof(ConfigKeys.StopTxnAlignedData),
                nameof(ConfigKeys.StopTxnAlignedDataMaxLength), nameof(ConfigKeys.StopTxnSampledData), nameof(ConfigKeys.StopTxnSampledDataMaxLength),
                nameof(ConfigKeys.SupportedFeatureProfiles), nameof(ConfigKeys.TransactionMessageAttempts), nameof(ConfigKeys.TransactionMessageRetryInterval),
                nameof(ConfigKeys.UnlockConnectorOnEVSideDisconnect), nameof(ConfigKeys.WebSocketPingInterval), nameof(ConfigKeys.MessageTimeout),
                nameof(ConfigKeys.AuthorizationKey),
            };
            for (int i = 0; i < numbers.Length; i++)
            {
                Assert.AreEqual(i, numbers[i], names[i] + " is declared in ConfigKeys order");
                Assert.AreEqual(names[i], store.Name(numbers[i]));
            }

            Assert.AreEqual(numbers.Length, store.Count, "the engine alone declares the Core keys; services declare theirs after them");
        }

        [TestMethod]
        public void Table_defaults_limits_and_flags_answer_ChangeConfiguration_as_declared()
        {
            var store = new OcppWorld(2).ChargePoint.Configuration;
            Assert.AreEqual("2", store.Value(ConfigKeys.NumberOfConnectors), "default from the build");
            Assert.AreEqual(86400, store.Int(ConfigKeys.HeartbeatInterval));
            Assert.IsTrue(store.Bool(ConfigKeys.LocalAuthorizeOffline));
            Assert.IsFalse(store.Bool(ConfigKeys.AuthorizeRemoteTxRequests));
            Assert.AreEqual("Rejected", store.Change("NumberOfConnectors", "3"), "read-only");
            Assert.AreEqual("Rejected", store.Change("MessageTimeout", "3601"), "above the maximum");
            Assert.AreEqual("Accepted", store.Change("MessageTimeout", "3600"));
            Assert.AreEqual("Rejected", store.Change("TransactionMessageAttempts", "0"), "below the minimum");
            Assert.AreEqual("Rejected", store.Change("LocalPreAuthorize", "True"), "booleans are lower case");
            Assert.AreEqual("Rejected", store.Change("ConnectorPhaseRotation", "0.RST,1.RST,2.RST,3.RST"), "at most connectors + 1 items");
            Assert.AreEqual("Accepted", store.Change("ConnectorPhaseRotation", "0.RST,1.RST,2.RST"));
            Assert.AreEqual("Rejected", store.Change("MeterValuesSampledData", "Voltage,Bogus"), "measurand names only");
            Assert.AreEqual("Rejected", store.Change("StopTxnSampledData", "Voltage,Voltage,Voltage,Voltage,Voltage,Voltage,Voltage,Voltage,Voltage"), "8 items at most");
            Assert.AreEqual("Accepted", store.Change("StopTxnSampledData", "Voltage,SoC"));
            Assert.AreEqual("Rejected", store.Change("AuthorizationKey", "0011"), "32-40 hex digits");
            Assert.AreEqual("NotSupported", store.Change("NoSuchKey", "1"));
            Assert.AreEqual(ConfigurationStore.WriteOnly, store.Flags(ConfigKeys.AuthorizationKey) & ConfigurationStore.WriteOnly);
        }

        [TestMethod]
        public void A_stored_record_of_the_object_per_key_store_loads_into_the_table_and_an_invalid_value_keeps_the_default()
        {
            var storage = new SimulatedStorage();
            storage.SetRaw(ConfigurationStore.RecordName, Encoding.UTF8.GetBytes(
                "HeartbeatInterval=300\nMeterValuesSampledData=Energy.Active.Import.Register,Voltage\nLocalPreAuthorize=true\nResetRetries=-1\n"));
            var store = new ConfigurationStore(storage);
            CoreConfiguration.Declare(store, 1);
            Assert.AreEqual(300, store.Int(ConfigKeys.HeartbeatInterval));
            Assert.AreEqual("Energy.Active.Import.Register,Voltage", store.Value(ConfigKeys.MeterValuesSampledData));
            Assert.IsTrue(store.Bool(ConfigKeys.LocalPreAuthorize));
            Assert.AreEqual(2, store.Int(ConfigKeys.ResetRetries), "-1 is below the minimum: the default stays");
        }

        [TestMethod]
        public void A_change_is_announced_once_with_the_key_number_and_an_unchanged_value_is_not()
        {
            var store = new OcppWorld(1).ChargePoint.Configuration;
            var seen = new System.Collections.ArrayList();
            store.Changed += key => seen.Add(key);
            Assert.AreEqual("Accepted", store.Change("HeartbeatInterval", "60"));
            Assert.AreEqual("Accepted", store.Change("HeartbeatInterval", "60"));
            Assert.AreEqual(1, seen.Count);
            Assert.AreEqual((long)ConfigKeys.HeartbeatInterval, (long)seen[0]!);
        }

        [TestMethod]
        public void A_list_key_takes_only_whole_items_of_its_allowed_words_and_lists_them()
        {
            var store = new OcppWorld(1).ChargePoint.Configuration;
            int k = store.Declare("Protocols", ConfigurationStore.TypeCsl, "HTTP", 3, "FTP FTPS HTTP HTTPS");
            Assert.IsTrue(store.SetLocal("Protocols", "FTPS, HTTPS"));
            Assert.IsTrue(store.SetLocal("Protocols", ""), "an empty list");
            Assert.IsFalse(store.SetLocal("Protocols", "HTTP,SFTP"), "SFTP is not allowed");
            Assert.IsFalse(store.SetLocal("Protocols", "FTP FTPS"), "one item spanning two words");
            Assert.IsFalse(store.SetLocal("Protocols", "FTP,HTT"), "a prefix of a word");
            Assert.IsFalse(store.SetLocal("Protocols", "FTP,,HTTP"), "an empty item");
            Assert.IsFalse(store.SetLocal("Protocols", "FTP,FTPS,HTTP,HTTPS"), "more than 3 items");
            string[] allowed = store.AllowedItems(k)!;
            Assert.AreEqual(4, allowed.Length);
            Assert.AreEqual("FTPS", allowed[1]);
            Assert.AreEqual("HTTPS", allowed[3]);
            Assert.IsNull(store.AllowedItems(store.Declare("AnyItems", ConfigurationStore.TypeCsl, "", 2, null)), "null: any item");
        }

        [TestMethod]
        public void Keys_declared_up_to_the_bound_keep_their_own_values_flags_validators_and_allowed_items()
        {
            var store = new ConfigurationStore(new SimulatedStorage());
            CoreConfiguration.Declare(store, 1);
            int first = store.Count;
            for (int i = first; i < ConfigurationStore.MaxKeys; i++)
            {
                int k = i % 3 == 0
                    ? store.Declare("List" + i, ConfigurationStore.TypeCsl | ConfigurationStore.RebootRequired, "A", 2, i % 2 == 0 ? "A B" : "A C")
                    : store.DeclareInt("Number" + i, i, 0, 1000, i % 3 == 1);
                Assert.AreEqual(i, k, "declaration order");
                if (i % 3 == 2)
                {
                    int limit = i;
                    store.SetValidator(k, value => int.Parse(value) <= limit + 10);
                }
            }

            Assert.AreEqual(ConfigurationStore.MaxKeys, store.Count);
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => store.DeclareBool("OneTooMany", true, false));
            for (int i = first; i < ConfigurationStore.MaxKeys; i++)
            {
                int k = store.Find(i % 3 == 0 ? "List" + i : "Number" + i);
                Assert.AreEqual(i, k);
                if (i % 3 == 0)
                {
                    Assert.AreEqual(ConfigurationStore.TypeCsl | ConfigurationStore.RebootRequired, store.Flags(k));
                    Assert.AreEqual("RebootRequired", store.Change("List" + i, i % 2 == 0 ? "B,A" : "C,A"));
                    Assert.AreEqual("Rejected", store.Change("List" + i, i % 2 == 0 ? "C" : "B"), "the other key's word");
                    Assert.IsNull(store.Validator(k));
                }
                else if (i % 3 == 1)
                {
                    Assert.AreEqual(ConfigurationStore.TypeInt | ConfigurationStore.ReadOnly, store.Flags(k));
                    Assert.AreEqual(i, store.Int(k));
                    Assert.IsNull(store.AllowedItems(k));
                    Assert.IsNull(store.Validator(k));
                }
                else
                {
                    Assert.AreEqual(ConfigurationStore.TypeInt, store.Flags(k));
                    Assert.AreEqual("Accepted", store.Change("Number" + i, (i + 10).ToString()), "its own validator's limit");
                    Assert.AreEqual("Rejected", store.Change("Number" + i, (i + 11).ToString()));
                    Assert.AreEqual(i + 10, store.Int(k));
                }
            }

            Assert.AreEqual("Accepted", store.Change("HeartbeatInterval", "60"), "the table's keys are unchanged");
            Assert.AreEqual(60, store.Int(ConfigKeys.HeartbeatInterval));
        }

        [TestMethod]
        public void Text_values_of_table_and_named_keys_and_numbers_in_canonical_form_survive_a_reboot()
        {
            var storage = new SimulatedStorage();
            var store = new ConfigurationStore(storage);
            CoreConfiguration.Declare(store, 1);
            int named = store.Declare("CpoName", ConfigurationStore.TypeString, "first", 20, null);
            Assert.AreEqual("first", store.Value(named), "a named key's default text");
            Assert.AreEqual("CpoName", store.Name(named));
            Assert.AreEqual("Accepted", store.Change("CpoName", "Operator"));
            Assert.AreEqual("Accepted", store.Change("HeartbeatInterval", "0300"));
            Assert.AreEqual("Accepted", store.Change("MeterValuesSampledData", "Voltage"));
            Assert.AreEqual("Operator", store.Value(named));
            Assert.AreEqual("300", store.Value(ConfigKeys.HeartbeatInterval), "an Int is reported as its number");
            Assert.AreEqual("CpoName", store.Name(named), "the name stays when the value changes");

            var rebooted = new ConfigurationStore(storage);
            CoreConfiguration.Declare(rebooted, 1);
            int again = rebooted.Declare("CpoName", ConfigurationStore.TypeString, "first", 20, null);
            Assert.AreEqual("Operator", rebooted.Value(again));
            Assert.AreEqual(300, rebooted.Int(ConfigKeys.HeartbeatInterval));
            Assert.AreEqual("Voltage", rebooted.Value(ConfigKeys.MeterValuesSampledData));
            Assert.AreEqual(again, rebooted.Find("CpoName"));
        }
    }
}
