using System.Text;
using ChargePoint.Hal;
using ChargePoint.Ocpp.Platform;
using Crc32 = ChargePoint.Ocpp.Platform.Crc32;

namespace ChargePoint.Firmware.Settings
{
    /// <summary>
    /// Persists <see cref="DeviceSettings"/> as one record ("key=value" lines and a CRC-32 line) written with
    /// <see cref="IStorage.Write"/>, which is atomic. A change is validated on a copy, written, and only then
    /// becomes <see cref="Current"/>: a rejected value or a failed write changes nothing.
    /// </summary>
    public sealed partial class SettingsStore
    {
        public const string RecordName = "device-settings";

        private readonly IStorage _storage;

        public SettingsStore(IStorage storage, string[] boards)
        {
            _storage = storage;
            Boards = boards;
            LoadStatus = "defaults";
            DeviceSettings settings = Defaults();
            Current = settings;
            byte[] data = storage.Read(RecordName);
            if (data == null)
            {
                return;
            }

            // The last 13 bytes are the CRC line of the rest (an ASCII line: equal text is equal bytes).
            int crcStart = data.Length - 13;
            if (crcStart < 0 || Encoding.UTF8.GetString(data, crcStart, 13) != CrcLine(data, crcStart))
            {
                LoadStatus = "corrupt";
                return;
            }

            string[] lines = Encoding.UTF8.GetString(data, 0, crcStart).Split(new char[] { '\n' });
            for (int i = 0; i < lines.Length; i++)
            {
                int eq = lines[i].IndexOf('=', 0);
                if (eq <= 0)
                {
                    continue;
                }

                // Empty optional values are stored as empty text; a value that no longer validates keeps its default, and
                // a key written by a newer firmware is ignored (TrySet's errors are not fatal here).
                string value = lines[i].Substring(eq + 1);
                TrySet(settings, lines[i].Substring(0, eq), value.Length == 0 ? None : value, boards);
            }

            LoadStatus = "loaded";
        }

        /// <summary>The settings in force. Do not modify it: use <see cref="Set"/>.</summary>
        public DeviceSettings Current;

        /// <summary>"loaded", "defaults" (no record) or "corrupt" (record failed its CRC; defaults used).</summary>
        public string LoadStatus;

        public readonly string[] Boards;

        /// <summary>Sets one value (null: empties an optional setting, config clear). Null on success, else the one-line error (nothing changed).</summary>
        public string Set(string key, string value)
        {
            var next = Current.Clone();
            string error = TrySet(next, key, value, Boards);
            if (error == null)
            {
                _storage.Write(RecordName, Serialize(next));
                Current = next;
            }

            return error;
        }

        /// <summary>Back to defaults: the record is deleted.</summary>
        public void FactoryReset()
        {
            if (_storage.Exists(RecordName))
            {
                _storage.Delete(RecordName);
            }

            Current = Defaults();
        }

        public DeviceSettings Defaults()
        {
            var d = new DeviceSettings();
            if (Boards.Length > 0)
            {
                bool known = false;
                for (int i = 0; i < Boards.Length; i++)
                {
                    known |= Boards[i] == d.Board;
                }

                if (!known)
                {
                    d.Board = Boards[0];
                }
            }

            return d;
        }

        public static byte[] Serialize(DeviceSettings s)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < SettingsStore.Keys.Length; i++)
            {
                string key = SettingsStore.Keys[i];
                sb.Append(key);
                sb.Append('=');
                sb.Append(SettingsStore.GetRaw(s, key));
                sb.Append('\n');
            }

            byte[] body = Encoding.UTF8.GetBytes(sb.ToString());
            return Encoding.UTF8.GetBytes(sb.Append(CrcLine(body, body.Length)).ToString());
        }

        // "crc=XXXXXXXX\n" (13 bytes), the CRC-32 of the record's first length bytes: the record's last line.
        private static string CrcLine(byte[] data, int length)
        {
            return "crc=" + Crc32.Compute(data, 0, length).ToString("X8") + "\n";
        }
    }
}
