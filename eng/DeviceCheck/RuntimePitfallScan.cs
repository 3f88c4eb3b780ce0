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
    /// Flags IL that relies on .NET behaviour the real nanoCLR does not share (eng/CONVENTIONS.md, "Runtime differences
    /// from .NET"): a DateTime used as a "no date" marker. On the nanoCLR default(DateTime) and DateTime.MinValue are
    /// 1601-01-01 (ticks 504911232000000000, not 0) and new DateTime(0) throws. Findings are "Type::Method: reason".
    /// Reported per method: (a) ldsfld DateTime::MinValue; (b) initobj DateTime (default(DateTime)) and
    /// new DateTime(0L); (c) DateTime::get_Ticks compared with the constant 0 (ceq/cgt/clt/branches, or brtrue/brfalse).
    /// Types in a namespace with a segment starting with "HostOnly" are skipped, as in <see cref="ApiGate"/>.
    /// </summary>
    public static class RuntimePitfallScan
    {
        private const string DateTimeType = "System.DateTime";

        public static List<string> Scan(string assemblyPath)
        {
            using (FileStream stream = File.OpenRead(assemblyPath))
            {
                return Scan(stream);
            }
        }

        public static List<string> Scan(Stream assembly)
        {
            var findings = new List<string>();
            using (var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen))
            {
                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
                {
                    if (IsHostOnly(reader, typeHandle))
                    {
                        continue;
                    }

                    TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                    string typeName = TypeName(reader, typeHandle);
                    foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                    {
                        MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                        if (method.RelativeVirtualAddress == 0)
                        {
                            continue;
                        }

                        string user = typeName + "::" + reader.GetString(method.Name);
                        List<IlInstruction> il = IlDecoder.Decode(pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader(), user);
                        Inspect(reader, il, user, findings);
                    }
                }
            }

            return findings;
        }

        private static void Inspect(MetadataReader reader, List<IlInstruction> il, string user, List<string> findings)
        {
            for (int i = 0; i < il.Count; i++)
            {
                IlInstruction ins = il[i];
                if (ins.Op == OpCodes.Ldsfld && MemberIs(reader, ins.Token, DateTimeType, "MinValue"))
                {
                    Add(findings, user + ": DateTime.MinValue (on the nanoCLR it is 1601-01-01, a real instant: never a \"no date\" marker)");
                }
                else if (ins.Op == OpCodes.Initobj && TypeIs(reader, ins.Token, DateTimeType))
                {
                    Add(findings, user + ": default(DateTime) (on the nanoCLR its ticks are 504911232000000000, 1601-01-01: never a \"no date\" marker)");
                }
                else if (ins.Op == OpCodes.Newobj && MemberIs(reader, ins.Token, DateTimeType, ".ctor") && i > 0 && IsZero(il, i - 1))
                {
                    Add(findings, user + ": new DateTime(0) (throws ArgumentOutOfRangeException on the nanoCLR)");
                }
                else if ((ins.Op == OpCodes.Call || ins.Op == OpCodes.Callvirt) && MemberIs(reader, ins.Token, DateTimeType, "get_Ticks")
                    && TicksComparedWithZero(il, i))
                {
                    Add(findings, user + ": DateTime.Ticks compared with 0 (default(DateTime) is not tick 0 on the nanoCLR: use an explicit absent value)");
                }
            }
        }

        private static void Add(List<string> findings, string finding)
        {
            if (!findings.Contains(finding))
            {
                findings.Add(finding);
            }
        }

        // call get_Ticks; <zero>; ceq/cgt/clt/b.. or call get_Ticks; brtrue/brfalse, or <zero>; (load); call get_Ticks; compare.
        private static bool TicksComparedWithZero(List<IlInstruction> il, int call)
        {
            int next = call + 1;
            if (next < il.Count && (il[next].Op == OpCodes.Brtrue || il[next].Op == OpCodes.Brtrue_S
                || il[next].Op == OpCodes.Brfalse || il[next].Op == OpCodes.Brfalse_S))
            {
                return true;
            }

            int after = ZeroEndsAt(il, next);
            if (after > 0 && after < il.Count && IsComparison(il[after].Op))
            {
                return true;
            }

            if (next < il.Count && IsComparison(il[next].Op))
            {
                // The zero came first: <zero> [ldarga/ldloca/ldarg/ldloc] call get_Ticks compare.
                for (int back = call - 1; back >= 0 && back >= call - 3; back--)
                {
                    if (IsZero(il, back))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>If a long 0 starts at index i (ldc.i8 0, or ldc.i4.0 + conv.i8), the index after it; else -1.</summary>
        private static int ZeroEndsAt(List<IlInstruction> il, int i)
        {
            if (i >= il.Count)
            {
                return -1;
            }

            if (il[i].Op == OpCodes.Ldc_I8 && il[i].Value == 0)
            {
                return i + 1;
            }

            if (IsIntZero(il[i]) && i + 1 < il.Count && il[i + 1].Op == OpCodes.Conv_I8)
            {
                return i + 2;
            }

            return -1;
        }

        /// <summary>Whether the instruction at i ends a long 0 (ldc.i8 0, or conv.i8 after ldc.i4.0).</summary>
        private static bool IsZero(List<IlInstruction> il, int i)
        {
            if (il[i].Op == OpCodes.Ldc_I8 && il[i].Value == 0)
            {
                return true;
            }

            return il[i].Op == OpCodes.Conv_I8 && i > 0 && IsIntZero(il[i - 1]);
        }

        private static bool IsIntZero(IlInstruction ins)
        {
            return ins.Op == OpCodes.Ldc_I4_0 || ((ins.Op == OpCodes.Ldc_I4 || ins.Op == OpCodes.Ldc_I4_S) && ins.Value == 0);
        }

        private static bool IsComparison(OpCode op)
        {
            return op == OpCodes.Ceq || op == OpCodes.Cgt || op == OpCodes.Cgt_Un || op == OpCodes.Clt || op == OpCodes.Clt_Un
                || op == OpCodes.Beq || op == OpCodes.Beq_S || op == OpCodes.Bne_Un || op == OpCodes.Bne_Un_S
                || op == OpCodes.Bgt || op == OpCodes.Bgt_S || op == OpCodes.Bgt_Un || op == OpCodes.Bgt_Un_S
                || op == OpCodes.Bge || op == OpCodes.Bge_S || op == OpCodes.Bge_Un || op == OpCodes.Bge_Un_S
                || op == OpCodes.Blt || op == OpCodes.Blt_S || op == OpCodes.Blt_Un || op == OpCodes.Blt_Un_S
                || op == OpCodes.Ble || op == OpCodes.Ble_S || op == OpCodes.Ble_Un || op == OpCodes.Ble_Un_S;
        }

        private static bool MemberIs(MetadataReader reader, EntityHandle token, string typeName, string memberName)
        {
            switch (token.Kind)
            {
                case HandleKind.MemberReference:
                    MemberReference member = reader.GetMemberReference((MemberReferenceHandle)token);
                    return reader.GetString(member.Name) == memberName && TypeIs(reader, member.Parent, typeName);
                case HandleKind.MethodDefinition:
                    MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)token);
                    return reader.GetString(method.Name) == memberName && TypeName(reader, method.GetDeclaringType()) == typeName;
                case HandleKind.FieldDefinition:
                    FieldDefinition field = reader.GetFieldDefinition((FieldDefinitionHandle)token);
                    return reader.GetString(field.Name) == memberName && TypeName(reader, field.GetDeclaringType()) == typeName;
                default:
                    return false;
            }
        }

        private static bool TypeIs(MetadataReader reader, EntityHandle token, string typeName)
        {
            switch (token.Kind)
            {
                case HandleKind.TypeReference:
                    TypeReference reference = reader.GetTypeReference((TypeReferenceHandle)token);
                    return reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name) == typeName;
                case HandleKind.TypeDefinition:
                    return TypeName(reader, (TypeDefinitionHandle)token) == typeName;
                default:
                    return false;
            }
        }

        private static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            if (!type.GetDeclaringType().IsNil)
            {
                return TypeName(reader, type.GetDeclaringType()) + "+" + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static bool IsHostOnly(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            while (!type.GetDeclaringType().IsNil)
            {
                type = reader.GetTypeDefinition(type.GetDeclaringType());
            }

            return ApiGate.IsHostOnlyNamespace(reader.GetString(type.Namespace));
        }
    }
}
