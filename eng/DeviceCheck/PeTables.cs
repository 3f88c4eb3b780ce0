using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The tables of the .pe the nanoFramework metadata processor writes from an assembly (the v1 format, marker
    /// "NFMRK1", of the stable 1.17 line), modelled table by table from the compiled assembly, or read from a real .pe.
    /// <para>Rows have the format's fixed sizes: TypeDef 24 bytes, MethodDef 16, FieldDef, TypeRef, FieldRef/MethodRef
    /// and Attribute 8, AssemblyRef 12, TypeSpec 4; no row for <c>&lt;Module&gt;</c>, for constant fields, for attributes
    /// other than those of types, fields and methods, or for the attributes the processor ignores. Strings: one
    /// deduplicated UTF-8 table, NUL-terminated, of the emitted names (less those the runtime has built in; parameter names
    /// are not kept) and the literals the byte code uses; member, type and assembly references the kept code does not
    /// reach are dropped (the processor's minimizing pass).
    /// Signatures: in the runtime's encoding, stored once, free when already inside the table (<see cref="PeSignatures"/>). Byte code: the IL with each 4-byte
    /// token operand and long branch target written in 2 bytes, a switch's count in 1 byte and its targets in 2, plus
    /// 12 bytes per exception clause. A 124-byte header; each table padded to 4 bytes.</para>
    /// <para>Checked against the official mscorlib.pe of nanoFramework.CoreLibrary 1.17.11 (the rows exactly, the
    /// byte code within 0.1 %, the signatures within 2 %: <see cref="DeviceCheckRun"/> runs that check every time) and
    /// against the one image measured with the real metadata processor (commit 17322ba, 222,148 bytes without the
    /// simulation types; modelled 225,220, 1.4 % over (225,808 with built-in names from the dll's string heap); 230,644 before the signatures were encoded exactly and unreached
    /// type and assembly references dropped).</para>
    /// </summary>
    public sealed class PeTables
    {
        public const int HeaderBytes = 124;
        public const int TypeDefBytes = 24;
        public const int MethodDefBytes = 16;
        public const int RecordBytes = 8;
        public const int AssemblyRefBytes = 12;
        public const int TypeSpecBytes = 4;

        /// <summary>Where the table start offsets begin in the header (after the marker, two CRCs, flags, native checksum,
        /// patch entry, version, name and string table version), and the string table's number.</summary>
        private const int Starts = 0x28;
        private const int StringsTable = 11;

        /// <summary>Attributes the metadata processor drops (its ignore list), by type name.</summary>
        private static readonly string[] IgnoredAttributes =
        {
            "AssemblyFileVersionAttribute", "ComVisibleAttribute", "GuidAttribute", "DebuggableAttribute",
            "DebuggerBrowsableAttribute", "DebuggerHiddenAttribute", "DebuggerNonUserCodeAttribute",
            "DebuggerStepThroughAttribute", "DebuggerDisplayAttribute", "AttributeUsageAttribute", "CLSCompliantAttribute",
            "FlagsAttribute", "ObsoleteAttribute", "ConditionalAttribute", "EditorBrowsableAttribute",
            "DefaultMemberAttribute", "MTAThreadAttribute", "STAThreadAttribute",
        };

        public int AssemblyRefs { get; private set; }
        public int TypeRefs { get; private set; }
        public int MemberRefs { get; private set; }
        public int TypeDefs { get; private set; }
        public int FieldDefs { get; private set; }
        public int MethodDefs { get; private set; }
        public int Attributes { get; private set; }
        public int TypeSpecs { get; private set; }
        public int Strings { get; private set; }
        public int Signatures { get; private set; }
        public int ByteCode { get; private set; }

        /// <summary>Bytes of the rows (all tables but strings, signatures and byte code).</summary>
        public int Rows
        {
            get { return AssemblyRefs + TypeRefs + MemberRefs + TypeDefs + FieldDefs + MethodDefs + Attributes + TypeSpecs; }
        }

        public int Total
        {
            get { return HeaderBytes + Rows + Strings + Signatures + ByteCode; }
        }

        /// <summary>
        /// Models the .pe of a compiled assembly. <paramref name="emitted"/>, when given, holds the metadata tokens of the
        /// types, methods and fields the processor kept (from its .pdbx); otherwise everything but &lt;Module&gt; and
        /// constants is kept, as the processor does for an application assembly.
        /// </summary>
        public static PeTables Model(PEReader pe, ISet<int>? emitted = null, ISet<string>? builtIn = null)
        {
            MetadataReader r = pe.GetMetadataReader();
            var tables = new PeTables();
            var names = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
            var literals = new HashSet<string>(StringComparer.Ordinal);
            var typeOrder = new Dictionary<TypeDefinitionHandle, int>();
            var ordered = new List<(string FullName, TypeDefinitionHandle Handle)>();
            foreach (TypeDefinitionHandle th in r.TypeDefinitions)
            {
                TypeDefinition t = r.GetTypeDefinition(th);
                if (r.GetString(t.Name) != "<Module>" && (emitted == null || emitted.Contains(MetadataTokens.GetToken(th))))
                {
                    ordered.Add((FullName(r, t), th));
                }
            }

            // The processor orders the type table by full name (then pulls a type's dependencies ahead of it).
            ordered.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            for (int i = 0; i < ordered.Count; i++)
            {
                typeOrder[ordered[i].Handle] = i;
            }

            var signatures = new PeSignatures(r, typeOrder);
            var used = new HashSet<int>(); // tokens the kept byte code and attributes name: the processor drops unused references
            int types = 0, fields = 0, methods = 0, byteCode = 0;
            foreach (TypeDefinitionHandle th in r.TypeDefinitions)
            {
                TypeDefinition t = r.GetTypeDefinition(th);
                string name = r.GetString(t.Name);
                if (name == "<Module>" || (emitted != null && !emitted.Contains(MetadataTokens.GetToken(th))))
                {
                    continue;
                }

                types++;
                int order = typeOrder[th];
                used.Add(MetadataTokens.GetToken(t.BaseType)); // interfaces: their list's signature names them

                names.Add(name);
                names.Add(r.GetString(t.Namespace));
                signatures.Interfaces(order, t);
                foreach (FieldDefinitionHandle fh in t.GetFields())
                {
                    FieldDefinition f = r.GetFieldDefinition(fh);
                    if (!f.GetDefaultValue().IsNil || (emitted != null && !emitted.Contains(MetadataTokens.GetToken(fh))))
                    {
                        continue;
                    }

                    fields++;
                    names.Add(r.GetString(f.Name));
                    signatures.Field(2 * order + ((f.Attributes & FieldAttributes.Static) != 0 ? 0 : 1), f, pe);
                }

                foreach (MethodDefinitionHandle mh in t.GetMethods())
                {
                    MethodDefinition m = r.GetMethodDefinition(mh);
                    if (emitted != null && !emitted.Contains(MetadataTokens.GetToken(mh)))
                    {
                        continue;
                    }

                    methods++;
                    names.Add(r.GetString(m.Name));
                    signatures.Method(3 * order + ((m.Attributes & MethodAttributes.Virtual) != 0 ? 0 : (m.Attributes & MethodAttributes.Static) == 0 ? 1 : 2), m, pe);
                    if (m.RelativeVirtualAddress != 0)
                    {
                        byteCode += ByteCodeOf(pe.GetMethodBody(m.RelativeVirtualAddress), used);
                    }
                }
            }

            int typeRefs = 0, memberRefs = 0, assemblyRefs = 0, attributes = 0;

            foreach (CustomAttributeHandle h in r.CustomAttributes)
            {
                // The processor keeps the attributes of types, fields and methods only (not of the assembly, parameters or return values).
                CustomAttribute a = r.GetCustomAttribute(h);
                HandleKind owner = a.Parent.Kind;
                bool kept = (owner == HandleKind.TypeDefinition || owner == HandleKind.FieldDefinition || owner == HandleKind.MethodDefinition)
                    && (emitted == null || emitted.Contains(MetadataTokens.GetToken(a.Parent)));
                if (kept && Array.IndexOf(IgnoredAttributes, AttributeTypeName(r, a)) < 0)
                {
                    signatures.Attribute(attributes, a);
                    used.Add(MetadataTokens.GetToken(a.Constructor));
                    attributes++;
                }
            }

            foreach (MemberReferenceHandle h in r.MemberReferences)
            {
                if (!used.Contains(MetadataTokens.GetToken(h)))
                {
                    continue;
                }

                MemberReference mr = r.GetMemberReference(h);
                used.Add(MetadataTokens.GetToken(mr.Parent));
                names.Add(r.GetString(mr.Name));
                signatures.Member(MetadataTokens.GetRowNumber(h), mr);
                memberRefs++;
            }


            int typeSpecs = r.GetTableRowCount(TableIndex.TypeSpec);
            for (int i = 1; i <= typeSpecs; i++)
            {
                signatures.TypeSpec(i, r.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(i)));
            }

            // The processor keeps the type and assembly references the kept code reaches (not, say, those of assembly attributes).
            used.UnionWith(signatures.TypeTokens);
            var scopes = new HashSet<int>();
            for (int row = r.GetTableRowCount(TableIndex.TypeRef); row >= 1; row--)
            {
                TypeReferenceHandle h = MetadataTokens.TypeReferenceHandle(row);
                if (!used.Contains(MetadataTokens.GetToken(h)))
                {
                    continue;
                }

                // Walking down the rows, an enclosing type reference (always an earlier row) is marked before it is reached.
                TypeReference tr = r.GetTypeReference(h);
                used.Add(MetadataTokens.GetToken(tr.ResolutionScope));
                scopes.Add(MetadataTokens.GetToken(tr.ResolutionScope));
                names.Add(r.GetString(tr.Name));
                names.Add(r.GetString(tr.Namespace));
                typeRefs++;
            }

            foreach (AssemblyReferenceHandle h in r.AssemblyReferences)
            {
                if (scopes.Contains(MetadataTokens.GetToken(h)))
                {
                    names.Add(r.GetString(r.GetAssemblyReference(h).Name));
                    assemblyRefs++;
                }
            }

            if (r.GetHeapSize(HeapIndex.UserString) > 1)
            {
                for (UserStringHandle s = MetadataTokens.UserStringHandle(1); !s.IsNil; s = r.GetNextHandle(s))
                {
                    if (used.Contains(MetadataTokens.GetToken(s)))
                    {
                        literals.Add(r.GetUserString(s));
                    }
                }
            }

            // A name the runtime has built in is written as its index; literals are always in the table.
            if (builtIn != null)
            {
                names.ExceptWith(builtIn);
            }

            names.UnionWith(literals);
            int strings = 0;
            foreach (string s in names)
            {
                strings += Encoding.UTF8.GetByteCount(s) + 1;
            }

            tables.AssemblyRefs = Pad(assemblyRefs * AssemblyRefBytes);
            tables.TypeRefs = Pad(typeRefs * RecordBytes);
            tables.MemberRefs = Pad(memberRefs * RecordBytes);
            tables.TypeDefs = Pad(types * TypeDefBytes);
            tables.FieldDefs = Pad(fields * RecordBytes);
            tables.MethodDefs = Pad(methods * MethodDefBytes);
            tables.Attributes = Pad(attributes * RecordBytes);
            tables.TypeSpecs = Pad(typeSpecs * TypeSpecBytes);
            tables.Strings = Pad(strings);
            tables.Signatures = Pad(signatures.Bytes());
            tables.ByteCode = Pad(byteCode);
            return tables;
        }

        /// <summary>
        /// The names the runtime has built in (the processor writes them as an index from 0xFFFF down, not into the string
        /// table), as far as the official mscorlib shows them: every name of a type, namespace, field, method or reference
        /// in mscorlib.dll that no row of its mscorlib.pe names through the string table. Parameter names are not counted
        /// (the processor never keeps them), and a name stored only as a literal still counts as built in.
        /// </summary>
        public static HashSet<string> BuiltInNames(string mscorlibDll, byte[] mscorlibPe)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            using (System.IO.FileStream stream = System.IO.File.OpenRead(mscorlibDll))
            using (var pe = new PEReader(stream))
            {
                MetadataReader r = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle h in r.TypeDefinitions)
                {
                    TypeDefinition t = r.GetTypeDefinition(h);
                    names.Add(r.GetString(t.Name));
                    names.Add(r.GetString(t.Namespace));
                }

                foreach (TypeReferenceHandle h in r.TypeReferences)
                {
                    TypeReference t = r.GetTypeReference(h);
                    names.Add(r.GetString(t.Name));
                    names.Add(r.GetString(t.Namespace));
                }

                foreach (FieldDefinitionHandle h in r.FieldDefinitions)
                {
                    names.Add(r.GetString(r.GetFieldDefinition(h).Name));
                }

                foreach (MethodDefinitionHandle h in r.MethodDefinitions)
                {
                    names.Add(r.GetString(r.GetMethodDefinition(h).Name));
                }

                foreach (MemberReferenceHandle h in r.MemberReferences)
                {
                    names.Add(r.GetString(r.GetMemberReference(h).Name));
                }

                foreach (AssemblyReferenceHandle h in r.AssemblyReferences)
                {
                    names.Add(r.GetString(r.GetAssemblyReference(h).Name));
                }
            }

            names.ExceptWith(StoredNames(mscorlibPe));
            names.Remove(string.Empty);
            return names;
        }

        /// <summary>The names the rows of a real .pe point to in its string table (a name index below the table's size).</summary>
        public static HashSet<string> StoredNames(byte[] pe)
        {
            // Per table: row size and where in a row a name index sits (AssemblyRef, TypeRef, FieldRef, MethodRef, TypeDef,
            // FieldDef, MethodDef).
            int[] rowBytes = { AssemblyRefBytes, RecordBytes, RecordBytes, RecordBytes, TypeDefBytes, RecordBytes, MethodDefBytes };
            int[][] nameAt = { new[] { 0 }, new[] { 0, 2 }, new[] { 0 }, new[] { 0 }, new[] { 0, 2 }, new[] { 0 }, new[] { 0 } };
            int strings = BitConverter.ToInt32(pe, Starts + 4 * StringsTable);
            int stringBytes = BitConverter.ToInt32(pe, Starts + 4 * (StringsTable + 1)) - strings;
            var stored = new HashSet<string>(StringComparer.Ordinal);
            for (int table = 0; table < rowBytes.Length; table++)
            {
                int end = BitConverter.ToInt32(pe, Starts + 4 * (table + 1));
                for (int row = BitConverter.ToInt32(pe, Starts + 4 * table); row + rowBytes[table] <= end; row += rowBytes[table])
                {
                    foreach (int at in nameAt[table])
                    {
                        int index = BitConverter.ToUInt16(pe, row + at);
                        if (index < stringBytes)
                        {
                            int nul = Array.IndexOf(pe, (byte)0, strings + index, stringBytes - index);
                            stored.Add(Encoding.UTF8.GetString(pe, strings + index, nul - strings - index));
                        }
                    }
                }
            }

            return stored;
        }

        /// <summary>The tables of a real .pe, from the offsets in its header.</summary>
        public static PeTables Read(byte[] pe)
        {
            if (pe.Length < HeaderBytes || Encoding.ASCII.GetString(pe, 0, 6) != "NFMRK1")
            {
                throw new BadImageFormatException("not a nanoFramework v1 .pe (NFMRK1)");
            }

            int Size(int table)
            {
                return BitConverter.ToInt32(pe, Starts + 4 * (table + 1)) - BitConverter.ToInt32(pe, Starts + 4 * table);
            }

            return new PeTables
            {
                AssemblyRefs = Size(0), TypeRefs = Size(1), MemberRefs = Size(2) + Size(3), TypeDefs = Size(4),
                FieldDefs = Size(5), MethodDefs = Size(6), Attributes = Size(7), TypeSpecs = Size(8),
                Strings = Size(StringsTable), Signatures = Size(12), ByteCode = Size(13),
            };
        }

        /// <summary>Byte code of one method: see the class summary for what shrinks. Records the tokens it names in <paramref name="used"/>.</summary>
        private static int ByteCodeOf(MethodBodyBlock body, HashSet<int> used)
        {
            BlobReader il = body.GetILReader();
            int bytes = il.Length;
            foreach (IlInstruction ins in IlDecoder.Decode(il, "the .pe model"))
            {
                switch (ins.Op.OperandType)
                {
                    case OperandType.InlineSwitch:
                        bytes -= 3 + 2 * (int)ins.Value;
                        break;
                    case OperandType.InlineBrTarget:
                        bytes -= 2;
                        break;
                    case OperandType.InlineString:
                        used.Add((int)ins.Value);
                        bytes -= 2;
                        break;
                    case OperandType.InlineSig:
                    case OperandType.InlineMethod:
                    case OperandType.InlineField:
                    case OperandType.InlineType:
                    case OperandType.InlineTok:
                        used.Add(MetadataTokens.GetToken(ins.Token));
                        bytes -= 2;
                        break;
                }
            }

            return body.ExceptionRegions.Length == 0 ? bytes : bytes + 1 + 12 * body.ExceptionRegions.Length;
        }

        private static int Pad(int bytes)
        {
            return (bytes + 3) & ~3;
        }

        private static string AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
        {
            if (attribute.Constructor.Kind == HandleKind.MemberReference)
            {
                MemberReference ctor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                return ctor.Parent.Kind == HandleKind.TypeReference
                    ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)ctor.Parent).Name)
                    : string.Empty;
            }

            MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
            return reader.GetString(reader.GetTypeDefinition(method.GetDeclaringType()).Name);
        }

        private static string FullName(MetadataReader r, TypeDefinition t)
        {
            TypeDefinitionHandle outer = t.GetDeclaringType();
            return outer.IsNil
                ? r.GetString(t.Namespace) + "." + r.GetString(t.Name)
                : FullName(r, r.GetTypeDefinition(outer)) + "/" + r.GetString(t.Name);
        }
    }
}
