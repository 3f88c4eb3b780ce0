using System.Collections;
using System.IO;
using ChargePoint.Firmware.Platform;
using ChargePoint.Hal;
using ChargePoint.Ocpp.Platform;

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

            // Recovery (see the class comment): a lone "name.new" is complete and renamed, one beside "name" is deleted.
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

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public int ReadAt(string name, int offset, byte[] buffer, int count)
        {
            return RecordFiles.ReadAt(PathOf(name), offset, buffer, count);
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
                    names.Add(RecordFiles.Unescape(fileName));
                }
            }

            return (string[])names.ToArray(typeof(string));
        }

        private string PathOf(string name)
        {
            return Path.Combine(_root, RecordFiles.Escape(name));
        }
    }
}
