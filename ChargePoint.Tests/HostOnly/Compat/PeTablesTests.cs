using System.IO;
using System.Reflection.PortableExecutable;
using ChargePoint.DeviceCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The device check's .pe model (<see cref="PeTables"/>): what one more field, method, type or literal costs, and the
    /// header of a real .pe. (The model against the whole official mscorlib.pe is a check of every device-check run.)
    /// </summary>
    [TestClass]
    public class PeTablesTests
    {
        private const string Base = "namespace P { public class A { public int X; public int Get() { return X; } } }";

        [TestMethod]
        public void A_field_is_an_8_byte_row_its_name_and_a_signature_a_const_is_free()
        {
            PeTables before = Model(Base);
            PeTables field = Model(Base.Replace("public int X;", "public int X; public int Yyy;"));
            PeTables constant = Model(Base.Replace("public int X;", "public int X; public const int Zz = 5;"));

            Assert.AreEqual(before.FieldDefs + 8, field.FieldDefs);
            Assert.AreEqual(before.Strings + 4, field.Strings, "\"Yyy\" and its NUL (the table stays 4-aligned)");
            Assert.AreEqual(before.Total, constant.Total);
        }

        [TestMethod]
        public void A_method_is_a_16_byte_row_and_its_byte_code_has_2_byte_tokens()
        {
            PeTables before = Model(Base);
            // ldarg.0, ldfld X (token), ldc.i4.1, add, ret: 10 bytes of IL, 8 of byte code.
            PeTables method = Model(Base.Replace("public int Get()", "public int Next() { return X + 1; } public int Get()"));

            Assert.AreEqual(before.MethodDefs + 16, method.MethodDefs);
            Assert.AreEqual(before.ByteCode + 8, method.ByteCode);
        }

        [TestMethod]
        public void A_type_is_a_24_byte_row_and_literals_are_stored_once()
        {
            PeTables before = Model(Base);
            PeTables type = Model(Base.Replace("} }", "} public static class B { } }"));
            const string other = "public int Get() { return \"abc\".Length; } public int Other()";
            PeTables once = Model(Base.Replace("public int Get()", other));
            PeTables twice = Model(Base.Replace("public int Get()", other).Replace("return X;", "return \"abc\".Length;"));

            Assert.AreEqual(before.TypeDefs + 24, type.TypeDefs);
            Assert.AreEqual(once.Strings, twice.Strings, "the second \"abc\" is the first one");
        }

        [TestMethod]
        public void A_type_token_in_a_signature_is_one_byte_for_the_first_32_types_then_two()
        {
            // Types are ordered by full name: P.A is row 0, P.T00 row 1 … P.T30 row 31, P.T31 row 32. A field signature is
            // 0x06, CLASS and the packed token (row << 2 | tag), 1 byte up to 0x7F.
            var types = new System.Text.StringBuilder();
            for (int i = 0; i < 40; i++)
            {
                types.Append("public class T").Append(i.ToString("00")).Append(" { } ");
            }

            string low = "namespace P { public class A { public T01 a; public T02 b; public T03 c; public T04 d; } " + types + "}";
            string high = "namespace P { public class A { public T32 a; public T33 b; public T34 c; public T35 d; } " + types + "}";

            Assert.AreEqual(Model(low).Signatures + 4, Model(high).Signatures);
        }

        [TestMethod]
        public void Type_references_only_the_assembly_attributes_name_are_dropped()
        {
            PeTables before = Model(Base);
            PeTables titled = Model("[assembly: System.Reflection.AssemblyTitle(\"P\")] " + Base);
            PeTables used = Model(Base.Replace("return X;", "return new System.Reflection.AssemblyTitleAttribute(\"P\").Title.Length;"));

            Assert.AreEqual(before.TypeRefs, titled.TypeRefs);
            Assert.AreEqual(before.Total, titled.Total);
            Assert.IsTrue(used.TypeRefs > before.TypeRefs, "code that names the type keeps its reference");
        }

        [TestMethod]
        public void A_signature_already_inside_the_table_is_not_stored_again()
        {
            byte[] method = { 0x20, 0x02, 0x00, 0x07, 0x0F }; // instance void M(int, string)
            byte[] locals = { 0x07, 0x0F };                    // int, string: inside the method's signature
            byte[] field = { 0x06, 0x07 };                     // int field: nowhere yet

            Assert.AreEqual(5, PeSignatures.TableBytes(new[] { method, locals, method }));
            Assert.AreEqual(7, PeSignatures.TableBytes(new[] { method, field, locals }));
            Assert.AreEqual(7, PeSignatures.TableBytes(new[] { locals, method }), "written first, the locals stay where they are");
        }

        [TestMethod]
        public void Reads_the_tables_of_the_official_mscorlib_pe()
        {
            string pe = Path.ChangeExtension(NanoPackages.OfficialMscorlib(), ".pe");
            byte[] bytes = File.ReadAllBytes(pe);
            PeTables real = PeTables.Read(bytes);

            Assert.AreEqual(0, real.TypeDefs % PeTables.TypeDefBytes);
            Assert.AreEqual(0, real.MethodDefs % PeTables.MethodDefBytes);
            Assert.IsTrue(real.ByteCode > 0);
            Assert.AreEqual(bytes.Length, real.Total, "header + tables is the whole file");
        }

        [TestMethod]
        public void Names_the_runtime_has_built_in_cost_nothing_literals_always_do()
        {
            string dll = NanoPackages.OfficialMscorlib();
            var builtIn = PeTables.BuiltInNames(dll, File.ReadAllBytes(Path.ChangeExtension(dll, ".pe")));
            Assert.IsTrue(builtIn.Contains("ToString") && builtIn.Contains(".ctor") && builtIn.Contains("System"));

            // Same-length names: "ToString" is built in, "Zqwvxyzk" is not.
            const string named = "namespace P { public class A { public int X; public int ToString(int a) { return X; } } }";
            const string quoted = "namespace P { public class A { public int X; public string Q() { return \"ToString\"; } } }";
            Assert.AreEqual(Model(named).Strings, Model(named.Replace("ToString", "Zqwvxyzk")).Strings);
            Assert.IsTrue(Model(named, builtIn).Strings < Model(named.Replace("ToString", "Zqwvxyzk"), builtIn).Strings);
            Assert.AreEqual(Model(quoted, builtIn).Strings, Model(quoted.Replace("ToString", "Zqwvxyzk"), builtIn).Strings);
        }

        [TestMethod]
        public void Built_in_names_are_the_entity_names_no_mscorlib_pe_row_stores()
        {
            string dll = NanoPackages.OfficialMscorlib();
            byte[] pe = File.ReadAllBytes(Path.ChangeExtension(dll, ".pe"));
            var builtIn = PeTables.BuiltInNames(dll, pe);

            // mscorlib.dll keeps "Object" and "Int32" only as the tails of longer names in its string heap; they are built in.
            Assert.IsTrue(builtIn.Contains("Object") && builtIn.Contains("Int32") && builtIn.Contains("String"));
            // A parameter name is never kept by the processor, so mscorlib cannot show it as built in.
            Assert.IsFalse(builtIn.Contains("startIndex"));
            // Names mscorlib.pe stores through its string table are not built in.
            Assert.IsTrue(PeTables.StoredNames(pe).Contains("WriteLine"));
            Assert.IsFalse(builtIn.Contains("WriteLine"));
        }

        private static PeTables Model(string source, System.Collections.Generic.ISet<string>? builtIn = null)
        {
            // Release, as the device build: no nops, no debug locals.
            CSharpCompilation compilation = CSharpCompilation.Create("P",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9)) },
                ProbeCompiler.HostReferences(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
            using (var image = new MemoryStream())
            {
                Assert.IsTrue(compilation.Emit(image).Success);
                image.Position = 0;
                using (var pe = new PEReader(image))
                {
                    return PeTables.Model(pe, null, builtIn);
                }
            }
        }
    }
}
