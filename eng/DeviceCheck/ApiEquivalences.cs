using System.Collections.Generic;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The few places where the host compiler (Roslyn against .NET 10) lowers the same C# 9 source to members that
    /// nano's mscorlib lacks, while Roslyn against nano's mscorlib picks another member or emits nothing.
    /// Keep this list short: every entry must say what the device build emits, and that member must itself be on
    /// the allow-list (the gate checks it). Never add an entry to silence real use of a missing API.
    /// </summary>
    public static class ApiEquivalences
    {
        public static IReadOnlyList<ApiEquivalence> All()
        {
            return new[]
            {
                // `lock (x)`: Roslyn uses Enter(object, ref bool lockTaken) when the BCL has it; nano's Monitor only
                // has Enter(object), which Roslyn then uses (the C# 3 lowering).
                new ApiEquivalence(
                    "M:System.Threading.Monitor.Enter(System.Object,System.Boolean@)",
                    "M:System.Threading.Monitor.Enter(System.Object)",
                    "lock statement lowering"),

                // Field-like events: Roslyn makes add/remove lock-free with Interlocked.CompareExchange<T> when it
                // exists; without it (nano) it emits Delegate.Combine/Remove and a plain field store.
                new ApiEquivalence(
                    "M:System.Threading.Interlocked.CompareExchange``1(``0@,``0,``0)",
                    "M:System.Delegate.Combine(System.Delegate,System.Delegate)",
                    "field-like event accessor lowering"),

                // String interpolation / string.Format with 1-3 arguments: nano only has Format(string, params
                // object[]), which Roslyn binds to instead (the arguments go into an object[]).
                new ApiEquivalence(
                    "M:System.String.Format(System.String,System.Object)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string.Format / interpolation overload"),
                new ApiEquivalence(
                    "M:System.String.Format(System.String,System.Object,System.Object)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string.Format / interpolation overload"),
                new ApiEquivalence(
                    "M:System.String.Format(System.String,System.Object,System.Object,System.Object)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string.Format / interpolation overload"),

                // String interpolation: Roslyn (any LangVersion) builds a string through DefaultInterpolatedStringHandler
                // when the BCL has it (.NET 6+). Nano's mscorlib has no such type, so the same source becomes
                // string.Format(string, object[]) (or string.Concat when every hole is a string without format).
                // The gate still flags an own enum passed to AppendFormatted<T>: on nano it formats as a number.
                new ApiEquivalence(
                    "T:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.#ctor(System.Int32,System.Int32)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendLiteral(System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted(System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted(System.String,System.Int32,System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted(System.Object,System.Int32,System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0,System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0,System.Int32)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0,System.Int32,System.String)",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.ToStringAndClear",
                    "M:System.String.Format(System.String,System.Object[])",
                    "string interpolation lowering"),

                // Assembly-level attributes Roslyn adds only when the attribute type exists. Nano's mscorlib has
                // none of them, so the device assembly simply does not carry them.
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.CompilationRelaxationsAttribute.#ctor(System.Int32)",
                    null,
                    "implicit assembly attribute, absent on nano"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.RuntimeCompatibilityAttribute.#ctor",
                    null,
                    "implicit assembly attribute, absent on nano"),

                // [CompilerGenerated] on closures, lambdas' cache classes, auto-property backing fields and the
                // embedded Nullable attributes: an optional well-known attribute, skipped when missing.
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.CompilerGeneratedAttribute.#ctor",
                    null,
                    "optional compiler marker, absent on nano"),

                // Nullable annotations (<Nullable>enable</Nullable>): .NET 10 exposes these attributes, so the host
                // assembly references them; nano's mscorlib does not, so Roslyn embeds them as internal types of
                // the assembly itself (all their members are then our own, and scanned like any other type).
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.NullableAttribute.#ctor(System.Byte)",
                    null,
                    "nullable metadata, embedded in the assembly on nano"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.NullableAttribute.#ctor(System.Byte[])",
                    null,
                    "nullable metadata, embedded in the assembly on nano"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.NullableContextAttribute.#ctor(System.Byte)",
                    null,
                    "nullable metadata, embedded in the assembly on nano"),
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.NullablePublicOnlyAttribute.#ctor(System.Boolean)",
                    null,
                    "nullable metadata, embedded in the assembly on nano"),

                // [module: RefSafetyRules(11)] is added when the core library supports ref fields (.NET 7+); nano's
                // mscorlib does not, so the module carries no such attribute.
                new ApiEquivalence(
                    "M:System.Runtime.CompilerServices.RefSafetyRulesAttribute.#ctor(System.Int32)",
                    null,
                    "module attribute tied to the host runtime, absent on nano"),

                // `entry.Key` on a Hashtable's DictionaryEntry binds to a property on .NET and to a public field in
                // nanoFramework.System.Collections: same source, ldfld instead of a call.
                new ApiEquivalence(
                    "M:System.Collections.DictionaryEntry.get_Key",
                    "F:System.Collections.DictionaryEntry.Key",
                    "DictionaryEntry.Key is a field on nano"),
                new ApiEquivalence(
                    "M:System.Collections.DictionaryEntry.get_Value",
                    "F:System.Collections.DictionaryEntry.Value",
                    "DictionaryEntry.Value is a field on nano"),
            };
        }

        public static Dictionary<string, ApiEquivalence> ByHostMember()
        {
            var map = new Dictionary<string, ApiEquivalence>();
            foreach (ApiEquivalence e in All())
            {
                map[e.HostMember] = e;
            }

            return map;
        }
    }
}
