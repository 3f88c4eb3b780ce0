using System.Collections;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// The text header of a bundle, kept as the slot's manifest. UTF-8 lines ending with '\n':
    /// <code>
    /// CPBUNDLE 1
    /// board esp32-wrover-devkit
    /// loader-abi 1
    /// version 0.2.0
    /// entry ChargePoint.Firmware.Esp32Only.Program
    /// file ChargePoint.Ocpp.pe 48120 3f0a...(64 hex)
    /// end
    /// </code>
    /// then, in a bundle, the files' bytes back to back in manifest order. Nothing may follow the last file.
    /// The device only parses manifests; the writer is ManifestText (Hal.Simulation: the bundle tool and the tests).
    /// </summary>
    public sealed class SlotManifest
    {
        public SlotManifest(string board, int abi, string version, string entryType, SlotFile[] files)
        {
            Board = board;
            LoaderAbiVersion = abi;
            Version = version;
            EntryType = entryType;
            Files = files;
        }

        public readonly string Board;

        public readonly int LoaderAbiVersion;

        /// <summary>The application's firmware version (BootNotification firmwareVersion: at most 50 chars).</summary>
        public readonly string Version;

        /// <summary>The type whose static Start method the loader invokes.</summary>
        public readonly string EntryType;

        public readonly SlotFile[] Files;

        /// <summary>
        /// Parses a manifest (text up to and including "end"); null with error set when it is malformed. Numbers must be
        /// written plainly ("1", not "01" or "+1"): an accepted manifest is then stored as received, byte for byte what
        /// the writer (ManifestText) makes of it.
        /// </summary>
        public static SlotManifest Parse(string text, out string error)
        {
            string[] lines = text.Split(new char[] { '\n' });
            if (lines.Length < 6 || lines[0] != LoaderAbi.Magic)
            {
                error = "not a bundle";
                return null;
            }

            string board = Value(lines[1], "board ");
            string abiText = Value(lines[2], "loader-abi ");
            string version = Value(lines[3], "version ");
            string entry = Value(lines[4], "entry ");
            int abi;
            if (board == null || abiText == null || version == null || entry == null || !int.TryParse(abiText, out abi) || abiText != abi.ToString())
            {
                error = "bad manifest header";
                return null;
            }

            if (!IsToken(board, 40) || !IsToken(version, 50) || !IsToken(entry, 200))
            {
                error = "bad board, version or entry";
                return null;
            }

            var files = new ArrayList();
            int i = 5;
            for (; i < lines.Length && lines[i] != "end"; i++)
            {
                string[] parts = lines[i].Split(new char[] { ' ' });
                int length;
                if (parts.Length != 4 || parts[0] != "file" || !IsName(parts[1], false) || !int.TryParse(parts[2], out length) || length < 0
                    || parts[2] != length.ToString()
                    || !IsName(parts[3], true))
                {
                    error = "bad file line " + (i + 1).ToString();
                    return null;
                }

                var file = new SlotFile(parts[1], length, parts[3]);
                for (int j = 0; j < files.Count; j++)
                {
                    if (((SlotFile)files[j]).Name == file.Name)
                    {
                        error = file.Name + " twice";
                        return null;
                    }
                }

                files.Add(file);
                if (files.Count > LoaderAbi.MaxFiles)
                {
                    error = "more than " + LoaderAbi.MaxFiles.ToString() + " files";
                    return null;
                }
            }

            // "end" then the empty string after its '\n' (a manifest record) or nothing (text cut at "end")
            if (i >= lines.Length || i < lines.Length - 2 || (i == lines.Length - 2 && lines[i + 1].Length != 0))
            {
                error = "no end line";
                return null;
            }

            if (files.Count == 0)
            {
                error = "no files";
                return null;
            }

            var array = new SlotFile[files.Count];
            for (int k = 0; k < array.Length; k++)
            {
                array[k] = (SlotFile)files[k];
            }

            error = string.Empty;
            return new SlotManifest(board, abi, version, entry, array);
        }

        /// <summary>Why this manifest cannot run under this loader on this board; null when it can.</summary>
        public string CompatibilityError(string boardId)
        {
            if (LoaderAbiVersion != LoaderAbi.Version)
            {
                return "bundle is for loader ABI " + LoaderAbiVersion.ToString() + ", this is " + LoaderAbi.Version.ToString();
            }

            if (Board != boardId)
            {
                return "bundle is for board " + Board + ", this is " + boardId;
            }

            return null;
        }

        /// <summary>The rest of line after key, or null when line does not start with key or has nothing after it (also the boot record's fields).</summary>
        internal static string Value(string line, string key) => line.Length > key.Length && line.Substring(0, key.Length) == key ? line.Substring(key.Length) : null;

        private static bool IsToken(string s, int max)
        {
            if (s.Length == 0 || s.Length > max)
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] <= ' ' || s[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A file name (sha false: letters, digits, '.', '-', '_'; not starting with '.'; at most 64 chars, a FAT-safe
        /// record name) or a SHA-256 (sha true: 64 lower-case hex digits). One method for both: one row in the .pe.
        /// </summary>
        private static bool IsName(string s, bool sha)
        {
            if (sha ? s.Length != 64 : s.Length == 0 || s.Length > 64 || s[0] == '.')
            {
                return false;
            }

            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                    || (!sha && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_'))))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
