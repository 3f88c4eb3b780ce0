using System.Text;
using ChargePoint.Firmware.Loader;

namespace ChargePoint.Hal.Simulation
{
    /// <summary>
    /// Writes a <see cref="SlotManifest"/> as bundle header text (the format is in SlotManifest's comment). Here, not in
    /// the loader: only the bundle tool and the tests write manifests, the device only parses them.
    /// </summary>
    public static class ManifestText
    {
        /// <summary>The manifest as text (ending with "end\n").</summary>
        public static string Of(SlotManifest m)
        {
            var sb = new StringBuilder();
            sb.Append(LoaderAbi.Magic).Append('\n');
            sb.Append("board ").Append(m.Board).Append('\n');
            sb.Append("loader-abi ").Append(m.LoaderAbiVersion.ToString()).Append('\n');
            sb.Append("version ").Append(m.Version).Append('\n');
            sb.Append("entry ").Append(m.EntryType).Append('\n');
            for (int i = 0; i < m.Files.Length; i++)
            {
                SlotFile f = m.Files[i];
                sb.Append("file ").Append(f.Name).Append(' ').Append(f.Length.ToString()).Append(' ').Append(f.Sha256Hex).Append('\n');
            }

            sb.Append("end\n");
            return sb.ToString();
        }

        public static byte[] Bytes(SlotManifest m) => Encoding.UTF8.GetBytes(Of(m));
    }
}
