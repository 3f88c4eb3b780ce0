using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Compiles C# the way a Release device build does: C# 9, the project's nullable setting, NANOFRAMEWORK_1_0 defined, optimized,
    /// -nostdlib against the official nanoFramework mscorlib plus the given nanoFramework reference assemblies and
    /// project outputs. In memory; the image is returned.
    /// </summary>
    public static class DeviceCompiler
    {
        public static CSharpParseOptions ParseOptions
        {
            get { return new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" }); }
        }

        /// <param name="root">Error paths are written relative to this folder.</param>
        public static DeviceCompileResult Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool exe,
            IEnumerable<MetadataReference> references, string root)
        {
            return Compile(assemblyName, trees, exe, references, root, NullableContextOptions.Enable);
        }

        /// <param name="nullable">The project's &lt;Nullable&gt; setting (the device projects disable the metadata).</param>
        public static DeviceCompileResult Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool exe,
            IEnumerable<MetadataReference> references, string root, NullableContextOptions nullable)
        {
            var options = new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
            var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            stream.Position = 0;
            return new DeviceCompileResult(result.Success ? stream : null, result.Diagnostics, root);
        }

        /// <summary>Compiles the files of a project (paths absolute).</summary>
        public static DeviceCompileResult CompileFiles(string assemblyName, IEnumerable<string> files, bool exe,
            IEnumerable<MetadataReference> references, string root, NullableContextOptions nullable)
        {
            var trees = new List<SyntaxTree>();
            foreach (string file in files)
            {
                trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file));
            }

            return Compile(assemblyName, trees, exe, references, root, nullable);
        }

        /// <summary>Compiles one source text as a library against mscorlib and the named nanoFramework assemblies.</summary>
        public static DeviceCompileResult CompileSource(string assemblyName, string source, NanoReferenceAssemblies nano,
            IEnumerable<string> assemblies)
        {
            var references = new List<MetadataReference> { nano.Mscorlib };
            foreach (string a in assemblies)
            {
                MetadataReference? r = nano.For(a);
                if (r != null && !references.Contains(r))
                {
                    references.Add(r);
                }
            }

            return Compile(assemblyName, new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, "Probe.cs") }, false, references, "");
        }
    }
}
