using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The references a device project compiles against on the host: the BCL standing in for nano's mscorlib-level
    /// types, plus stubs generated from eng/nanoframework-api/sig/ for everything else the project's packages declare.
    /// <list type="bullet">
    /// <item>BCL = the trusted platform assemblies named System.*, minus every assembly (other than
    /// System.Private.CoreLib and System.Runtime) that defines a type a referenced nano package also declares:
    /// System.Net.WebSockets(.Client), System.Net.Primitives, System.Net.Sockets, System.IO.Ports ... are dropped so
    /// nano's ClientWebSocket, IPAddress, SerialPort are the only ones in sight.</item>
    /// <item>Types that System.Private.CoreLib defines (String, DateTime, File, Stream, Environment, ArrayList ...)
    /// cannot be dropped: the BCL type stands in for nano's. Members nano lacks are then accepted by the compiler;
    /// the API gate over the emitted IL (<see cref="DeviceCompileTests"/>) refuses them instead. Nano-only members
    /// of those types (e.g. DateTime.FromUnixTimeSeconds) are unavailable, so code using them fails here.</item>
    /// <item>Every other non-generic type of the referenced sig files is stubbed (SpanByte, GpioController,
    /// ClientWebSocket, Configuration, Power, ...), in one in-memory assembly.</item>
    /// </list>
    /// </summary>
    public sealed class NanoReferences
    {
        private NanoReferences(List<MetadataReference> references, List<string> excluded, List<string> standIns, NanoStubGenerator stubs)
        {
            References = references;
            ExcludedBcl = excluded;
            BclStandIns = standIns;
            Stubs = stubs;
        }

        public List<MetadataReference> References { get; }

        /// <summary>BCL assemblies left out because a nano package replaces their types.</summary>
        public List<string> ExcludedBcl { get; }

        /// <summary>Nano types for which the BCL's type of the same name stands in.</summary>
        public List<string> BclStandIns { get; }

        public NanoStubGenerator Stubs { get; }

        /// <param name="sigDirectory">The folder of sig/&lt;Assembly&gt;.txt.</param>
        /// <param name="assemblies">The assemblies the device project references (its HintPaths).</param>
        public static NanoReferences Build(string sigDirectory, IEnumerable<string> assemblies)
        {
            var sigTypes = new List<SigType>();
            var declared = new Dictionary<string, SigType>(StringComparer.Ordinal);
            foreach (string assembly in assemblies)
            {
                if (!File.Exists(Path.Combine(sigDirectory, assembly + ".txt")))
                {
                    continue;
                }

                foreach (SigType t in SigParser.Load(sigDirectory, assembly))
                {
                    sigTypes.Add(t);
                    if (t.Outer == null && !t.IsGeneric && !declared.ContainsKey(t.FullName))
                    {
                        declared[t.FullName] = t;
                    }
                }
            }

            var bcl = new List<MetadataReference>();
            var excluded = new List<string>();
            var bclTypes = new HashSet<string>(StringComparer.Ordinal);
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            var paths = new List<string>(tpa.Split(Path.PathSeparator));
            paths.Sort(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                string name = Path.GetFileNameWithoutExtension(path);
                if (!name.StartsWith("System.", StringComparison.Ordinal) || !path.EndsWith(".dll", StringComparison.Ordinal))
                {
                    continue;
                }

                List<string> defined = PublicTypes(path);
                bool keep = name == "System.Private.CoreLib" || name == "System.Runtime";
                if (!keep)
                {
                    foreach (string type in defined)
                    {
                        if (declared.ContainsKey(type))
                        {
                            excluded.Add(name + " (" + type + ")");
                            break;
                        }
                    }
                }

                if (keep || excluded.Count == 0 || !excluded[excluded.Count - 1].StartsWith(name + " (", StringComparison.Ordinal))
                {
                    bcl.Add(MetadataReference.CreateFromFile(path));
                    bclTypes.UnionWith(defined);
                }
            }

            var standIns = new List<string>();
            var stubbed = new List<string>();
            foreach (string type in declared.Keys)
            {
                if (bclTypes.Contains(type))
                {
                    standIns.Add(type);
                }
                else
                {
                    stubbed.Add(type);
                }
            }

            standIns.Sort(StringComparer.Ordinal);
            CSharpCompilation bclOnly = CSharpCompilation.Create("bcl", null, bcl);
            var generator = new NanoStubGenerator(sigTypes, stubbed, bclOnly);
            byte[] image = generator.Compile("NanoPlatformStubs", bcl);
            var references = new List<MetadataReference>(bcl);
            references.Add(MetadataReference.CreateFromImage(image));
            return new NanoReferences(references, excluded, standIns, generator);
        }

        /// <summary>Full names of the public top-level types an assembly defines (forwarders are not definitions).</summary>
        private static List<string> PublicTypes(string path)
        {
            var names = new List<string>();
            using (FileStream stream = File.OpenRead(path))
            using (var pe = new PEReader(stream))
            {
                if (!pe.HasMetadata)
                {
                    return names;
                }

                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
                {
                    TypeDefinition type = reader.GetTypeDefinition(handle);
                    if ((type.Attributes & System.Reflection.TypeAttributes.VisibilityMask) != System.Reflection.TypeAttributes.Public)
                    {
                        continue;
                    }

                    string ns = reader.GetString(type.Namespace);
                    names.Add(ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name));
                }
            }

            return names;
        }
    }
}
