using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The API gate: reads the IL and metadata of a host-built assembly and lists every reference the nanoFramework
    /// device build could not satisfy: external types and members missing from the allow-lists of the packages the
    /// device project references, generic instantiations and definitions, async state machines, multi-dimensional
    /// arrays and Enum.ToString() on our own enums.
    /// Types in a namespace with a segment starting with "HostOnly" (e.g. ChargePoint.Firmware.HostOnly,
    /// ChargePoint.Tests.HostOnly.Compat) are host-only by convention and are not scanned; so are compiler-generated
    /// types nested in them. The only other skipped type is the entry point Microsoft.NET.Test.Sdk generates into
    /// the host test assembly.
    /// </summary>
    public sealed class ApiGate
    {
        private const string AsyncReason = "async state machine (no async/await on nanoFramework)";

        private readonly MetadataReader _reader;
        private readonly ApiAllowList _allow;
        private readonly DocIdTypeProvider _types;
        private readonly Dictionary<string, ApiEquivalence> _equivalences = ApiEquivalences.ByHostMember();
        private readonly List<ApiViolation> _violations = new List<ApiViolation>();
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        private readonly HashSet<string> _ownEnums = new HashSet<string>(StringComparer.Ordinal);

        private ApiGate(MetadataReader reader, ApiAllowList allow, Func<string, bool> isOwnAssembly)
        {
            _reader = reader;
            _allow = allow;
            _types = new DocIdTypeProvider(reader, isOwnAssembly);
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                EntityHandle baseType = reader.GetTypeDefinition(handle).BaseType;
                if (baseType.Kind == HandleKind.TypeReference
                    && DocIdTypeProvider.TypeReferenceName(reader, (TypeReferenceHandle)baseType) == "System.Enum")
                {
                    _ownEnums.Add(DocIdTypeProvider.TypeDefinitionName(reader, handle));
                }
            }
        }

        /// <summary>Our own assemblies: references between them are not nanoFramework API uses.</summary>
        public static bool IsOwnAssembly(string name)
        {
            return name.StartsWith("ChargePoint.", StringComparison.Ordinal) || name == "NFUnitTest";
        }

        /// <summary>The host-only rule: a namespace segment starting with "HostOnly".</summary>
        public static bool IsHostOnlyNamespace(string ns)
        {
            foreach (string segment in ns.Split('.'))
            {
                if (segment.StartsWith("HostOnly", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public static List<ApiViolation> Scan(string assemblyPath, ApiAllowList allow)
        {
            using (FileStream stream = File.OpenRead(assemblyPath))
            {
                return Scan(stream, allow);
            }
        }

        public static List<ApiViolation> Scan(Stream assembly, ApiAllowList allow)
        {
            return Scan(assembly, allow, IsOwnAssembly);
        }

        /// <param name="isOwnAssembly">Assembly names whose types are ours (the device check passes the solution's projects).</param>
        public static List<ApiViolation> Scan(Stream assembly, ApiAllowList allow, Func<string, bool> isOwnAssembly)
        {
            using (var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen))
            {
                var gate = new ApiGate(pe.GetMetadataReader(), allow, isOwnAssembly);
                gate.Run(pe);
                return gate._violations;
            }
        }

        /// <summary>A readable multi-line report: one violation a line, grouped by reason.</summary>
        public static string Format(string assemblyName, IList<ApiViolation> violations)
        {
            var lines = new List<string>();
            foreach (ApiViolation v in violations)
            {
                lines.Add("  " + v);
            }

            lines.Sort(StringComparer.Ordinal);
            return assemblyName + ": " + violations.Count + " reference(s) the nanoFramework build cannot honour"
                + " (member <- user; see README 'The compatibility gate'):" + Environment.NewLine
                + string.Join(Environment.NewLine, lines);
        }

        private void Run(PEReader pe)
        {
            CheckAttributes(_reader.GetAssemblyDefinition().GetCustomAttributes(), "[assembly]");
            CheckAttributes(_reader.GetModuleDefinition().GetCustomAttributes(), "[module]");

            foreach (TypeDefinitionHandle typeHandle in _reader.TypeDefinitions)
            {
                if (IsHostOnly(typeHandle) || IsTestSdkGenerated(typeHandle))
                {
                    continue;
                }

                ScanType(pe, typeHandle);
            }
        }

        private bool IsHostOnly(TypeDefinitionHandle handle)
        {
            TypeDefinition type = _reader.GetTypeDefinition(handle);
            while (!type.GetDeclaringType().IsNil)
            {
                type = _reader.GetTypeDefinition(type.GetDeclaringType());
            }

            return IsHostOnlyNamespace(_reader.GetString(type.Namespace));
        }

        // Microsoft.NET.Test.Sdk generates an entry point (AutoGeneratedProgram) into the host test assembly only,
        // marked [TestSDKAutoGeneratedCode]; the device NFUnitTest never contains it.
        private bool IsTestSdkGenerated(TypeDefinitionHandle handle)
        {
            foreach (CustomAttributeHandle a in _reader.GetTypeDefinition(handle).GetCustomAttributes())
            {
                EntityHandle ctor = _reader.GetCustomAttribute(a).Constructor;
                if (ctor.Kind == HandleKind.MemberReference)
                {
                    EntityHandle parent = _reader.GetMemberReference((MemberReferenceHandle)ctor).Parent;
                    if (parent.Kind == HandleKind.TypeReference
                        && DocIdTypeProvider.TypeReferenceName(_reader, (TypeReferenceHandle)parent)
                            == "Microsoft.VisualStudio.TestPlatform.TestSDKAutoGeneratedCode")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void ScanType(PEReader pe, TypeDefinitionHandle typeHandle)
        {
            TypeDefinition type = _reader.GetTypeDefinition(typeHandle);
            string typeName = DocIdTypeProvider.TypeDefinitionName(_reader, typeHandle);

            if (type.GetGenericParameters().Count > 0)
            {
                Report("T:" + typeName, typeName, "generic type definition");
            }

            if (!type.BaseType.IsNil)
            {
                CheckType(type.BaseType, typeName + " (base type)");
            }

            foreach (InterfaceImplementationHandle i in type.GetInterfaceImplementations())
            {
                CheckType(_reader.GetInterfaceImplementation(i).Interface, typeName + " (interface)");
            }

            CheckAttributes(type.GetCustomAttributes(), typeName);

            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = _reader.GetFieldDefinition(fieldHandle);
                string user = typeName + "::" + _reader.GetString(field.Name);
                _types.Reset();
                field.DecodeSignature(_types, null);
                CheckDecodedTypes(user);
                CheckAttributes(field.GetCustomAttributes(), user);
            }

            foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
            {
                PropertyDefinition property = _reader.GetPropertyDefinition(propertyHandle);
                CheckAttributes(property.GetCustomAttributes(), typeName + "::" + _reader.GetString(property.Name));
            }

            foreach (EventDefinitionHandle eventHandle in type.GetEvents())
            {
                EventDefinition ev = _reader.GetEventDefinition(eventHandle);
                string user = typeName + "::" + _reader.GetString(ev.Name);
                CheckType(ev.Type, user);
                CheckAttributes(ev.GetCustomAttributes(), user);
            }

            foreach (MethodImplementationHandle implHandle in type.GetMethodImplementations())
            {
                MethodImplementation impl = _reader.GetMethodImplementation(implHandle);
                CheckMethod(impl.MethodDeclaration, typeName + " (explicit interface implementation)");
            }

            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                ScanMethod(pe, typeName, methodHandle);
            }
        }

        private void ScanMethod(PEReader pe, string typeName, MethodDefinitionHandle methodHandle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(methodHandle);
            string user = typeName + "::" + _reader.GetString(method.Name);

            if (method.GetGenericParameters().Count > 0)
            {
                Report("M:" + typeName + "." + _reader.GetString(method.Name), user, "generic method definition");
            }

            _types.Reset();
            method.DecodeSignature(_types, null);
            CheckDecodedTypes(user);
            CheckAttributes(method.GetCustomAttributes(), user);
            foreach (ParameterHandle p in method.GetParameters())
            {
                CheckAttributes(_reader.GetParameter(p).GetCustomAttributes(), user);
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                _types.Reset();
                _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_types, null);
                CheckDecodedTypes(user + " (locals)");
            }

            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil)
                {
                    CheckType(region.CatchType, user + " (catch)");
                }
            }

            ScanIl(body.GetILReader(), user);
        }

        private void ScanIl(BlobReader il, string user)
        {
            EntityHandle constrained = default;
            foreach (IlInstruction ins in IlDecoder.Decode(il, user))
            {
                switch (ins.Op.OperandType)
                {
                    case OperandType.InlineSig:
                        _types.Reset();
                        _reader.GetStandaloneSignature((StandaloneSignatureHandle)ins.Token).DecodeMethodSignature(_types, null);
                        CheckDecodedTypes(user);
                        break;
                    case OperandType.InlineMethod:
                    case OperandType.InlineField:
                    case OperandType.InlineType:
                    case OperandType.InlineTok:
                        if (ins.Op == OpCodes.Constrained)
                        {
                            CheckType(ins.Token, user);
                            constrained = ins.Token;
                            continue;
                        }

                        if (!constrained.IsNil && ins.Op == OpCodes.Callvirt)
                        {
                            CheckEnumToString(constrained, ins.Token, user);
                        }

                        CheckToken(ins.Token, user);
                        break;
                }

                constrained = default;
            }
        }

        private void CheckToken(EntityHandle token, string user)
        {
            switch (token.Kind)
            {
                case HandleKind.TypeDefinition:
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    CheckType(token, user);
                    break;
                case HandleKind.MethodDefinition:
                case HandleKind.MemberReference:
                case HandleKind.MethodSpecification:
                    CheckMethod(token, user);
                    break;
                case HandleKind.FieldDefinition:
                    break;
                default:
                    throw new BadImageFormatException("Unexpected token kind " + token.Kind + " in " + user);
            }
        }

        // enumValue.ToString() compiles to constrained. <Enum> callvirt Object::ToString(): on nano it gives digits.
        private void CheckEnumToString(EntityHandle constrained, EntityHandle method, string user)
        {
            if (constrained.Kind != HandleKind.TypeDefinition || method.Kind != HandleKind.MemberReference)
            {
                return;
            }

            TypeDefinition type = _reader.GetTypeDefinition((TypeDefinitionHandle)constrained);
            if (type.BaseType.Kind != HandleKind.TypeReference
                || DocIdTypeProvider.TypeReferenceName(_reader, (TypeReferenceHandle)type.BaseType) != "System.Enum")
            {
                return;
            }

            MemberReference member = _reader.GetMemberReference((MemberReferenceHandle)method);
            if (_reader.GetString(member.Name) == "ToString")
            {
                Report("M:" + DocIdTypeProvider.TypeDefinitionName(_reader, (TypeDefinitionHandle)constrained) + ".ToString",
                    user, "Enum.ToString() returns the number on nanoFramework (use an explicit string table)");
            }
        }

        private void CheckAttributes(CustomAttributeHandleCollection attributes, string user)
        {
            foreach (CustomAttributeHandle handle in attributes)
            {
                CheckMethod(_reader.GetCustomAttribute(handle).Constructor, user + " [attribute]");
            }
        }

        private void CheckType(EntityHandle handle, string user)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return;
                case HandleKind.TypeReference:
                    _types.Reset();
                    _types.GetTypeFromReference(_reader, (TypeReferenceHandle)handle, 0);
                    CheckDecodedTypes(user);
                    return;
                case HandleKind.TypeSpecification:
                    _types.Reset();
                    _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_types, null);
                    CheckDecodedTypes(user);
                    return;
                default:
                    throw new BadImageFormatException("Unexpected type handle " + handle.Kind + " in " + user);
            }
        }

        // Checks what the provider collected while decoding one signature or type.
        private void CheckDecodedTypes(string user)
        {
            var external = new List<string>(_types.ExternalTypes);
            var generic = new List<string>(_types.GenericInstances);
            var arrays = new List<string>(_types.MultiDimensionalArrays);
            foreach (string type in external)
            {
                CheckTypeName(type, user);
            }

            foreach (string type in generic)
            {
                Report("T:" + type, user, IsAsyncMachinery(type) ? AsyncReason : "generic instantiation");
            }

            foreach (string type in arrays)
            {
                Report("T:" + type, user, "multi-dimensional array (use jagged arrays)");
            }
        }

        private void CheckTypeName(string type, string user)
        {
            if (IsAsyncMachinery(type))
            {
                Report("T:" + type, user, AsyncReason);
                return;
            }

            if (_equivalences.TryGetValue("T:" + type, out ApiEquivalence? eq))
            {
                CheckEquivalence(eq, user);
                return;
            }

            CheckListed("T:" + type, user);
        }

        private static bool IsAsyncMachinery(string type)
        {
            return type.StartsWith("System.Runtime.CompilerServices.Async", StringComparison.Ordinal)
                || type == "System.Runtime.CompilerServices.IAsyncStateMachine"
                || type.StartsWith("System.Runtime.CompilerServices.TaskAwaiter", StringComparison.Ordinal)
                || type.StartsWith("System.Runtime.CompilerServices.ConfiguredTaskAwaitable", StringComparison.Ordinal)
                || type.StartsWith("System.Threading.Tasks.", StringComparison.Ordinal);
        }

        private void CheckMethod(EntityHandle handle, string user)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    return;
                case HandleKind.MemberReference:
                    CheckMemberReference((MemberReferenceHandle)handle, user);
                    return;
                case HandleKind.MethodSpecification:
                    CheckMethodSpecification((MethodSpecificationHandle)handle, user);
                    return;
                default:
                    throw new BadImageFormatException("Unexpected method handle " + handle.Kind + " in " + user);
            }
        }

        private void CheckMethodSpecification(MethodSpecificationHandle handle, string user)
        {
            MethodSpecification spec = _reader.GetMethodSpecification(handle);
            string? method = spec.Method.Kind == HandleKind.MemberReference
                ? MemberDocId((MemberReferenceHandle)spec.Method, out _)
                : "M:" + MethodDefinitionName((MethodDefinitionHandle)spec.Method);
            _types.Reset();
            System.Collections.Immutable.ImmutableArray<string> typeArguments = spec.DecodeSignature(_types, null);
            string arguments = string.Join(",", typeArguments);
            if (method != null && _equivalences.TryGetValue(method, out ApiEquivalence? eq))
            {
                CheckEquivalence(eq, user);
                foreach (string argument in typeArguments)
                {
                    if (_ownEnums.Contains(argument))
                    {
                        // $"{mode}" with an own enum: nano's string.Format calls Enum.ToString(), i.e. digits.
                        Report("M:" + argument + ".ToString", user, "Enum.ToString() returns the number on nanoFramework (use an explicit string table)");
                    }
                }

                return;
            }

            Report((method ?? "M:?") + "{" + arguments + "}", user, "generic method instantiation");
        }

        private string MethodDefinitionName(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            return DocIdTypeProvider.TypeDefinitionName(_reader, method.GetDeclaringType()) + "." + _reader.GetString(method.Name);
        }

        private void CheckMemberReference(MemberReferenceHandle handle, string user)
        {
            string? docId = MemberDocId(handle, out string? parentProblem);
            if (parentProblem != null)
            {
                Report(docId ?? "?", user, parentProblem);
                return;
            }

            if (docId == null)
            {
                return; // a member of our own assemblies
            }

            if (_equivalences.TryGetValue(docId, out ApiEquivalence? eq))
            {
                CheckEquivalence(eq, user);
                return;
            }

            if (IsAllowedMember(docId))
            {
                return;
            }

            MemberReference member = _reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference
                && IsAsyncMachinery(DocIdTypeProvider.TypeReferenceName(_reader, (TypeReferenceHandle)member.Parent)))
            {
                Report(docId, user, AsyncReason);
                return;
            }

            string? elsewhere = ListedElsewhere(docId);
            Report(docId, user, elsewhere != null
                ? "in " + elsewhere + ", which this device project does not reference"
                : "not in the nanoFramework API");
        }

        private void CheckEquivalence(ApiEquivalence eq, string user)
        {
            if (eq.NanoMember != null && !_allow.Allows(eq.NanoMember))
            {
                Report(eq.HostMember, user, "equivalence target " + eq.NanoMember + " is not on the allow-list");
            }
        }

        /// <summary>
        /// The doc ID of a referenced member, or null for members of our own assemblies. parentProblem is set when
        /// the member hangs off a generic instantiation or a multi-dimensional array.
        /// </summary>
        private string? MemberDocId(MemberReferenceHandle handle, out string? parentProblem)
        {
            parentProblem = null;
            MemberReference member = _reader.GetMemberReference(handle);
            string parent;
            _types.Reset();
            switch (member.Parent.Kind)
            {
                case HandleKind.TypeReference:
                    var typeRef = (TypeReferenceHandle)member.Parent;
                    if (_types.IsOwn(_reader, typeRef))
                    {
                        return null;
                    }

                    parent = DocIdTypeProvider.TypeReferenceName(_reader, typeRef);
                    break;
                case HandleKind.TypeSpecification:
                    parent = _reader.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(_types, null);
                    if (_types.GenericInstances.Count > 0)
                    {
                        parentProblem = IsAsyncMachinery(parent) ? AsyncReason : "generic instantiation";
                    }
                    else if (_types.MultiDimensionalArrays.Count > 0)
                    {
                        parentProblem = "multi-dimensional array (use jagged arrays)";
                    }
                    else if (_types.ExternalTypes.Count == 0)
                    {
                        return null; // e.g. an array of our own type
                    }

                    break;
                default:
                    return null; // TypeDefinition, MethodDefinition (vararg), ModuleReference: our own
            }

            string name = _reader.GetString(member.Name);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                return "F:" + parent + "." + name;
            }

            MethodSignature<string> sig = member.DecodeMethodSignature(_types, null);
            string id = "M:" + parent + "." + name.Replace('.', '#');
            if (sig.GenericParameterCount > 0)
            {
                id += "``" + sig.GenericParameterCount;
            }

            if (sig.ParameterTypes.Length > 0)
            {
                id += "(" + string.Join(",", sig.ParameterTypes) + ")";
            }

            if (name == "op_Implicit" || name == "op_Explicit")
            {
                id += "~" + sig.ReturnType;
            }

            return id;
        }

        private bool IsAllowedMember(string docId)
        {
            if (_allow.Allows(docId))
            {
                return true;
            }

            string? accessorOf = AccessorOwner(docId);
            return accessorOf != null && _allow.Allows(accessorOf);
        }

        private string? ListedElsewhere(string docId)
        {
            return _allow.ListedElsewhere(docId) ?? (AccessorOwner(docId) is string owner ? _allow.ListedElsewhere(owner) : null);
        }

        /// <summary>The lists omit accessors: get_X/set_X map to P:, add_X/remove_X to E:.</summary>
        private static string? AccessorOwner(string docId)
        {
            int paren = docId.IndexOf('(');
            string head = paren < 0 ? docId : docId.Substring(0, paren);
            int dot = head.LastIndexOf('.');
            string type = head.Substring(2, dot - 2);
            string name = head.Substring(dot + 1);
            string parameters = paren < 0 ? "" : docId.Substring(paren);

            if (name.StartsWith("get_", StringComparison.Ordinal))
            {
                return "P:" + type + "." + name.Substring(4) + parameters;
            }

            if (name.StartsWith("set_", StringComparison.Ordinal))
            {
                // The setter takes the value last; an indexer keeps its index parameters.
                int comma = parameters.LastIndexOf(',');
                string index = comma < 0 ? "" : parameters.Substring(0, comma) + ")";
                return "P:" + type + "." + name.Substring(4) + index;
            }

            if (name.StartsWith("add_", StringComparison.Ordinal))
            {
                return "E:" + type + "." + name.Substring(4);
            }

            if (name.StartsWith("remove_", StringComparison.Ordinal))
            {
                return "E:" + type + "." + name.Substring(7);
            }

            return null;
        }

        private void CheckListed(string docId, string user)
        {
            if (_allow.Allows(docId))
            {
                return;
            }

            string? elsewhere = _allow.ListedElsewhere(docId);
            Report(docId, user, elsewhere != null
                ? "in " + elsewhere + ", which this device project does not reference"
                : "not in the nanoFramework API");
        }

        private void Report(string member, string user, string reason)
        {
            if (_seen.Add(member + "|" + user + "|" + reason))
            {
                _violations.Add(new ApiViolation(member, user, reason));
            }
        }
    }
}
