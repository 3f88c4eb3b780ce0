using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Text;

namespace ChargePoint.Firmware.Benchmark.HostOnly
{
    /// <summary>
    /// What an object graph would take on the nanoCLR's heap, estimated on the host by a reflection walk. The
    /// interpreter stores an object as one 12-byte heap block of header plus one block per field whatever its type
    /// (a 32-bit build; docs: nanoframework.md §2), and an array of references as one block per slot, so a field or a
    /// slot costs there what an int array element costs four times over. The host proxy (GC.GetTotalMemory) weighs
    /// them at 4–8 B and so underrates exactly what the device pays for most. A model, not a measurement:
    /// - objects 12 × (1 + instance fields); boxed values 24; delegates 36;
    /// - arrays 20 + their elements (bytes 1, chars 2, ints 4, longs and doubles 8, references 12, structs 12 a field);
    /// - an ArrayList as nanoFramework's (its object and an item array of at least 4 slots, the device's default);
    /// - literal strings one block each (they point into the assembly), other strings 12 + their UTF-8 bytes + 1.
    /// Simulated hardware (namespaces with "Simulation") and the benchmark's own objects are not walked: the device has
    /// real drivers there. Statics are not walked (one copy, not per composition).
    /// </summary>
    public static class NanoHeapModel
    {
        private const int Block = 12;

        /// <summary>Modelled bytes of everything reachable from root.</summary>
        public static long Bytes(object root)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<object>();
            pending.Push(root);
            long total = 0;
            while (pending.Count > 0)
            {
                object o = pending.Pop();
                Type t = o.GetType();
                if (!IsWalked(t) || !seen.Add(o))
                {
                    continue;
                }

                total += Size(o, t);
                Follow(o, t, pending);
            }

            return total;
        }

        private static bool IsWalked(Type t)
        {
            string ns = t.Namespace ?? string.Empty;
            return ns.IndexOf("Simulation", StringComparison.Ordinal) < 0 && ns.IndexOf("Benchmark", StringComparison.Ordinal) < 0
                && !ns.StartsWith("System.Reflection", StringComparison.Ordinal) && !typeof(MemberInfo).IsAssignableFrom(t);
        }

        private static long Size(object o, Type t)
        {
            if (o is string s)
            {
                return string.IsInterned(s) != null ? Block : Block + Encoding.UTF8.GetByteCount(s) + 1;
            }

            if (o is Delegate)
            {
                return 3 * Block;
            }

            if (o is ArrayList list)
            {
                return 3 * Block + 20 + Block * (long)Math.Max(4, list.Capacity);
            }

            if (t.IsArray)
            {
                return 20 + ElementBytes(t.GetElementType()!) * (long)((Array)o).Length;
            }

            return t.IsValueType ? 2 * Block : Block * (1L + Fields(t).Count);
        }

        private static long ElementBytes(Type e)
        {
            if (!e.IsValueType)
            {
                return Block;
            }

            if (e.IsPrimitive || e.IsEnum)
            {
                int size = System.Runtime.InteropServices.Marshal.SizeOf(e.IsEnum ? Enum.GetUnderlyingType(e) : e == typeof(bool) ? typeof(byte) : e == typeof(char) ? typeof(short) : e);
                return size;
            }

            return Block * (long)Math.Max(1, Fields(e).Count);
        }

        private static void Follow(object o, Type t, Stack<object> pending)
        {
            if (o is string)
            {
                return;
            }

            if (o is Delegate d)
            {
                foreach (Delegate single in d.GetInvocationList())
                {
                    if (single.Target != null)
                    {
                        pending.Push(single.Target);
                    }
                }

                return;
            }

            if (o is ArrayList list)
            {
                foreach (object? item in list)
                {
                    if (item != null)
                    {
                        pending.Push(item);
                    }
                }

                return;
            }

            if (t.IsArray)
            {
                if (!t.GetElementType()!.IsValueType)
                {
                    foreach (object? item in (Array)o)
                    {
                        if (item != null)
                        {
                            pending.Push(item);
                        }
                    }
                }

                return;
            }

            foreach (FieldInfo f in Fields(t))
            {
                if (!f.FieldType.IsValueType)
                {
                    object? value = f.GetValue(o);
                    if (value != null)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        private static List<FieldInfo> Fields(Type t)
        {
            var fields = new List<FieldInfo>();
            for (Type? at = t; at != null; at = at.BaseType)
            {
                fields.AddRange(at.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
            }

            return fields;
        }
    }
}
