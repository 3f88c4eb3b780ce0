using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The nanoFramework assemblies a device project compiles against: the official mscorlib.dll (NuGet
    /// nanoFramework.CoreLibrary) and, for every other assembly of <see cref="NanoPackages"/>, a reference assembly
    /// generated from eng/nanoframework-api/sig/&lt;Assembly&gt;.txt by <see cref="NanoStubGenerator"/>. Each is compiled
    /// with -nostdlib against mscorlib and the generated assemblies it depends on, is named as the real one and carries
    /// the package version as a.b.c.0 (<see cref="NanoPackage.AssemblyVersion"/>). Dependencies are derived from the sig
    /// file: an assembly depends on every other assembly that declares a type its signatures mention
    /// (System.Net.WebSockets mentions System.Net.IPEndPoint, so it references System.Net).
    /// </summary>
    public sealed class NanoReferenceAssemblies
    {
        private static readonly Regex DottedName = new Regex(@"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+", RegexOptions.Compiled);
        private static readonly object CacheGate = new object();
        private static readonly Dictionary<string, NanoReferenceAssemblies> Cache = new Dictionary<string, NanoReferenceAssemblies>(StringComparer.Ordinal);

        private readonly Dictionary<string, byte[]> _images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly Dictionary<string, MetadataReference> _references = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);

        private NanoReferenceAssemblies(string mscorlibPath)
        {
            MscorlibPath = mscorlibPath;
            Mscorlib = MetadataReference.CreateFromFile(mscorlibPath);
            _references["mscorlib"] = Mscorlib;
        }

        public string MscorlibPath { get; }

        public MetadataReference Mscorlib { get; }

        /// <summary>Assembly → the nanoFramework assemblies its reference assembly references (besides mscorlib).</summary>
        public Dictionary<string, List<string>> Dependencies { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        /// <summary>"Assembly: sig line: error" for each sig line the stub compiler rejected (expected: none).</summary>
        public List<string> Dropped { get; } = new List<string>();

        /// <summary>The generation order (dependencies first), mscorlib excluded.</summary>
        public List<string> Order { get; } = new List<string>();

        /// <summary>Builds (once per process and sig folder) the reference assemblies of every known package.</summary>
        public static NanoReferenceAssemblies Shared(string sigDirectory)
        {
            string key = Path.GetFullPath(sigDirectory);
            lock (CacheGate)
            {
                if (!Cache.TryGetValue(key, out NanoReferenceAssemblies? built))
                {
                    built = Build(key, NanoPackages.OfficialMscorlib());
                    Cache[key] = built;
                }

                return built;
            }
        }

        public static NanoReferenceAssemblies Build(string sigDirectory, string mscorlibPath)
        {
            var result = new NanoReferenceAssemblies(mscorlibPath);

            // Every sig file, parsed; which assembly declares which type (full names, nested included).
            var sigTypes = new Dictionary<string, List<SigType>>(StringComparer.Ordinal);
            var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
            var assemblies = new List<string>();
            foreach (NanoPackage package in NanoPackages.All)
            {
                foreach (string assembly in package.Assemblies)
                {
                    assemblies.Add(assembly);
                    List<SigType> types = File.Exists(Path.Combine(sigDirectory, assembly + ".txt"))
                        ? SigParser.Load(sigDirectory, assembly) : new List<SigType>();
                    sigTypes[assembly] = types;
                    foreach (SigType t in types)
                    {
                        if (!declaredIn.ContainsKey(t.FullName))
                        {
                            declaredIn[t.FullName] = assembly;
                        }
                    }
                }
            }

            foreach (string assembly in assemblies)
            {
                if (assembly != "mscorlib")
                {
                    result.Dependencies[assembly] = SigDependencies(sigDirectory, assembly, declaredIn);
                }
            }

            var visiting = new HashSet<string>(StringComparer.Ordinal);
            foreach (string assembly in assemblies)
            {
                if (assembly != "mscorlib")
                {
                    result.Generate(assembly, sigTypes, visiting);
                }
            }

            return result;
        }

        /// <summary>The reference for an assembly name (mscorlib included), or null when no package ships it.</summary>
        public MetadataReference? For(string assembly)
        {
            return _references.TryGetValue(assembly, out MetadataReference? r) ? r : null;
        }

        public byte[]? Image(string assembly)
        {
            return _images.TryGetValue(assembly, out byte[]? image) ? image : null;
        }

        /// <summary>Writes mscorlib.dll and the generated assemblies to <paramref name="directory"/> (for inspection).</summary>
        public void WriteTo(string directory)
        {
            Directory.CreateDirectory(directory);
            File.Copy(MscorlibPath, Path.Combine(directory, "mscorlib.dll"), true);
            foreach (KeyValuePair<string, byte[]> image in _images)
            {
                // Named as in the package (nanoFramework.UnitTestLauncher is an .exe there).
                string file = image.Key + ".dll";
                foreach (string f in NanoPackages.ShippingAssembly(image.Key)!.Files)
                {
                    if (Path.GetFileNameWithoutExtension(f) == image.Key)
                    {
                        file = f;
                    }
                }

                File.WriteAllBytes(Path.Combine(directory, file), image.Value);
            }
        }

        /// <summary>The other assemblies that declare a type the sig file of <paramref name="assembly"/> mentions.</summary>
        private static List<string> SigDependencies(string sigDirectory, string assembly, Dictionary<string, string> declaredIn)
        {
            var deps = new SortedSet<string>(StringComparer.Ordinal);
            string path = Path.Combine(sigDirectory, assembly + ".txt");
            if (File.Exists(path))
            {
                foreach (string raw in File.ReadAllLines(path))
                {
                    if (raw.StartsWith("#", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (Match m in DottedName.Matches(raw))
                    {
                        // The longest prefix that names a declared type (System.Net.IPEndPoint.Address -> System.Net.IPEndPoint).
                        string name = m.Value;
                        while (true)
                        {
                            if (declaredIn.TryGetValue(name, out string? owner))
                            {
                                if (owner != assembly && owner != "mscorlib")
                                {
                                    deps.Add(owner);
                                }

                                break;
                            }

                            int dot = name.LastIndexOf('.');
                            if (dot < 0)
                            {
                                break;
                            }

                            name = name.Substring(0, dot);
                        }
                    }
                }
            }

            return new List<string>(deps);
        }

        private void Generate(string assembly, Dictionary<string, List<SigType>> sigTypes, HashSet<string> visiting)
        {
            if (_references.ContainsKey(assembly))
            {
                return;
            }

            if (!visiting.Add(assembly))
            {
                throw new InvalidOperationException("Cyclic dependency between the sig files at " + assembly);
            }

            // Dependencies first; the generator sees their types (and mscorlib's) as already compiled "base" types.
            var known = new List<SigType>(sigTypes["mscorlib"]);
            var references = new List<MetadataReference> { Mscorlib };
            foreach (string dep in Transitive(assembly))
            {
                Generate(dep, sigTypes, visiting);
                references.Add(_references[dep]);
                known.AddRange(sigTypes[dep]);
            }

            var stubbed = new List<string>();
            foreach (SigType t in sigTypes[assembly])
            {
                known.Add(t);
                if (t.Outer == null && !t.IsGeneric)
                {
                    stubbed.Add(t.FullName);
                }
            }

            CSharpCompilation baseTypes = CSharpCompilation.Create("bases", null, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var generator = new NanoStubGenerator(known, stubbed, baseTypes);
            NanoPackage package = NanoPackages.ShippingAssembly(assembly)!;
            byte[] image = generator.Compile(assembly, references, package.AssemblyVersion);
            foreach (string dropped in generator.Dropped)
            {
                Dropped.Add(assembly + ": " + dropped);
            }

            _images[assembly] = image;
            _references[assembly] = MetadataReference.CreateFromImage(image, filePath: assembly + ".dll");
            Order.Add(assembly);
        }

        /// <summary>Direct and indirect dependencies, nearest first.</summary>
        public List<string> Transitive(string assembly)
        {
            var all = new List<string>();
            var queue = new Queue<string>();
            queue.Enqueue(assembly);
            while (queue.Count > 0)
            {
                string next = queue.Dequeue();
                if (!Dependencies.TryGetValue(next, out List<string>? deps))
                {
                    continue;
                }

                foreach (string d in deps)
                {
                    if (d != assembly && !all.Contains(d))
                    {
                        all.Add(d);
                        queue.Enqueue(d);
                    }
                }
            }

            return all;
        }
    }
}
