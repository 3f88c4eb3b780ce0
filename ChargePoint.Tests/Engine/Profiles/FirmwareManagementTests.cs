using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Ocpp.Profiles
{
    /// <summary>OCTT 1.6 Firmware Management and Diagnostics cases (doc §2.18, §2.19), asserting the exact frames.</summary>
    [TestClass]
    public class FirmwareManagementTests
    {
        [TestMethod]
        public void TC_044_1_Firmware_update_download_and_install()
        {
            var k = new FirmwareKit(1).Idle();
            Assert.AreEqual("Idle", k.Fm.Status);
            Assert.AreEqual("{}", k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp-2.0.bin\",\"retrieveDate\":\"" + k.T(2000) + "\"}"));
            Expect(k, FirmwareKit.Fw("Downloading"));
            Assert.AreEqual("Downloading", k.Fm.Status);
            Assert.AreEqual("http://fw.example/cp-2.0.bin", k.Updater.LastLocation);
            k.W.Run(10200);
            Expect(k, FirmwareKit.Fw("Downloaded") + FirmwareKit.Fw("Installing") + k.Status(1, "Unavailable", 12200));
            Assert.AreEqual("Installing", k.Fm.Status);
            Assert.AreEqual(0, k.W.Hooks.Resets);
            k.W.Run(5000);
            Assert.AreEqual(1, k.W.Hooks.Resets, "the new image runs after a reboot");
            Assert.IsTrue(k.W.Hooks.LastResetHard);
            k.Reboot();
            k.W.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.IsTrue(frames.StartsWith("BootNotification "), frames);
            Assert.Contains(k.Status(1, "Available", 0).Substring(0, 80), frames);
            Assert.IsTrue(frames.EndsWith(FirmwareKit.Fw("Installed")), frames);
            k.Reboot();
            k.W.Run(2000);
            frames = k.W.Cs.Take();
            Assert.IsTrue(frames.StartsWith("BootNotification "), frames);
            Assert.IsFalse(frames.IndexOf("FirmwareStatusNotification") >= 0, "Installed is reported once: " + frames);
            Assert.AreEqual("Idle", k.Fm.Status);
        }

        [TestMethod]
        public void Installed_waits_until_the_new_image_confirmed_itself_on_trial()
        {
            var k = new FirmwareKit(1).Idle();
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp-2.0.bundle\",\"retrieveDate\":\"" + k.T(0) + "\"}");
            k.W.Run(16000);
            Assert.AreEqual(1, k.W.Hooks.Resets);
            k.W.Cs.Take();
            k.Updater.Outcome = ChargePoint.Ocpp.TransferState.Running; // the loader boots the new slot on trial
            k.Reboot();
            k.W.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.IsTrue(frames.StartsWith("BootNotification "), frames);
            Assert.IsFalse(frames.IndexOf("FirmwareStatusNotification") >= 0, "not before the image confirmed: " + frames);
            k.Updater.Outcome = ChargePoint.Ocpp.TransferState.Succeeded;
            k.W.Run(200);
            Assert.AreEqual(FirmwareKit.Fw("Installed"), k.W.Cs.Take());
        }

        [TestMethod]
        public void A_rolled_back_image_reports_InstallationFailed_once_after_the_reboot()
        {
            var k = new FirmwareKit(1).Idle();
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp-2.0.bundle\",\"retrieveDate\":\"" + k.T(0) + "\"}");
            k.W.Run(16000);
            k.W.Cs.Take();
            k.Updater.Outcome = ChargePoint.Ocpp.TransferState.Failed; // never confirmed: the loader went back
            k.Reboot();
            k.W.Run(2000);
            string frames = k.W.Cs.Take();
            Assert.IsTrue(frames.EndsWith(FirmwareKit.Fw("InstallationFailed")), frames);
            Assert.AreEqual("Idle", k.Fm.Status);
            k.Reboot();
            k.W.Run(2000);
            Assert.IsFalse(k.W.Cs.Take().IndexOf("FirmwareStatusNotification") >= 0, "reported once");
        }

        [TestMethod]
        public void TC_044_2_Firmware_update_download_failed()
        {
            var k = new FirmwareKit(1).Idle();
            k.Updater.FailingDownloads = 1;
            Assert.AreEqual("{}", k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/does_not_exist_cp.bin\",\"retries\":0,\"retrieveDate\":\"" + k.T(2000) + "\"}"));
            k.W.Run(11000);
            Expect(k, FirmwareKit.Fw("Downloading") + FirmwareKit.Fw("DownloadFailed"));
            Assert.AreEqual(0, k.Updater.Installs, "the old firmware stays");
            Assert.AreEqual("Idle", k.Fm.Status);
            Assert.IsTrue(k.W.Cp.Connectors[1].Operative);
            Assert.IsNull(k.W.Storage.Read("ocpp.firmware"), "nothing left to resume");
        }

        [TestMethod]
        public void TC_044_2_Download_retried_retries_times_retryInterval_apart()
        {
            var k = new FirmwareKit(1).Idle();
            k.Updater.FailingDownloads = 2;
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp.bin\",\"retries\":2,\"retrieveDate\":\"" + k.T(2000) + "\",\"retryInterval\":30}");
            k.W.Run(10000);
            Assert.AreEqual(1, k.Updater.Downloads);
            k.W.Run(29000);
            Assert.AreEqual(1, k.Updater.Downloads, "waits retryInterval");
            k.W.Run(1100);
            Assert.AreEqual(2, k.Updater.Downloads);
            k.W.Run(40000 + 10000);
            Assert.AreEqual(3, k.Updater.Downloads);
            k.W.Run(1000);
            Expect(k, FirmwareKit.Fw("Downloading") + FirmwareKit.Fw("Downloaded") + FirmwareKit.Fw("Installing") + k.Status(1, "Unavailable", 92200));
        }

        [TestMethod]
        public void TC_044_3_Firmware_update_installation_failed()
        {
            var k = new FirmwareKit(1).Idle();
            k.Updater.FailInstall = true;
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/invalid.bin\",\"retrieveDate\":\"" + k.T(2000) + "\"}");
            k.W.Run(16000);
            Expect(k,
                FirmwareKit.Fw("Downloading") + FirmwareKit.Fw("Downloaded") + FirmwareKit.Fw("Installing") + k.Status(1, "Unavailable", 12200) +
                FirmwareKit.Fw("InstallationFailed") + k.Status(1, "Available", 17200));
            Assert.AreEqual(0, k.W.Hooks.Resets);
            Assert.AreEqual("Idle", k.Fm.Status);
        }

        [TestMethod]
        public void Errata_3_49_install_waits_for_the_transaction_idle_connectors_unavailable()
        {
            var k = new FirmwareKit(2).Idle();
            k.W.Hooks.Plugged[1] = true;
            k.W.Hooks.EvReady[1] = true;
            k.W.Run(1000);
            k.W.Tx.PresentIdTag(1, "TAG1", k.W.Now);
            k.W.Run(1000);
            k.W.Cs.Take();
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp.bin\",\"retrieveDate\":\"" + k.T(4000) + "\"}");
            k.W.Run(11000);
            Expect(k, FirmwareKit.Fw("Downloading") + FirmwareKit.Fw("Downloaded") + k.Status(2, "Unavailable", 14100));
            Assert.AreEqual(0, k.Updater.Installs, "no install during a transaction");
            Assert.AreEqual("Downloaded", k.Fm.Status);
            k.W.Tx.PresentIdTag(2, "TAG2", k.W.Now);
            k.W.Hooks.Plugged[2] = true;
            k.W.Run(1000);
            Assert.IsNull(k.W.Tx.RunningTransaction(2), "no new session on a connector waiting for the update");
            k.W.Cs.Take();
            k.W.Tx.PresentIdTag(1, "TAG1", k.W.Now);
            k.W.Run(200);
            Assert.AreEqual(1, k.Updater.Installs);
            string frames = k.W.Cs.Take();
            Assert.Contains("StopTransaction ", frames);
            Assert.Contains(FirmwareKit.Fw("Installing"), frames);
        }

        [TestMethod]
        public void Update_waits_for_retrieveDate_and_survives_a_reboot()
        {
            var k = new FirmwareKit(1).Idle();
            k.Call("UpdateFirmware", "{\"location\":\"http://fw.example/cp.bin\",\"retrieveDate\":\"" + k.T(60000) + "\"}");
            k.W.Run(30000);
            Assert.AreEqual(0, k.Updater.Downloads);
            Assert.AreEqual("", k.W.Cs.Take());
            k.Reboot();
            k.W.Run(2000);
            k.W.Cs.Take();
            k.W.Run(25000);
            Assert.AreEqual(0, k.Updater.Downloads, "world 59.1 s");
            k.W.Run(1000);
            Assert.AreEqual(1, k.Updater.Downloads);
            Expect(k, FirmwareKit.Fw("Downloading"));
        }

        [TestMethod]
        public void TC_045_1_Get_diagnostics()
        {
            var k = new FirmwareKit(1).Idle();
            Assert.AreEqual("Idle", k.Fm.Diagnostics.Status);
            Assert.AreEqual("{\"fileName\":\"diagnostics.log\"}", k.Call("GetDiagnostics", "{\"location\":\"ftp://logs.example/upload/\"}"));
            k.W.Run(100);
            Expect(k, FirmwareKit.Diag("Uploading"));
            Assert.AreEqual("Uploading", k.Fm.Diagnostics.Status);
            Assert.AreEqual("ftp://logs.example/upload/", k.Uploader.LastLocation);
            Assert.AreEqual("{}", k.Call("GetDiagnostics", "{\"location\":\"ftp://logs.example/upload/\"}"), "busy: no second file");
            k.W.Run(5000);
            Expect(k, FirmwareKit.Diag("Uploaded"));
            Assert.AreEqual("Idle", k.Fm.Diagnostics.Status);
            Assert.AreEqual(1, k.Uploader.Uploads);
        }

        [TestMethod]
        public void TC_045_2_Get_diagnostics_upload_failed()
        {
            var k = new FirmwareKit(1).Idle();
            k.Uploader.FailingUploads = 2;
            Assert.AreEqual("{\"fileName\":\"diagnostics.log\"}", k.Call("GetDiagnostics", "{\"location\":\"ftp://logs.example/upload/\",\"retries\":1,\"retryInterval\":10}"));
            k.W.Run(30000);
            Expect(k, FirmwareKit.Diag("Uploading") + FirmwareKit.Diag("UploadFailed"));
            Assert.AreEqual(2, k.Uploader.Uploads, "one retry");
            Assert.AreEqual("Idle", k.Fm.Diagnostics.Status);
            // Normal operation continues.
            k.W.Hooks.Plugged[1] = true;
            k.W.Tx.PresentIdTag(1, "TAG1", k.W.Now);
            k.W.Run(1000);
            Assert.IsNotNull(k.W.Tx.RunningTransaction(1));
        }

        [TestMethod]
        public void Get_diagnostics_with_nothing_to_upload_has_no_fileName()
        {
            var k = new FirmwareKit(1).Idle();
            k.Uploader.FileName = null;
            Assert.AreEqual("{}", k.Call("GetDiagnostics", "{\"location\":\"ftp://logs.example/upload/\"}"));
            k.W.Run(1000);
            Assert.AreEqual("", k.W.Cs.Take());
        }

        [TestMethod]
        public void Keys_and_profile()
        {
            var k = new FirmwareKit(1).Idle();
            Assert.AreEqual("{\"configurationKey\":[" +
                "{\"key\":\"SupportedFeatureProfiles\",\"readonly\":true,\"value\":\"Core,FirmwareManagement\"}," +
                "{\"key\":\"SupportedFileTransferProtocols\",\"readonly\":true,\"value\":\"HTTP,HTTPS\"}]}",
                k.Call("GetConfiguration", "{\"key\":[\"SupportedFeatureProfiles\",\"SupportedFileTransferProtocols\"]}"));
            Assert.AreEqual("{\"status\":\"Rejected\"}", k.Call("ChangeConfiguration", "{\"key\":\"SupportedFileTransferProtocols\",\"value\":\"FTP\"}"));
        }

        private static void Expect(FirmwareKit k, string expected)
        {
            string actual = k.W.Cs.Take();
            Assert.AreEqual(expected, actual, "actual frames:\n" + actual);
        }
    }
}
