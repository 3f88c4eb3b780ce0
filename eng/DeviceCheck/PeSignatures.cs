using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The .pe signature table as the metadata processor builds it (nanoSignaturesTable): each signature written in the
    /// runtime's encoding, then stored once. A signature already present anywhere in the table, even inside a longer one,
    /// costs nothing (the processor searches the bytes written so far before it appends).
    /// <para>Encoding: one byte per element type (the runtime's DATATYPE codes); a class or value type is its code plus
    /// a packed TypeDefOrRef token, 1 byte when (row &lt;&lt; 2 | tag) fits in 7 bits, else 2. Fields start 0x06; methods
    /// carry a calling-convention byte and a parameter count; locals are the bare types; an interface list is a count and
    /// the tokens. Signatures are written in the processor's order: member references, interface lists (types sorted by
    /// full name), fields (statics first), methods (virtual, instance, static) each with its locals, attributes, type
    /// specifications.</para>
    /// </summary>
    public sealed class PeSignatures
    {
        private const byte Class = 17, ValueType = 18, SzArray = 19, ByRef = 20, Var = 21, GenericInst = 22, MVar = 23, WeakClass = 27;

        private readonly MetadataReader _reader;
        private readonly Encoder _encoder;
        private readonly List<(long Order, byte[] Bytes)> _pending = new List<(long, byte[])>();

        /// <param name="typeOrder">Row of each kept type definition in the .pe's type table.</param>
        public PeSignatures(MetadataReader reader, IDictionary<TypeDefinitionHandle, int> typeOrder)
        {
            _reader = reader;
            _encoder = new Encoder(typeOrder);
        }

        /// <summary>Phases of the processor's order; within a phase, the caller's order.</summary>
        private const int MemberRefPhase = 0, InterfacePhase = 1, FieldPhase = 2, MethodPhase = 3, AttributePhase = 4, TypeSpecPhase = 5;

        public void Field(int phaseOrder, FieldDefinition f, PEReader pe)
        {
            Queue(FieldPhase, phaseOrder, Concat(new byte[] { 0x06 }, f.DecodeSignature(_encoder, null)));
            int rva = f.GetRelativeVirtualAddress();
            if (rva != 0)
            {
                // Static array initial data (<PrivateImplementationDetails>) is written as the field's default value: a length and the bytes.
                int size = InitialDataBytes(f);
                ImmutableArray<byte> data = pe.GetSectionData(rva).GetContent(0, size);
                var value = new byte[2 + size];
                value[0] = (byte)size;
                value[1] = (byte)(size >> 8);
                data.CopyTo(value, 2);
                Queue(FieldPhase, phaseOrder, value);
            }
        }

        public void Method(int phaseOrder, MethodDefinition m, PEReader pe)
        {
            Queue(MethodPhase, phaseOrder, MethodBytes(m.Signature));
            if (m.RelativeVirtualAddress != 0)
            {
                StandaloneSignatureHandle locals = pe.GetMethodBody(m.RelativeVirtualAddress).LocalSignature;
                if (!locals.IsNil)
                {
                    ImmutableArray<byte[]> types = _reader.GetStandaloneSignature(locals).DecodeLocalSignature(_encoder, null);
                    Queue(MethodPhase, phaseOrder, Concat(System.Linq.ImmutableArrayExtensions.ToArray(types)));
                }
            }
        }

        public void Member(int phaseOrder, MemberReference member)
        {
            Queue(MemberRefPhase, phaseOrder, member.GetKind() == MemberReferenceKind.Method
                ? MethodBytes(member.Signature)
                : Concat(new byte[] { 0x06 }, member.DecodeFieldSignature(_encoder, null)));
        }

        public void Interfaces(int phaseOrder, TypeDefinition t)
        {
            InterfaceImplementationHandleCollection list = t.GetInterfaceImplementations();
            if (list.Count == 0)
            {
                return;
            }

            var bytes = new List<byte> { (byte)list.Count };
            foreach (InterfaceImplementationHandle h in list)
            {
                bytes.AddRange(_encoder.Token(_reader.GetInterfaceImplementation(h).Interface));
            }

            Queue(InterfacePhase, phaseOrder, bytes.ToArray());
        }

        /// <summary>An attribute's arguments: the .NET value blob stands in for the processor's own serialization.</summary>
        public void Attribute(int phaseOrder, CustomAttribute a)
        {
            Queue(AttributePhase, phaseOrder, _reader.GetBlobBytes(a.Value));
        }

        public void TypeSpec(int phaseOrder, TypeSpecification spec)
        {
            Queue(TypeSpecPhase, phaseOrder, spec.DecodeSignature(_encoder, null));
        }

        /// <summary>The type references the queued signatures name (as metadata tokens).</summary>
        public ISet<int> TypeTokens
        {
            get { return _encoder.References; }
        }

        /// <summary>The table's size once every queued signature is stored in the processor's order.</summary>
        public int Bytes()
        {
            _pending.Sort((a, b) => a.Order.CompareTo(b.Order));
            var inOrder = new List<byte[]>();
            foreach ((long _, byte[] bytes) in _pending)
            {
                inOrder.Add(bytes);
            }

            return TableBytes(inOrder);
        }

        /// <summary>The table the processor writes for these signatures, in this order: a signature equal to or inside what is stored is not stored again.</summary>
        public static int TableBytes(IEnumerable<byte[]> inWriteOrder)
        {
            var table = new List<byte>();
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (byte[] bytes in inWriteOrder)
            {
                if (!stored.Add(Convert.ToHexString(bytes)) || Contains(table, bytes))
                {
                    continue;
                }

                table.AddRange(bytes);
            }

            return table.Count;
        }

        private void Queue(int phase, int phaseOrder, byte[] bytes)
        {
            _pending.Add((((long)phase << 40) | ((long)phaseOrder << 16) | (uint)_pending.Count & 0xFFFF, bytes));
        }

        private byte[] MethodBytes(BlobHandle signature)
        {
            BlobReader blob = _reader.GetBlobReader(signature);
            MethodSignature<byte[]> m = new SignatureDecoder<byte[], object?>(_encoder, _reader, null).DecodeMethodSignature(ref blob);
            byte convention = (byte)(m.Header.RawValue & 0x30);
            var bytes = new List<byte> { convention };
            if (m.GenericParameterCount > 0)
            {
                bytes.Add((byte)m.GenericParameterCount);
            }

            bytes.Add((byte)m.ParameterTypes.Length);
            bytes.AddRange(m.ReturnType);
            foreach (byte[] p in m.ParameterTypes)
            {
                bytes.AddRange(p);
            }

            return bytes.ToArray();
        }

        private static bool Contains(List<byte> table, byte[] bytes)
        {
            for (int i = 0; i <= table.Count - bytes.Length; i++)
            {
                int j = 0;
                while (j < bytes.Length && table[i + j] == bytes[j])
                {
                    j++;
                }

                if (j == bytes.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private static byte[] Concat(params byte[][] parts)
        {
            var all = new List<byte>();
            foreach (byte[] p in parts)
            {
                all.AddRange(p);
            }

            return all.ToArray();
        }

        private int InitialDataBytes(FieldDefinition f)
        {
            // The compiler names the holder type by its size: __StaticArrayInitTypeSize=N.
            BlobReader sig = _reader.GetBlobReader(f.Signature);
            sig.ReadSignatureHeader();
            if (sig.ReadSignatureTypeCode() == SignatureTypeCode.TypeHandle)
            {
                EntityHandle type = sig.ReadTypeHandle();
                if (type.Kind == HandleKind.TypeDefinition)
                {
                    string name = _reader.GetString(_reader.GetTypeDefinition((TypeDefinitionHandle)type).Name);
                    int at = name.IndexOf("Size=", StringComparison.Ordinal);
                    if (at >= 0 && int.TryParse(name.Substring(at + 5), out int size))
                    {
                        return size;
                    }
                }
            }

            return 8;
        }

        /// <summary>Element types in the runtime's encoding.</summary>
        private sealed class Encoder : ISignatureTypeProvider<byte[], object?>
        {
            private readonly IDictionary<TypeDefinitionHandle, int> _typeOrder;

            public readonly HashSet<int> References = new HashSet<int>();

            public Encoder(IDictionary<TypeDefinitionHandle, int> typeOrder)
            {
                _typeOrder = typeOrder;
            }

            /// <summary>A packed TypeDefOrRef token: (row &lt;&lt; 2 | tag), 1 byte up to 0x7F, 2 up to 0x3FFF.</summary>
            public byte[] Token(EntityHandle type)
            {
                int row, tag;
                switch (type.Kind)
                {
                    case HandleKind.TypeDefinition:
                        row = _typeOrder.TryGetValue((TypeDefinitionHandle)type, out int index) ? index : 0xFFF;
                        tag = 0;
                        break;
                    case HandleKind.TypeReference:
                        References.Add(MetadataTokens.GetToken(type));
                        row = MetadataTokens.GetRowNumber(type) - 1;
                        tag = 1;
                        break;
                    default:
                        row = MetadataTokens.GetRowNumber(type) - 1;
                        tag = 2;
                        break;
                }

                int value = (row << 2) | tag;
                return value <= 0x7F ? new[] { (byte)value } : new[] { (byte)(0x80 | (value >> 8)), (byte)value };
            }

            public byte[] GetPrimitiveType(PrimitiveTypeCode typeCode)
            {
                switch (typeCode)
                {
                    case PrimitiveTypeCode.Void: return new byte[] { 0 };
                    case PrimitiveTypeCode.Boolean: return new byte[] { 1 };
                    case PrimitiveTypeCode.SByte: return new byte[] { 2 };
                    case PrimitiveTypeCode.Byte: return new byte[] { 3 };
                    case PrimitiveTypeCode.Char: return new byte[] { 4 };
                    case PrimitiveTypeCode.Int16: return new byte[] { 5 };
                    case PrimitiveTypeCode.UInt16: return new byte[] { 6 };
                    case PrimitiveTypeCode.Int32: case PrimitiveTypeCode.IntPtr: return new byte[] { 7 };
                    case PrimitiveTypeCode.UInt32: case PrimitiveTypeCode.UIntPtr: return new byte[] { 8 };
                    case PrimitiveTypeCode.Single: return new byte[] { 9 };
                    case PrimitiveTypeCode.Int64: return new byte[] { 10 };
                    case PrimitiveTypeCode.UInt64: return new byte[] { 11 };
                    case PrimitiveTypeCode.Double: return new byte[] { 12 };
                    case PrimitiveTypeCode.String: return new byte[] { 15 };
                    default: return new byte[] { 16 }; // object, typed reference
                }
            }

            public byte[] GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
            {
                return Concat(new[] { rawTypeKind == 0x11 ? ValueType : Class }, Token(handle));
            }

            public byte[] GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                TypeReference tr = reader.GetTypeReference(handle);
                if (reader.GetString(tr.Name) == "WeakReference" && reader.GetString(tr.Namespace) == "System")
                {
                    return new[] { WeakClass };
                }

                return Concat(new[] { rawTypeKind == 0x11 ? ValueType : Class }, Token(handle));
            }

            public byte[] GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            {
                return Concat(new[] { Class }, Token(handle));
            }

            public byte[] GetSZArrayType(byte[] elementType) => Concat(new[] { SzArray }, elementType);
            public byte[] GetArrayType(byte[] elementType, ArrayShape shape) => Concat(new[] { SzArray }, elementType);
            public byte[] GetByReferenceType(byte[] elementType) => Concat(new[] { ByRef }, elementType);
            public byte[] GetPointerType(byte[] elementType) => Concat(new[] { ByRef }, elementType);
            public byte[] GetPinnedType(byte[] elementType) => elementType;
            public byte[] GetGenericTypeParameter(object? genericContext, int index) => new[] { Var, (byte)index };
            public byte[] GetGenericMethodParameter(object? genericContext, int index) => new[] { MVar, (byte)index };
            public byte[] GetFunctionPointerType(MethodSignature<byte[]> signature) => new byte[] { 16 };

            public byte[] GetGenericInstantiation(byte[] genericType, ImmutableArray<byte[]> typeArguments)
            {
                var bytes = new List<byte> { GenericInst };
                bytes.AddRange(genericType);
                bytes.Add((byte)typeArguments.Length);
                foreach (byte[] a in typeArguments)
                {
                    bytes.AddRange(a);
                }

                return bytes.ToArray();
            }

            public byte[] GetModifiedType(byte[] modifier, byte[] unmodifiedType, bool isRequired)
            {
                // A modifier (volatile) is written before the type: CMOD_REQD/CMOD_OPT and its token.
                return Concat(new[] { isRequired ? (byte)0x1F : (byte)0x20 }, modifier.Length > 1 ? modifier[1..] : modifier, unmodifiedType);
            }
        }
    }
}
