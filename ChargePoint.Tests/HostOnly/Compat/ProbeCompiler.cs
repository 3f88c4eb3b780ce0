using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>Compiles a probe assembly in memory with the same language settings as the host build.</summary>
    public static class ProbeCompiler
    {
        /// <summary>The host runtime's framework assemblies (System.*, netstandard, mscorlib), as compile references.</summary>
        public static List<MetadataReference> HostReferences()
        {
            var references = new List<MetadataReference>();
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            foreach (string path in tpa.Split(Path.PathSeparator))
            {
                string file = Path.GetFileName(path);
                if (file.StartsWith("System.", StringComparison.Ordinal) || file == "netstandard.dll" || file == "mscorlib.dll")
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            return references;
        }

        public static MemoryStream Compile(string assemblyName, string source)
        {
            List<MetadataReference> references = HostReferences();

            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                references, options);

            var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                var errors = new List<string>();
                foreach (Diagnostic d in result.Diagnostics)
                {
                    if (d.Severity == DiagnosticSeverity.Error)
                    {
                        errors.Add(d.ToString());
                    }
                }

                throw new InvalidOperationException("Probe does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
            }

            stream.Position = 0;
            return stream;
        }
    }
}
