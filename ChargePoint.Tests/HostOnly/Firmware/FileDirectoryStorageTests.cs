using System;
using System.IO;
using ChargePoint.Tests.HostOnly.Interop;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Firmware
{
    /// <summary>
    /// The host's --storage directory, seen from outside the process: one file per record (names escaped), atomic
    /// replacement (temp file + rename), and a temp file left by a crash mid-write is ignored and cleaned up.
    /// </summary>
    [TestClass]
    public class FileDirectoryStorageTests
    {
        private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

        [TestMethod]
        public void A_write_torn_by_a_crash_leaves_the_old_record_and_the_temp_file_is_cleaned_up()
        {
            string dir = Path.Combine(Path.GetTempPath(), "cp-store-" + Guid.NewGuid().ToString("N"));
            try
            {
                using (var fw = new FirmwareProcess("--storage", dir))
                {
                    fw.WaitForLine("type 'help' for commands", Wait);
                    fw.Type("config set MaxCurrent 12");
                    fw.WaitForLine("ok: MaxCurrent = 12", Wait);
                    fw.Type("quit");
                    Assert.IsTrue(fw.WaitForExit(Wait));
                }

                string record = Path.Combine(dir, "device-settings");
                string before = File.ReadAllText(record);
                Assert.Contains("MaxCurrent=12\n", before);
                Assert.IsTrue(File.Exists(Path.Combine(dir, "ocpp%2Eboot")), "record names are escaped into file names");
                Assert.AreEqual(0, Directory.GetFiles(dir, "*.tmp").Length, "no temp files after clean writes");

                // What a crash between writing the temp file and the rename leaves behind.
                File.WriteAllText(record + ".tmp", "MaxCurrent=40\ncrc=000");
                using (var again = new FirmwareProcess("--storage", dir))
                {
                    again.WaitForLine("type 'help' for commands", Wait);
                    again.Type("config get MaxCurrent");
                    again.WaitForLine("MaxCurrent = 12", Wait);
                    Assert.IsFalse(File.Exists(record + ".tmp"), "leftover temp file removed at start-up");
                }
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }
    }
}
