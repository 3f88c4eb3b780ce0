using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace ChargePoint.DeviceCheck
{
    /// <summary>One decoded IL instruction: the opcode, an immediate (integers, string tokens, branch targets, locals, a switch's case count) or a metadata token.</summary>
    public sealed class IlInstruction
    {
        public OpCode Op;
        public long Value;

        /// <summary>Method, field, type, token and standalone-signature (calli) operands.</summary>
        public EntityHandle Token;
    }

    /// <summary>Decodes a method body's IL for the scans (<see cref="ApiGate"/>, <see cref="RuntimePitfallScan"/>) and the .pe model (<see cref="PeTables"/>); nops are dropped.</summary>
    public static class IlDecoder
    {
        private static readonly Dictionary<short, OpCode> OpCodesByValue = BuildOpCodes();

        public static List<IlInstruction> Decode(BlobReader il, string user)
        {
            var result = new List<IlInstruction>();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                if (!OpCodesByValue.TryGetValue(value, out OpCode op))
                {
                    throw new BadImageFormatException("Unknown IL opcode 0x" + value.ToString("X") + " in " + user);
                }

                var ins = new IlInstruction { Op = op };
                switch (op.OperandType)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineI:
                        ins.Value = op == OpCodes.Ldc_I4_S ? unchecked((sbyte)il.ReadByte()) : il.ReadByte();
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineVar:
                        ins.Value = il.ReadByte();
                        break;
                    case OperandType.InlineVar:
                        ins.Value = il.ReadInt16();
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.ShortInlineR:
                    case OperandType.InlineString:
                        ins.Value = il.ReadInt32();
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        ins.Value = il.ReadInt64();
                        break;
                    case OperandType.InlineSwitch:
                        int count = il.ReadInt32();
                        ins.Value = count;
                        il.Offset += 4 * count;
                        break;
                    case OperandType.InlineSig:
                    case OperandType.InlineMethod:
                    case OperandType.InlineField:
                    case OperandType.InlineType:
                    case OperandType.InlineTok:
                        ins.Token = MetadataTokens.EntityHandle(il.ReadInt32());
                        break;
                    default:
                        throw new BadImageFormatException("Unhandled operand type " + op.OperandType + " in " + user);
                }

                if (op != OpCodes.Nop)
                {
                    result.Add(ins);
                }
            }

            return result;
        }

        private static Dictionary<short, OpCode> BuildOpCodes()
        {
            var map = new Dictionary<short, OpCode>();
            foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is OpCode op)
                {
                    map[op.Value] = op;
                }
            }

            return map;
        }
    }
}
