using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// Folders that compile into one assembly (which saves the image the references between assemblies) keep the
    /// layering their separate assemblies once enforced: the codec (Messages/) compiles without the engine, and the
    /// engine without the certificate management (Certificates/), the managed cryptography (Crypto/) without the
    /// engine; the HAL (ChargePoint.Hal/, compiled into the application assembly) without the application and without
    /// OCPP. Below them all is the loader's assembly (SHA-256, hex, the storage interface), their one reference.
    /// Each lower layer is compiled here on its own.
    /// </summary>
    [TestClass]
    public class LayeringTests
    {
        private const string Ocpp = "ChargePoint.Ocpp";
        private const string Codec = "ChargePoint.Ocpp/Messages";
        private const string Certificates = "ChargePoint.Ocpp/Certificates";
        private const string Crypto = "ChargePoint.Ocpp/Crypto";
        private const string Hal = "ChargePoint.Hal";

        /// <summary>Folders under the layers that are projects of their own, or not compiled on the host.</summary>
        private static readonly string[] NotInLayer = { "ChargePoint.Ocpp/Simulation/", "ChargePoint.Ocpp/CentralSystem/", "ChargePoint.Ocpp/Crypto/Digest/", "ChargePoint.Ocpp/Platform/Storage/", "ChargePoint.Ocpp/Esp32Only/", "ChargePoint.Hal/Simulation/" };

        [TestMethod]
        public void The_codec_compiles_without_the_engine_and_the_certificate_management()
        {
            Assert.AreEqual(string.Empty, Errors(Sources(Codec, null)));
        }

        [TestMethod]
        public void The_engine_compiles_without_the_certificate_management()
        {
            Assert.AreEqual(string.Empty, Errors(Sources(Ocpp, Certificates), LoaderAssembly()));
        }

        [TestMethod]
        public void The_cryptography_compiles_without_the_engine()
        {
            List<SyntaxTree> crypto = Sources(Crypto, null);
            Assert.IsTrue(crypto.Count > 5, "the crypto sources were found");
            Assert.AreEqual(string.Empty, Errors(crypto, LoaderAssembly()));
        }

        [TestMethod]
        public void The_hal_compiles_without_the_application_and_ocpp()
        {
            List<SyntaxTree> hal = Sources(Hal, null);
            Assert.IsTrue(hal.Count > 20, "the HAL sources were found");
            Assert.AreEqual(string.Empty, Errors(hal, LoaderAssembly()));
        }

        [TestMethod]
        public void A_lower_layer_naming_a_type_of_a_higher_one_fails_to_compile_on_its_own()
        {
            var lower = new List<SyntaxTree> { Parse("namespace L { class Codec { object M() { return new H.Service(); } } }", "Codec.cs") };
            Assert.IsTrue(Errors(lower).Contains("Codec.cs(1,"), "the lower layer alone does not compile");
            lower[0] = Parse("namespace L { class Codec { string M() { return \"H.Service\"; } } }", "Codec.cs");
            Assert.AreEqual(string.Empty, Errors(lower));
        }

        /// <summary>The compile errors of <paramref name="trees"/> as one library, one per line (empty when it compiles).</summary>
        private static string Errors(List<SyntaxTree> trees, params string[] extraReferences)
        {
            List<MetadataReference> references = ProbeCompiler.HostReferences();
            foreach (string path in extraReferences)
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }

            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable);
            var errors = new List<string>();
            foreach (Diagnostic d in CSharpCompilation.Create("Layer", trees, references, options).GetDiagnostics())
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    errors.Add(d.ToString());
                }
            }

            return string.Join("\n", errors);
        }

        private static SyntaxTree Parse(string text, string path)
        {
            var parse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "HOST_BUILD" });
            return CSharpSyntaxTree.ParseText(text, parse, path);
        }

        /// <summary>The host-compiled .cs files under <paramref name="folder"/>, without those under <paramref name="except"/>.</summary>
        private static List<SyntaxTree> Sources(string folder, string? except)
        {
            string root = RepoPaths.Root();
            var trees = new List<SyntaxTree>();
            foreach (string file in Directory.GetFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                bool skip = relative.Contains("/obj/") || relative.Contains("/bin/")
                    || (except != null && relative.StartsWith(except + "/", StringComparison.Ordinal));
                foreach (string other in NotInLayer)
                {
                    skip |= relative.StartsWith(other, StringComparison.Ordinal);
                }

                if (!skip)
                {
                    trees.Add(Parse(File.ReadAllText(file), relative));
                }
            }

            return trees;
        }

        private static string LoaderAssembly()
        {
            return RepoPaths.ProjectOutput("ChargePoint.Firmware/Loader", "ChargePoint.Firmware.Loader.dll");
        }
    }
}
