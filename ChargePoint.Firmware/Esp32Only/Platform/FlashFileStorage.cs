using System.Collections;
using System.IO;
using System.Text;
using ChargePoint.Hal;

namespace ChargePoint.Firmware.Esp32Only.Platform
{
    /// <summary>
    /// Records as files on the internal flash (drive I:\). nanoFramework's File.Move does not replace an
    /// existing file, so an atomic write is: write "name.new" and flush; delete "name"; rename "name.new".
    /// Recovery at start-up: "name.new" alone is complete (the old file is only deleted after it was
    /// flushed) and is renamed; "name.new" beside "name" may be torn and is deleted.
    /// </summary>
    public sealed class FlashFileStorage : IStorage
    {
        private const string NewSuffix = ".new";
        private readonly string _root;

        public FlashFileStorage(string root)
        {
            _root = root;
            if (!Directory.Exists(_root))
            {
                Directory.CreateDirectory(_root);
            }

            Recover();
        }

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public int ReadAt(string name, int offset, byte[] buffer, int count)
        {
            string path = PathOf(name);
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

        public void Write(string name, byte[] data)
        {
            string path = PathOf(name);
            string fresh = path + NewSuffix;
            if (File.Exists(fresh))
            {
                File.Delete(fresh);
            }

            using (var stream = new FileStream(fresh, FileMode.Create, FileAccess.Write))
            {
                stream.Write(data, 0, data.Length);
                stream.Flush();
            }

            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(fresh, path);
        }

        public void Append(string name, byte[] data, int offset, int count)
        {
            using (var stream = new FileStream(PathOf(name), FileMode.Append, FileAccess.Write))
            {
                stream.Write(data, offset, count);
                stream.Flush();
            }
        }

        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        public bool Exists(string name)
        {
            return File.Exists(PathOf(name));
        }

        public string[] List()
        {
            string[] files = Directory.GetFiles(_root);
            var names = new ArrayList();
            for (int i = 0; i < files.Length; i++)
            {
                string fileName = Path.GetFileName(files[i]);
                if (!fileName.EndsWith(NewSuffix))
                {
                    names.Add(Unescape(fileName));
                }
            }

            var result = new string[names.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (string)names[i];
            }

            return result;
        }

        private void Recover()
        {
            string[] files = Directory.GetFiles(_root);
            for (int i = 0; i < files.Length; i++)
            {
                string fresh = files[i];
                if (!fresh.EndsWith(NewSuffix))
                {
                    continue;
                }

                string path = fresh.Substring(0, fresh.Length - NewSuffix.Length);
                if (File.Exists(path))
                {
                    File.Delete(fresh);
                }
                else
                {
                    File.Move(fresh, path);
                }
            }
        }

        private string PathOf(string name)
        {
            return Path.Combine(_root, Escape(name));
        }

        /// <summary>Letters, digits, '-' and '_' stay; any other byte becomes %XX (FAT-safe names).</summary>
        private static string Escape(string name)
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

        private static string Unescape(string fileName)
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
    }
}
