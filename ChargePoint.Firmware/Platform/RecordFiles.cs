using System.IO;
using System.Text;

namespace ChargePoint.Firmware.Platform
{
    /// <summary>
    /// What the two file-backed stores share (the ESP32 flash store and the host directory store): record names as
    /// FAT-safe file names, and chunked reads. Compiled by both builds of the executable.
    /// </summary>
    public static class RecordFiles
    {
        /// <summary>Letters, digits, '-' and '_' stay; every other UTF-8 byte (including '.') becomes %XX.</summary>
        public static string Escape(string name)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(name);
            var sb = new StringBuilder();
            for (int i = 0; i < bytes.Length; i++)
            {
                char c = (char)bytes[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
                {
                    sb.Append(c);
                }
                else
                {
                    sb.Append('%');
                    sb.Append(bytes[i].ToString("X2"));
                }
            }

            return sb.ToString();
        }

        public static string Unescape(string fileName)
        {
            var bytes = new byte[fileName.Length];
            int n = 0;
            for (int i = 0; i < fileName.Length; i++)
            {
                if (fileName[i] == '%' && i + 2 < fileName.Length)
                {
                    bytes[n++] = (byte)System.Convert.ToInt32(fileName.Substring(i + 1, 2), 16);
                    i += 2;
                }
                else
                {
                    bytes[n++] = (byte)fileName[i];
                }
            }

            return Encoding.UTF8.GetString(bytes, 0, n);
        }

        /// <summary>IStorage.ReadAt over a file: up to count bytes from offset into buffer[0..]; 0 past the end or without the file.</summary>
        public static int ReadAt(string path, int offset, byte[] buffer, int count)
        {
            if (!File.Exists(path))
            {
                return 0;
            }

            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                if (offset >= stream.Length)
                {
                    return 0;
                }

                stream.Seek(offset, SeekOrigin.Begin);
                int total = 0;
                while (total < count)
                {
                    int n = stream.Read(buffer, total, count - total);
                    if (n <= 0)
                    {
                        break;
                    }

                    total += n;
                }

                return total;
            }
        }
    }
}
