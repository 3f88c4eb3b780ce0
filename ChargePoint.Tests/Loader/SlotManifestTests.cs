using ChargePoint.Firmware.Loader;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Loader
{
    [TestClass]
    public class SlotManifestTests
    {
        private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        private static string Text(string fileLines) => Text(fileLines, "2", "0.2.0", "end\n");

        private static string Text(string fileLines, string abi, string version, string end) =>
            "CPBUNDLE 1\nboard esp32-wrover-devkit\nloader-abi " + abi + "\nversion " + version + "\nentry App.Entry\n" + fileLines + end;

        [TestMethod]
        public void A_manifest_parses_and_writes_back_the_same_text()
        {
            string text = Text("file App.pe 100 " + Digest + "\nfile Lib.pe 7 " + Digest + "\n");
            string error;
            SlotManifest? m = SlotManifest.Parse(text, out error);
            Assert.IsNotNull(m, error);
            Assert.AreEqual("esp32-wrover-devkit", m!.Board);
            Assert.AreEqual(LoaderAbi.Version, m.LoaderAbiVersion);
            Assert.AreEqual("0.2.0", m.Version);
            Assert.AreEqual("App.Entry", m.EntryType);
            Assert.AreEqual(2, m.Files.Length);
            Assert.AreEqual(107, m.Files[0].Length + m.Files[1].Length, "the payload: a bundle is exactly header + these bytes");
            Assert.AreEqual(text, ChargePoint.Hal.Simulation.ManifestText.Of(m));
            Assert.IsNull(m.CompatibilityError("esp32-wrover-devkit"));
        }

        [TestMethod]
        public void A_manifest_for_another_board_or_loader_is_refused_with_a_clear_reason()
        {
            string error;
            SlotManifest m = SlotManifest.Parse(Text("file App.pe 1 " + Digest + "\n"), out error)!;
            Assert.AreEqual("bundle is for board esp32-wrover-devkit, this is esp32-s3-devkitc-1", m.CompatibilityError("esp32-s3-devkitc-1"));
            SlotManifest other = SlotManifest.Parse(Text("file App.pe 1 " + Digest + "\n", "1", "0.2.0", "end\n"), out error)!;
            Assert.AreEqual("bundle is for loader ABI 1, this is 2", other.CompatibilityError("esp32-wrover-devkit"));
        }

        [TestMethod]
        public void File_names_take_letters_digits_dot_dash_underscore_up_to_64_chars()
        {
            string error;
            string name = "My_App-2.PE" + new string('z', 53);
            SlotManifest? m = SlotManifest.Parse(Text("file " + name + " 1 " + Digest + "\n"), out error);
            Assert.IsNotNull(m, error);
            Assert.AreEqual(name, m!.Files[0].Name);
        }

        [TestMethod]
        public void Malformed_manifests_are_refused()
        {
            string[] bad =
            {
                string.Empty,
                "CPBUNDLE 2\n",
                Text(string.Empty),
                Text("file App.pe 1 " + Digest.ToUpper() + "\n"),
                Text("file App.pe -1 " + Digest + "\n"),
                Text("file ../x.pe 1 " + Digest + "\n"),
                Text("file .hidden 1 " + Digest + "\n"),
                Text("file " + new string('a', 65) + " 1 " + Digest + "\n"),
                Text("file App.pe 1 " + Digest.Substring(1) + "\n"),
                Text("file App.pe 1 " + Digest.Substring(1) + "g\n"),
                Text("file App.pe 1 " + Digest + "\nfile App.pe 2 " + Digest + "\n"),
                Text("file App.pe 1 " + Digest + "\n", "2", "0 2", "end\n"),
                Text("file App.pe 1 " + Digest + "\n", "2", "0.2.0", "end\nx"),
                Text("file App.pe 1 " + Digest + "\n", "2", "0.2.0", string.Empty),
                // numbers only as written by the writer: the slot stores the manifest as received
                Text("file App.pe 01 " + Digest + "\n"),
                Text("file App.pe +1 " + Digest + "\n"),
                Text("file App.pe 1 " + Digest + "\n", "01", "0.2.0", "end\n"),
            };
            for (int i = 0; i < bad.Length; i++)
            {
                string error;
                Assert.IsNull(SlotManifest.Parse(bad[i], out error), "case " + i);
                Assert.IsTrue(error.Length > 0, "case " + i);
            }
        }
    }
}
