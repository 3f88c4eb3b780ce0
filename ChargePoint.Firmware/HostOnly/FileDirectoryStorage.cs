using System;
using System.Collections.Generic;
using System.IO;
using ChargePoint.Firmware.Platform;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// Records as files in one directory (<c>--storage DIR</c>). Write is atomic: the bytes go to a temp file,
    /// are flushed to disk, and the temp file is renamed over the record. Leftover temp files (a crash
    /// mid-write) are deleted at start-up. Record names are escaped into safe file names.
    /// </summary>
    public sealed class FileDirectoryStorage : IStorage
    {
        private const string TempSuffix = ".tmp";
        private readonly string _directory;

        public FileDirectoryStorage(string directory)
        {
            _directory = Path.GetFullPath(directory);
            Directory.CreateDirectory(_directory);
            foreach (var file in Directory.GetFiles(_directory, "*" + TempSuffix))
            {
                File.Delete(file);
            }
        }

        public string DirectoryPath => _directory;

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
            string temp = path + TempSuffix;
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(data, 0, data.Length);
                stream.Flush(true);
            }

            File.Move(temp, path, true);
        }

        public void Append(string name, byte[] data, int offset, int count)
        {
            using var stream = new FileStream(PathOf(name), FileMode.Append, FileAccess.Write, FileShare.None);
            stream.Write(data, offset, count);
            stream.Flush(true);
        }

        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        public bool Exists(string name) => File.Exists(PathOf(name));

        public string[] List()
        {
            var names = new List<string>();
            foreach (var file in Directory.GetFiles(_directory))
            {
                string fileName = Path.GetFileName(file);
                if (!fileName.EndsWith(TempSuffix, StringComparison.Ordinal))
                {
                    names.Add(RecordFiles.Unescape(fileName));
                }
            }

            names.Sort(StringComparer.Ordinal);
            return names.ToArray();
        }

        private string PathOf(string name) => Path.Combine(_directory, RecordFiles.Escape(name));
    }
}
