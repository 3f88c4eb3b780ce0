using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Sizes of a compiled device assembly, read with System.Reflection.Metadata, and an estimate of its .pe (the
    /// file the metadata processor writes and the ESP32 deploys).
    /// <para>Budgets (the .pe byte-code and string tables use 16-bit offsets, so each holds at most 65,536 bytes):
    /// <see cref="IlBytes"/> at most <see cref="IlBudget"/> and <see cref="StringBytes"/> at most <see cref="Budget"/>.
    /// Both are conservative: against the real metadata processor the .pe byte code was 0.62–0.73 of the IL (80 KiB of IL
    /// is at most ~58 KiB of byte code; the budget assumes 0.8) and the .pe string table at most 0.75 of #Strings plus
    /// half of #US (docs/nanoframework.md §2).</para>
    /// <para>Estimated .pe bytes = 0.73 × IL + <see cref="StringTableBytes"/> + 0.5 × <see cref="EmittedBlobBytes"/> + <see cref="BytesPerRow"/> ×
    /// <see cref="EmittedRows"/> + <see cref="Header"/>. It models what the metadata processor emits: one deduplicated
    /// UTF-8 string table (names of types, namespaces, fields, methods, type and member references, assembly references,
    /// and the string literals), without parameter names (the .pe has no parameter table) and without constant fields
    /// (the processor drops fields that have a constant: a <c>const</c> costs nothing); rows for types, non-constant
    /// fields, methods, type/member/assembly references, type specs and the custom attributes the processor keeps (it
    /// ignores assembly-version, debugger and compile-time attributes). BytesPerRow (11.08) was fitted (2026-12) on the
    /// one figure measured with the real metadata processor: the ESP32 image of commit 17322ba (ChargePoint.Firmware +
    /// ChargePoint.Ocpp + ChargePoint.Hal, Release, without the simulation code in Hal/Simulation and
    /// Firmware/Simulator: 6,067 emitted rows, 154,957 bytes before rows) comes out at 222,148 bytes = 217 KB. The
    /// earlier formula (0.75 × #Strings + 0.5 × #US + 9.3 per metadata row, fitted on the same point) gave the same
    /// total on the morning image of 2026-12-03 (292.7 vs 292.6 KB) but did not credit constants (their names, rows and values) or dropped names.
    /// It is an estimate for trends and the image total; the budgets use exact measures.</para>
    /// </summary>
    public sealed class AssemblySize
    {
        public const int Budget = 65536;

        /// <summary>IL bytes per assembly: 65,536 bytes of .pe byte code at 0.8 of the IL (measured 0.62–0.73).</summary>
        public const int IlBudget = 81920;

        public const double IlFactor = 0.73;
        public const double BlobFactor = 0.5;
        public const double BytesPerRow = 11.08;
        public const int Header = 128;

        /// <summary>The estimate's formula, for reports.</summary>
        public static string Formula
        {
            get
            {
                System.Globalization.CultureInfo c = System.Globalization.CultureInfo.InvariantCulture;
                return "est. .pe = " + IlFactor.ToString(c) + " IL + UTF-8 string table + " + BlobFactor.ToString(c)
                    + " #Blob + " + BytesPerRow.ToString(c) + "/emitted row + " + Header.ToString(c);
            }
        }

        public int IlBytes { get; private set; }

        /// <summary>Size of the #Strings heap (identifiers).</summary>
        public int StringsHeap { get; private set; }

        /// <summary>Size of the #US heap (string literals, UTF-16).</summary>
        public int UserStringsHeap { get; private set; }

        public int BlobHeap { get; private set; }

        /// <summary>The .pe string table as the metadata processor builds it: distinct emitted names and literals, UTF-8, NUL-terminated.</summary>
        public int StringTableBytes { get; private set; }

        /// <summary>#Blob without the values of constant fields (signatures and attribute data).</summary>
        public int EmittedBlobBytes { get; private set; }

        /// <summary>Rows the metadata processor emits (no constant fields, no ignored attributes).</summary>
        public int EmittedRows { get; private set; }

        /// <summary>The string-budget measure: #Strings + half of #US.</summary>
        public int StringBytes
        {
            get { return StringsHeap + UserStringsHeap / 2; }
        }

        public int EstimatedPeBytes
        {
            get
            {
                return (int)(IlFactor * IlBytes + StringTableBytes + BlobFactor * EmittedBlobBytes + BytesPerRow * EmittedRows) + Header;
            }
        }

        public bool WithinBudget
        {
            get { return IlBytes <= IlBudget && StringBytes <= Budget; }
        }

        public static AssemblySize Measure(Stream image)
        {
            long start = image.Position;
            try
            {
                using (var pe = new PEReader(image, PEStreamOptions.LeaveOpen))
                {
                    MetadataReader reader = pe.GetMetadataReader();
                    var size = new AssemblySize();
                    foreach (MethodDefinitionHandle h in reader.MethodDefinitions)
                    {
                        MethodDefinition method = reader.GetMethodDefinition(h);
                        if (method.RelativeVirtualAddress != 0)
                        {
                            size.IlBytes += pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader().Length;
                        }
                    }

                    size.StringsHeap = reader.GetHeapSize(HeapIndex.String);
                    size.UserStringsHeap = reader.GetHeapSize(HeapIndex.UserString);
                    size.BlobHeap = reader.GetHeapSize(HeapIndex.Blob);
                    MeasureEmitted(reader, size);
                    return size;
                }
            }
            finally
            {
                image.Position = start;
            }
        }

        /// <summary>Attributes the metadata processor drops (its ignore list), by type name.</summary>
        private static readonly string[] IgnoredAttributes =
        {
            "AssemblyFileVersionAttribute", "ComVisibleAttribute", "GuidAttribute", "DebuggableAttribute",
            "DebuggerBrowsableAttribute", "DebuggerHiddenAttribute", "DebuggerNonUserCodeAttribute",
            "DebuggerStepThroughAttribute", "DebuggerDisplayAttribute", "AttributeUsageAttribute", "CLSCompliantAttribute",
            "FlagsAttribute", "ObsoleteAttribute", "ConditionalAttribute", "EditorBrowsableAttribute",
            "DefaultMemberAttribute", "MTAThreadAttribute", "STAThreadAttribute",
        };

        private static void MeasureEmitted(MetadataReader reader, AssemblySize size)
        {
            var strings = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            int rows = 0;
            foreach (TypeDefinitionHandle h in reader.TypeDefinitions)
            {
                TypeDefinition t = reader.GetTypeDefinition(h);
                strings.Add(reader.GetString(t.Name));
                strings.Add(reader.GetString(t.Namespace));
                rows++;
            }

            // A constant field leaves the .pe with its value, which sits in #Blob; equal values share one blob.
            int constants = 0;
            var counted = new System.Collections.Generic.HashSet<BlobHandle>();
            foreach (FieldDefinitionHandle h in reader.FieldDefinitions)
            {
                FieldDefinition f = reader.GetFieldDefinition(h);
                if ((f.Attributes & System.Reflection.FieldAttributes.Literal) == 0)
                {
                    strings.Add(reader.GetString(f.Name));
                    rows++;
                    continue;
                }

                ConstantHandle constant = f.GetDefaultValue();
                if (!constant.IsNil)
                {
                    BlobHandle value = reader.GetConstant(constant).Value;
                    if (counted.Add(value))
                    {
                        int length = reader.GetBlobReader(value).Length;
                        constants += length + (length < 128 ? 1 : length < 16384 ? 2 : 4);
                    }
                }
            }

            foreach (MethodDefinitionHandle h in reader.MethodDefinitions)
            {
                strings.Add(reader.GetString(reader.GetMethodDefinition(h).Name));
                rows++;
            }

            foreach (TypeReferenceHandle h in reader.TypeReferences)
            {
                TypeReference t = reader.GetTypeReference(h);
                strings.Add(reader.GetString(t.Name));
                strings.Add(reader.GetString(t.Namespace));
                rows++;
            }

            foreach (MemberReferenceHandle h in reader.MemberReferences)
            {
                strings.Add(reader.GetString(reader.GetMemberReference(h).Name));
                rows++;
            }

            foreach (AssemblyReferenceHandle h in reader.AssemblyReferences)
            {
                strings.Add(reader.GetString(reader.GetAssemblyReference(h).Name));
                rows++;
            }

            rows += reader.GetTableRowCount(TableIndex.TypeSpec);
            foreach (CustomAttributeHandle h in reader.CustomAttributes)
            {
                if (System.Array.IndexOf(IgnoredAttributes, AttributeTypeName(reader, reader.GetCustomAttribute(h))) < 0)
                {
                    rows++;
                }
            }

            UserStringHandle literal = MetadataTokens.UserStringHandle(1);
            while (!literal.IsNil && reader.GetHeapSize(HeapIndex.UserString) > 1)
            {
                strings.Add(reader.GetUserString(literal));
                literal = reader.GetNextHandle(literal);
            }

            int bytes = 0;
            foreach (string s in strings)
            {
                bytes += System.Text.Encoding.UTF8.GetByteCount(s) + 1;
            }

            size.StringTableBytes = bytes;
            size.EmittedRows = rows;
            size.EmittedBlobBytes = size.BlobHeap - constants;
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
    }
}
