using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Decodes metadata signatures into the type spelling of documentation-comment IDs (System.Int32[],
    /// System.Boolean@, Outer.Inner, List{System.Int32}, `0, ``0) and records, while decoding, every external
    /// type and every generic instantiation it meets so that the gate can check them.
    /// </summary>
    public sealed class DocIdTypeProvider : ISignatureTypeProvider<string, object?>
    {
        private readonly MetadataReader _reader;
        private readonly Func<string, bool> _isOwnAssembly;

        public DocIdTypeProvider(MetadataReader reader, Func<string, bool> isOwnAssembly)
        {
            _reader = reader;
            _isOwnAssembly = isOwnAssembly;
        }

        /// <summary>External types met since the last <see cref="Reset"/> (doc-ID spelling, no "T:").</summary>
        public List<string> ExternalTypes { get; } = new List<string>();

        /// <summary>Generic instantiations met since the last <see cref="Reset"/>.</summary>
        public List<string> GenericInstances { get; } = new List<string>();

        /// <summary>Multi-dimensional arrays met since the last <see cref="Reset"/>.</summary>
        public List<string> MultiDimensionalArrays { get; } = new List<string>();

        public void Reset()
        {
            ExternalTypes.Clear();
            GenericInstances.Clear();
            MultiDimensionalArrays.Clear();
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode)
        {
            switch (typeCode)
            {
                case PrimitiveTypeCode.Boolean: return "System.Boolean";
                case PrimitiveTypeCode.Byte: return "System.Byte";
                case PrimitiveTypeCode.SByte: return "System.SByte";
                case PrimitiveTypeCode.Char: return "System.Char";
                case PrimitiveTypeCode.Int16: return "System.Int16";
                case PrimitiveTypeCode.UInt16: return "System.UInt16";
                case PrimitiveTypeCode.Int32: return "System.Int32";
                case PrimitiveTypeCode.UInt32: return "System.UInt32";
                case PrimitiveTypeCode.Int64: return "System.Int64";
                case PrimitiveTypeCode.UInt64: return "System.UInt64";
                case PrimitiveTypeCode.Single: return "System.Single";
                case PrimitiveTypeCode.Double: return "System.Double";
                case PrimitiveTypeCode.IntPtr: return "System.IntPtr";
                case PrimitiveTypeCode.UIntPtr: return "System.UIntPtr";
                case PrimitiveTypeCode.Object: return "System.Object";
                case PrimitiveTypeCode.String: return "System.String";
                case PrimitiveTypeCode.TypedReference: return "System.TypedReference";
                case PrimitiveTypeCode.Void: return "System.Void";
                default: throw new BadImageFormatException("Unknown primitive type " + typeCode);
            }
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            return TypeDefinitionName(reader, handle);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            string name = TypeReferenceName(reader, handle);
            if (!IsOwn(reader, handle))
            {
                ExternalTypes.Add(name);
            }

            return name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            var sb = new StringBuilder(elementType).Append('[');
            for (int i = 0; i < shape.Rank; i++)
            {
                sb.Append(i == 0 ? "" : ",").Append("0:");
            }

            string result = sb.Append(']').ToString();
            MultiDimensionalArrays.Add(result);
            return result;
        }

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "method-pointer";

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            // Report the instantiation, not its open definition as well.
            int last = ExternalTypes.LastIndexOf(genericType);
            if (last >= 0)
            {
                ExternalTypes.RemoveAt(last);
            }

            int tick = genericType.LastIndexOf('`');
            string name = (tick > 0 ? genericType.Substring(0, tick) : genericType) + "{" + string.Join(",", typeArguments) + "}";
            GenericInstances.Add(name);
            return name;
        }

        /// <summary>Namespace.Outer.Inner of a type defined in the scanned assembly.</summary>
        public static string TypeDefinitionName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            TypeDefinitionHandle outer = type.GetDeclaringType();
            if (!outer.IsNil)
            {
                return TypeDefinitionName(reader, outer) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>Namespace.Outer.Inner of a referenced type.</summary>
        public static string TypeReferenceName(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return TypeReferenceName(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The assembly a type reference resolves to, or null when it lives in this module.</summary>
        public static string? ReferencedAssembly(MetadataReader reader, TypeReferenceHandle handle)
        {
            EntityHandle scope = reader.GetTypeReference(handle).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            if (scope.Kind == HandleKind.AssemblyReference)
            {
                return reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            }

            return null;
        }

        public bool IsOwn(MetadataReader reader, TypeReferenceHandle handle)
        {
            string? assembly = ReferencedAssembly(reader, handle);
            return assembly == null || _isOwnAssembly(assembly);
        }
    }
}
