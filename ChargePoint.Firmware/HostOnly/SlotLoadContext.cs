using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using ChargePoint.Firmware.Loader;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.HostOnly
{
    /// <summary>
    /// The assemblies of one application slot, loaded from their verified bytes into a collectible context (the host's
    /// Assembly.Load(byte[])). The loader's own assembly (ChargePoint.Firmware.Loader, with SHA-256 and the storage
    /// interface: the loader ABI) and the framework come from the default context; everything else must be in the slot.
    /// </summary>
    public sealed class SlotLoadContext : AssemblyLoadContext
    {
        private static readonly string[] Shared = { "ChargePoint.Firmware.Loader" };

        private readonly IStorage _storage;
        private readonly int _slot;
        private readonly Dictionary<string, string> _files = new Dictionary<string, string>(StringComparer.Ordinal);

        public SlotLoadContext(IStorage storage, SlotManifest manifest, int slot)
            : base("slot " + Slot.Name(slot), true)
        {
            _storage = storage;
            _slot = slot;
            foreach (SlotFile file in manifest.Files)
            {
                if (file.Name.EndsWith(".dll", StringComparison.Ordinal))
                {
                    _files[file.Name.Substring(0, file.Name.Length - 4)] = file.Name;
                }
            }
        }

        /// <summary>The entry type, searched in the slot's assemblies; null when none defines it.</summary>
        public Type FindType(string typeName)
        {
            foreach (string name in _files.Keys)
            {
                Type type = LoadFromAssemblyName(new AssemblyName(name)).GetType(typeName, false);
                if (type != null)
                {
                    return type;
                }
            }

            return null;
        }

        protected override Assembly Load(AssemblyName assemblyName)
        {
            string name = assemblyName.Name;
            if (name == null || Array.IndexOf(Shared, name) >= 0 || !_files.TryGetValue(name, out string file))
            {
                return null;
            }

            byte[] bytes = _storage.Read(Slot.FileRecord(_slot, file)) ?? throw new FileNotFoundException("slot " + Slot.Name(_slot) + " lost " + file);
            return LoadFromStream(new MemoryStream(bytes));
        }
    }
}
