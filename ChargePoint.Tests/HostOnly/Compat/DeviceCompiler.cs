using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// Compiles sources the way the device build does (C# 9, nullable, NANOFRAMEWORK_1_0 defined) against
    /// <see cref="NanoReferences"/> for a device project's package set, plus the host-built ChargePoint.Ocpp/Hal
    /// (their sources have no device-only code and the API gate checks them).
    /// </summary>
    public sealed class DeviceCompiler
    {
        // Building the stubs takes a second or two; the tests of one run share them (read-only after creation).
        private static readonly Lazy<DeviceCompiler> FirmwareCompiler = new Lazy<DeviceCompiler>(() => ForProject("ChargePoint.Firmware"));

        private DeviceCompiler(DeviceProject project, NanoReferences nano, List<MetadataReference> references)
        {
            Project = project;
            Nano = nano;
            References = references;
        }

        public DeviceProject Project { get; }

        public NanoReferences Nano { get; }

        public List<MetadataReference> References { get; }

        public static DeviceCompiler Firmware
        {
            get { return FirmwareCompiler.Value; }
        }

        public static DeviceCompiler ForProject(string name)
        {
            string root = RepoPaths.Root();
            DeviceProject project = DeviceProject.Load(root, name);
            NanoReferences nano = NanoReferences.Build(Path.Combine(RepoPaths.ApiListDirectory(), "sig"), project.ReferencedAssemblies());
            var references = new List<MetadataReference>(nano.References);
            foreach (string referenced in project.ProjectReferences())
            {
                references.Add(MetadataReference.CreateFromFile(RepoPaths.ProjectOutput(ProjectLayout.Folder(root, referenced), referenced + ".dll")));
            }

            return new DeviceCompiler(project, nano, references);
        }

        /// <summary>The project's &lt;Compile&gt; items as absolute paths.</summary>
        public List<string> SourceFiles()
        {
            string dir = Path.GetDirectoryName(Project.Path)!;
            var files = new List<string>();
            foreach (KeyValuePair<string, string?> item in Project.CompileItems())
            {
                files.Add(Path.GetFullPath(Path.Combine(dir, item.Key)));
            }

            return files;
        }

        /// <summary>Compiles the project's own sources (OutputType from the .nfproj).</summary>
        public DeviceCompileResult CompileProject()
        {
            var trees = new List<SyntaxTree>();
            foreach (string file in SourceFiles())
            {
                trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file));
            }

            bool exe = Project.Property("OutputType") == "Exe";
            return Compile(Project.Property("AssemblyName"), trees, exe);
        }

        /// <summary>Compiles one probe source as a library.</summary>
        public DeviceCompileResult CompileSource(string assemblyName, string source)
        {
            return Compile(assemblyName, new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, "Probe.cs") }, false);
        }

        private static CSharpParseOptions ParseOptions
        {
            get { return new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" }); }
        }

        private DeviceCompileResult Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool exe)
        {
            var options = new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, References, options);
            var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
            stream.Position = 0;
            return new DeviceCompileResult(result.Success ? stream : null, result.Diagnostics, RepoPaths.Root());
        }
    }
}
