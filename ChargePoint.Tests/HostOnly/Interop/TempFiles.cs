using System;
using System.Collections.Generic;
using System.IO;

namespace ChargePoint.Tests.HostOnly.Interop
{
    /// <summary>Files a test made (bundles), deleted when it ends.</summary>
    public sealed class TempFiles : IDisposable
    {
        private readonly List<string> _paths = new List<string>();

        public string Add(string path)
        {
            _paths.Add(path);
            return path;
        }

        public void Dispose()
        {
            foreach (string path in _paths)
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
