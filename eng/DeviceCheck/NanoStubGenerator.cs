using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Writes C# reference stubs for nanoFramework types from their sig lines (eng/nanoframework-api/sig/). Bodies are
    /// <c>throw null!</c>; only the shape matters. The sig files give each type's kind and its public/protected members
    /// but not base types or interfaces, so those are inferred (each heuristic is listed here and in the README):
    /// <list type="number">
    /// <item>Base class from <see cref="KnownBases"/> (a short table for what no rule below sees), else from overrides: a class with an <c>override</c> member (other than the Object ones) derives
    /// from the stub class that declares that member virtual/abstract with the same name, kind and parameter count
    /// (same namespace first), else from the first of <see cref="BclBaseCandidates"/> that has it (Stream ...).</item>
    /// <item>Otherwise a class whose name ends (at a word boundary) with the name of another class of the same
    /// package derives from it: ReceiveMessageFrame from MessageFrame, ClientWebSocketOptions from WebSocketOptions,
    /// IPEndPoint from EndPoint (the longest such name wins).</item>
    /// <item>Otherwise a name ending in Exception derives from System.Exception, EventArgs from System.EventArgs,
    /// Attribute from System.Attribute.</item>
    /// <item>An <c>override</c> that no inferred base can satisfy is emitted as a plain member (Finalize is dropped:
    /// C# spells it as a destructor).</item>
    /// <item>A class with an abstract member is abstract. A non-abstract stub class gets overrides for abstract
    /// members of its stub bases it does not list.</item>
    /// <item>Any type with a parameterless <c>Dispose()</c> implements IDisposable (so <c>using</c> works).</item>
    /// <item>Accessibility is not in the sig files: members are public, except overrides of protected BCL members.
    /// A class without a listed parameterless constructor gets an internal one (invisible to the device code; it
    /// only lets stub subclasses chain to it), so <c>new X()</c> fails exactly when nano has no such constructor.</item>
    /// <item>Struct parameterless constructors are implicit; delegates take their shape from the Invoke line; enums
    /// take the smallest of int/uint/long/ulong that holds their values.</item>
    /// <item>Generic types are not stubbed (nano's few generic delegates exist in the BCL).</item>
    /// </list>
    /// "BCL" below means the compiled assemblies the stubs are built against: the device check passes the official
    /// nanoFramework mscorlib and the already generated assemblies this one depends on (see NanoReferenceAssemblies).
    /// Every member is written on one line, so a member the stub compiler rejects (e.g. one that mentions a type of a
    /// package the project does not reference) can be dropped and reported in <see cref="Dropped"/>. Dropping only
    /// ever makes the device compile stricter.
    /// </summary>
    public sealed class NanoStubGenerator
    {
        /// <summary>BCL classes nano platform types may derive from (tried in this order).</summary>
        public static readonly string[] BclBaseCandidates =
        {
            "System.IO.Stream", "System.IO.TextReader", "System.IO.TextWriter", "System.EventArgs", "System.Exception",
            "System.Attribute",
        };

        /// <summary>Bases no heuristic can see (derived type -> base), from the nanoFramework sources.</summary>
        public static readonly Dictionary<string, string> KnownBases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            { "System.Security.Cryptography.X509Certificates.X509Certificate2", "System.Security.Cryptography.X509Certificates.X509Certificate" },
        };

        private static readonly HashSet<string> ObjectOverrides = new HashSet<string>(StringComparer.Ordinal)
        {
            "ToString", "Equals", "GetHashCode", "Finalize",
        };

        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "bool", "byte", "sbyte", "char", "short", "ushort", "int", "uint", "long", "ulong", "float", "double",
            "decimal", "string", "object", "void", "default", "null", "true", "false", "typeof", "new",
        };

        private readonly Dictionary<string, SigType> _types = new Dictionary<string, SigType>(StringComparer.Ordinal);
        private readonly Compilation _bcl;
        private readonly Dictionary<string, string?> _bases = new Dictionary<string, string?>(StringComparer.Ordinal);
        private readonly HashSet<string> _droppedLines = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _noBase = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _lineOwners = new List<string>();

        /// <param name="types">All sig types of the referenced packages (the stubbed ones and those the BCL stands in for).</param>
        /// <param name="stubbed">Full names of the top-level types to write.</param>
        /// <param name="bcl">A compilation over the BCL references, for base-type lookups.</param>
        public NanoStubGenerator(IEnumerable<SigType> types, IEnumerable<string> stubbed, Compilation bcl)
        {
            foreach (SigType t in types)
            {
                if (!_types.ContainsKey(t.FullName))
                {
                    _types[t.FullName] = t;
                }
            }

            Stubbed = new List<string>(stubbed);
            Stubbed.Sort(StringComparer.Ordinal);
            _bcl = bcl;
        }

        public List<string> Stubbed { get; }

        /// <summary>What was left out after the stub compiler rejected it: "sig line: error".</summary>
        public List<string> Dropped { get; } = new List<string>();

        /// <summary>Writes the stubs, compiles them, drops what does not compile (up to a few rounds), returns the image.</summary>
        /// <param name="assemblyName">The name of the assembly to emit.</param>
        /// <param name="references">What the stubs compile against (mscorlib and the assemblies they use).</param>
        /// <param name="assemblyVersion">The AssemblyVersion to stamp (a.b.c.d), or null for none.</param>
        public byte[] Compile(string assemblyName, IEnumerable<MetadataReference> references, string? assemblyVersion = null)
        {
            var refs = new List<MetadataReference>(references);
            for (int round = 0; round < 6; round++)
            {
                string source = Generate();
                var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Disable,
                    generalDiagnosticOption: ReportDiagnostic.Suppress);
                var parse = new CSharpParseOptions(LanguageVersion.CSharp9);
                var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, parse) };
                if (assemblyVersion != null)
                {
                    // A second tree, so that the stub tree's line numbers keep mapping to sig lines.
                    trees.Add(CSharpSyntaxTree.ParseText("[assembly: global::System.Reflection.AssemblyVersion(\"" + assemblyVersion + "\")]", parse, "AssemblyInfo.cs"));
                }

                CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, refs, options);
                using (var stream = new System.IO.MemoryStream())
                {
                    // Metadata only: a reference assembly (the bodies are still bound, so errors are still found).
                    Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream,
                        options: new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true));
                    if (result.Success)
                    {
                        return stream.ToArray();
                    }

                    bool progress = false;
                    var unexplained = new List<string>();
                    foreach (Diagnostic d in result.Diagnostics)
                    {
                        if (d.Severity != DiagnosticSeverity.Error)
                        {
                            continue;
                        }

                        int line = d.Location.SourceTree == trees[0] ? d.Location.GetLineSpan().StartLinePosition.Line : int.MaxValue;
                        string owner = line < _lineOwners.Count ? _lineOwners[line] : "";
                        if (owner.StartsWith("M:", StringComparison.Ordinal))
                        {
                            if (_droppedLines.Add(owner.Substring(2)))
                            {
                                Dropped.Add(owner.Substring(2) + ": " + d.GetMessage());
                                progress = true;
                            }
                        }
                        else if (owner.StartsWith("T:", StringComparison.Ordinal) && _noBase.Add(owner.Substring(2)))
                        {
                            Dropped.Add("base types of " + owner.Substring(2) + ": " + d.GetMessage());
                            progress = true;
                        }
                        else
                        {
                            unexplained.Add(d.ToString() + "  [" + (line < _lineOwners.Count ? SourceLine(source, line) : "") + "]");
                        }
                    }

                    if (!progress || round == 5)
                    {
                        throw new InvalidOperationException("The nanoFramework stubs do not compile (generator bug):"
                            + Environment.NewLine + string.Join(Environment.NewLine, unexplained));
                    }
                }
            }

            throw new InvalidOperationException("unreachable");
        }

        private static string SourceLine(string source, int line)
        {
            string[] lines = source.Split('\n');
            return line < lines.Length ? lines[line].Trim() : "";
        }

        /// <summary>The stub source (one member a line).</summary>
        public string Generate()
        {
            _lineOwners.Clear();
            var sb = new StringBuilder();
            foreach (string name in Stubbed)
            {
                SigType type = _types[name];
                string ns = type.Namespace;
                if (ns.Length > 0)
                {
                    Line(sb, "namespace " + ns + " {", "");
                }

                WriteType(sb, type);
                if (ns.Length > 0)
                {
                    Line(sb, "}", "");
                }
            }

            return sb.ToString();
        }

        private void Line(StringBuilder sb, string text, string owner)
        {
            sb.Append(text).Append('\n');
            _lineOwners.Add(owner);
        }

        private void WriteType(StringBuilder sb, SigType type)
        {
            string owner = "T:" + type.FullName;
            switch (type.Kind)
            {
                case "enum":
                    WriteEnum(sb, type);
                    return;
                case "delegate":
                    WriteDelegate(sb, type);
                    return;
                case "interface":
                    Line(sb, "public interface " + type.SimpleName + " {", owner);
                    foreach (SigMember m in type.Members)
                    {
                        if (!_droppedLines.Contains(m.Line))
                        {
                            Line(sb, InterfaceMember(m), "M:" + m.Line);
                        }
                    }

                    WriteNested(sb, type);
                    Line(sb, "}", owner);
                    return;
            }

            bool isClass = type.Kind == "class";
            var heritage = new List<string>();
            if (!_noBase.Contains(type.FullName))
            {
                string? baseName = isClass ? BaseOf(type) : null;
                if (baseName != null)
                {
                    heritage.Add(Q(baseName));
                }

                if (!type.IsRef && HasDispose(type))
                {
                    heritage.Add("global::System.IDisposable");
                }
            }

            bool isAbstract = false;
            foreach (SigMember m in type.Members)
            {
                isAbstract |= m.IsAbstract;
            }

            string header = "public " + (isAbstract ? "abstract " : "") + (type.IsReadOnly ? "readonly " : "")
                + (type.IsRef ? "ref " : "") + (isClass ? "class " : "struct ") + type.SimpleName
                + (heritage.Count > 0 ? " : " + string.Join(", ", heritage) : "") + " {";
            Line(sb, header, owner);

            bool hasDefaultCtor = false;
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (SigMember m in type.Members)
            {
                if (m.Kind == "ctor" && m.Parameters.Trim().Length == 0)
                {
                    hasDefaultCtor = true;
                }

                if (_droppedLines.Contains(m.Line))
                {
                    continue;
                }

                string? text = MemberText(type, m, isClass);
                if (text != null)
                {
                    Line(sb, text, "M:" + m.Line);
                    written.Add(Signature(m));
                }
            }

            if (isClass && !hasDefaultCtor)
            {
                Line(sb, "internal " + type.SimpleName + "() { }", owner);
            }

            if (isClass && !isAbstract && !_noBase.Contains(type.FullName))
            {
                // Abstract members of stub bases this class does not list (the lists are per declaring type).
                string? b = BaseOf(type);
                var visited = new HashSet<string>(StringComparer.Ordinal);
                while (b != null && visited.Add(b) && !IsBcl(b) && _types.TryGetValue(b, out SigType? baseType))
                {
                    foreach (SigMember m in baseType.Members)
                    {
                        if (m.IsAbstract && !_droppedLines.Contains(m.Line) && written.Add(Signature(m)))
                        {
                            string? text = MemberText(type, Clone(m, overriding: true), true);
                            if (text != null)
                            {
                                Line(sb, text, "M:" + m.Line);
                            }
                        }
                    }

                    b = BaseOf(baseType);
                }
            }

            WriteNested(sb, type);
            Line(sb, "}", owner);
        }

        private static SigMember Clone(SigMember m, bool overriding)
        {
            return new SigMember(m.Line)
            {
                Kind = m.Kind, IsStatic = m.IsStatic, IsOverride = overriding, Type = m.Type, Name = m.Name,
                Parameters = m.Parameters, Accessors = m.Accessors, Value = m.Value,
            };
        }

        private static string Signature(SigMember m)
        {
            return m.Kind + " " + m.Name + "(" + ParameterCount(m.Parameters) + ")";
        }

        private void WriteNested(StringBuilder sb, SigType type)
        {
            foreach (SigType nested in type.Nested)
            {
                if (!nested.IsGeneric)
                {
                    WriteType(sb, nested);
                }
            }
        }

        private void WriteEnum(StringBuilder sb, SigType type)
        {
            var values = new List<string>();
            decimal min = 0;
            decimal max = 0;
            foreach (SigMember m in type.Members)
            {
                if (m.Kind != "enumValue")
                {
                    continue;
                }

                values.Add(m.Name + " = " + Q(m.Value));
                if (decimal.TryParse(m.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out decimal v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }

            string underlying = "";
            if (min >= int.MinValue && max <= int.MaxValue)
            {
                underlying = "";
            }
            else if (min >= 0 && max <= uint.MaxValue)
            {
                underlying = " : uint";
            }
            else if (min >= long.MinValue && max <= long.MaxValue)
            {
                underlying = " : long";
            }
            else
            {
                underlying = " : ulong";
            }

            Line(sb, "public enum " + type.SimpleName + underlying + " { " + string.Join(", ", values) + " }", "T:" + type.FullName);
        }

        private void WriteDelegate(StringBuilder sb, SigType type)
        {
            SigMember? invoke = null;
            foreach (SigMember m in type.Members)
            {
                if (m.Kind == "method" && m.Name == "Invoke")
                {
                    invoke = m;
                }
            }

            string text = invoke == null
                ? "public delegate void " + type.SimpleName + "();"
                : "public delegate " + Q(invoke.Type) + " " + type.SimpleName + "(" + Q(invoke.Parameters) + ");";
            Line(sb, text, "T:" + type.FullName);
        }

        private string InterfaceMember(SigMember m)
        {
            switch (m.Kind)
            {
                case "property":
                    return Q(m.Type) + " " + m.Name + " " + AbstractAccessors(m.Accessors);
                case "indexer":
                    return Q(m.Type) + " this[" + Q(m.Parameters) + "] " + AbstractAccessors(m.Accessors);
                case "event":
                    return "event " + Q(m.Type) + " " + m.Name + ";";
                case "method":
                    return Q(m.Type) + " " + m.Name + "(" + Q(m.Parameters) + ");";
                default:
                    return "";
            }
        }

        private string? MemberText(SigType type, SigMember m, bool isClass)
        {
            string access = "public ";
            string modifiers = "";
            if (m.IsStatic)
            {
                modifiers = "static ";
            }
            else if (isClass && m.IsAbstract && !m.IsOverride)
            {
                modifiers = "abstract ";
            }
            else if (m.IsOverride || m.IsAbstract && m.IsOverride)
            {
                if (m.Name == "Finalize")
                {
                    return null;
                }

                string? overridden = OverriddenAccess(type, m);
                if (overridden != null)
                {
                    modifiers = "override ";
                    access = overridden;
                }
                else
                {
                    modifiers = isClass ? "virtual " : "";
                }
            }
            else if (isClass && m.IsVirtual)
            {
                modifiers = "virtual ";
            }

            bool isAbstract = modifiers == "abstract ";
            string head = access + modifiers;
            switch (m.Kind)
            {
                case "ctor":
                    if (!isClass && m.Parameters.Trim().Length == 0)
                    {
                        return null;
                    }

                    return "public " + (m.IsStatic ? "static " : "") + type.SimpleName + "(" + Q(m.Parameters) + ") { throw null!; }";
                case "method":
                    if (m.Name == "Finalize")
                    {
                        return null;
                    }

                    return head + Q(m.Type) + " " + m.Name + "(" + Q(m.Parameters) + ")" + (isAbstract ? ";" : " { throw null!; }");
                case "property":
                    return head + Q(m.Type) + " " + m.Name + " " + (isAbstract ? AbstractAccessors(m.Accessors) : Accessors(m.Accessors));
                case "indexer":
                    return head + Q(m.Type) + " this[" + Q(m.Parameters) + "] " + (isAbstract ? AbstractAccessors(m.Accessors) : Accessors(m.Accessors));
                case "event":
                    return head + "event " + Q(m.Type) + " " + m.Name + (isAbstract ? ";" : " { add { } remove { } }");
                case "field":
                    return "public " + (m.IsStatic ? "static " : "") + (m.IsReadOnly || type.IsReadOnly && !m.IsStatic ? "readonly " : "") + Q(m.Type) + " " + m.Name + ";";
                case "const":
                    return "public const " + Q(m.Type) + " " + m.Name + " = " + Q(m.Value) + ";";
                case "operator":
                    return "public static " + Q(m.Type) + " operator " + m.Name + "(" + Q(m.Parameters) + ") { throw null!; }";
                case "conversion":
                    return "public static " + m.Name + " operator " + Q(m.Type) + "(" + Q(m.Parameters) + ") { throw null!; }";
                default:
                    return null;
            }
        }

        private static string Accessors(string accessors)
        {
            switch (accessors)
            {
                case "get set": return "{ get { throw null!; } set { throw null!; } }";
                case "set": return "{ set { throw null!; } }";
                default: return "{ get { throw null!; } }";
            }
        }

        private static string AbstractAccessors(string accessors)
        {
            switch (accessors)
            {
                case "get set": return "{ get; set; }";
                case "set": return "{ set; }";
                default: return "{ get; }";
            }
        }

        private static bool HasDispose(SigType type)
        {
            foreach (SigMember m in type.Members)
            {
                if (m.Kind == "method" && m.Name == "Dispose" && m.Parameters.Trim().Length == 0 && !m.IsStatic)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The inferred base class (full name, stub or BCL) or null for System.Object.</summary>
        public string? BaseOf(SigType type)
        {
            if (_bases.TryGetValue(type.FullName, out string? known))
            {
                return known;
            }

            _bases[type.FullName] = null; // guards against cycles while inferring
            string? found;
            if (KnownBases.TryGetValue(type.FullName, out found))
            {
                _bases[type.FullName] = found;
                return found;
            }

            foreach (SigMember m in type.Members)
            {
                if (!m.IsOverride || ObjectOverrides.Contains(m.Name))
                {
                    continue;
                }

                found = StubDeclaring(type, m);
                if (found != null && ChainReaches(found, type.FullName))
                {
                    found = null;
                }

                if (found == null)
                {
                    foreach (string candidate in BclBaseCandidates)
                    {
                        if (BclVirtual(candidate, m) != null)
                        {
                            found = candidate;
                            break;
                        }
                    }
                }

                if (found != null)
                {
                    break;
                }
            }

            if (found == null)
            {
                found = SuffixBase(type);
                if (found != null && ChainReaches(found, type.FullName))
                {
                    found = null;
                }
            }

            if (found == null)
            {
                string name = type.SimpleName;
                if (name.EndsWith("Exception", StringComparison.Ordinal))
                {
                    found = "System.Exception";
                }
                else if (name.EndsWith("EventArgs", StringComparison.Ordinal))
                {
                    found = "System.EventArgs";
                }
                else if (name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    found = "System.Attribute";
                }
            }

            _bases[type.FullName] = found;
            return found;
        }

        /// <summary>
        /// The class of the same package whose name ends the type's name at a word boundary (ReceiveMessageFrame:
        /// MessageFrame, ClientWebSocketOptions: WebSocketOptions, IPEndPoint: EndPoint); the longest such name wins.
        /// </summary>
        private string? SuffixBase(SigType type)
        {
            if (type.Kind != "class")
            {
                return null;
            }

            string name = type.SimpleName;
            string? best = null;
            int bestLength = 0;
            foreach (SigType candidate in _types.Values)
            {
                string suffix = candidate.SimpleName;
                if (candidate == type || candidate.Kind != "class" || candidate.IsGeneric || candidate.Assembly != type.Assembly
                    || suffix.Length >= name.Length || suffix.Length <= bestLength || !name.EndsWith(suffix, StringComparison.Ordinal)
                    || !char.IsUpper(suffix[0]) || char.IsUpper(name[name.Length - suffix.Length - 1]))
                {
                    continue;
                }

                best = candidate.FullName;
                bestLength = suffix.Length;
            }

            return best;
        }

        /// <summary>True when walking up from <paramref name="start"/> meets <paramref name="target"/> (a cycle).</summary>
        private bool ChainReaches(string start, string target)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? b = start;
            while (b != null && seen.Add(b))
            {
                if (b == target)
                {
                    return true;
                }

                b = _types.TryGetValue(b, out SigType? t) ? BaseOf(t) : null;
            }

            return false;
        }

        /// <summary>A stub class other than <paramref name="type"/> declaring <paramref name="m"/> overridable.</summary>
        private string? StubDeclaring(SigType type, SigMember m)
        {
            string? best = null;
            foreach (SigType candidate in _types.Values)
            {
                if (candidate == type || candidate.Kind != "class" || candidate.IsGeneric)
                {
                    continue;
                }

                foreach (SigMember c in candidate.Members)
                {
                    if ((c.IsVirtual || c.IsAbstract) && !c.IsOverride && Same(c, m))
                    {
                        if (best == null || (candidate.Namespace == type.Namespace && _types[best].Namespace != type.Namespace))
                        {
                            best = candidate.FullName;
                        }
                    }
                }
            }

            return best;
        }

        private static bool Same(SigMember a, SigMember b)
        {
            return a.Name == b.Name && a.Kind == b.Kind && ParameterCount(a.Parameters) == ParameterCount(b.Parameters);
        }

        private static int ParameterCount(string parameters)
        {
            if (parameters.Trim().Length == 0)
            {
                return 0;
            }

            int depth = 0;
            int count = 1;
            foreach (char c in parameters)
            {
                if (c == '<' || c == '(' || c == '[')
                {
                    depth++;
                }
                else if (c == '>' || c == ')' || c == ']')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The accessibility to write on an override of <paramref name="m"/>, or null when no base has it.</summary>
        private string? OverriddenAccess(SigType type, SigMember m)
        {
            if (ObjectOverrides.Contains(m.Name))
            {
                return "public ";
            }

            string? b = BaseOf(type);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            while (b != null && visited.Add(b))
            {
                if (_types.TryGetValue(b, out SigType? stubBase) && !IsBcl(b))
                {
                    foreach (SigMember c in stubBase.Members)
                    {
                        if ((c.IsVirtual || c.IsAbstract || c.IsOverride) && Same(c, m) && !_droppedLines.Contains(c.Line))
                        {
                            // An override keeps the accessibility of the member it overrides (protected Dispose(bool)).
                            return c.IsOverride ? OverriddenAccess(stubBase, c) : "public ";
                        }
                    }

                    b = BaseOf(stubBase);
                    continue;
                }

                ISymbol? symbol = BclVirtual(b, m);
                if (symbol == null)
                {
                    return null;
                }

                return symbol.DeclaredAccessibility == Accessibility.Public ? "public " : "protected ";
            }

            return null;
        }

        private bool IsBcl(string fullName)
        {
            return !Stubbed.Contains(Top(fullName));
        }

        private string Top(string fullName)
        {
            SigType? t;
            if (!_types.TryGetValue(fullName, out t))
            {
                return fullName;
            }

            while (t.Outer != null)
            {
                t = t.Outer;
            }

            return t.FullName;
        }

        /// <summary>A virtual/abstract member of the BCL type (or its bases) matching name, kind and arity.</summary>
        private ISymbol? BclVirtual(string typeName, SigMember m)
        {
            INamedTypeSymbol? t = _bcl.GetTypeByMetadataName(typeName);
            while (t != null)
            {
                foreach (ISymbol s in t.GetMembers(m.Kind == "indexer" ? "this[]" : m.Name))
                {
                    if (!(s.IsVirtual || s.IsAbstract || s.IsOverride))
                    {
                        continue;
                    }

                    int arity = s is IMethodSymbol method ? method.Parameters.Length
                        : s is IPropertySymbol property ? property.Parameters.Length : 0;
                    bool kindMatches = m.Kind == "method" ? s.Kind == SymbolKind.Method
                        : m.Kind == "event" ? s.Kind == SymbolKind.Event : s.Kind == SymbolKind.Property;
                    if (kindMatches && arity == ParameterCount(m.Parameters) && SameParameterTypes(s, m.Parameters))
                    {
                        return s;
                    }
                }

                t = t.BaseType;
            }

            return null;
        }

        /// <summary>Parameter types of a BCL member against a sig parameter list (Read(Span&lt;byte&gt;) is not Read(SpanByte)).</summary>
        private static bool SameParameterTypes(ISymbol symbol, string parameters)
        {
            System.Collections.Immutable.ImmutableArray<IParameterSymbol> ps = symbol is IMethodSymbol method ? method.Parameters
                : symbol is IPropertySymbol property ? property.Parameters : System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
            List<string> types = ParameterTypes(parameters);
            for (int i = 0; i < ps.Length && i < types.Count; i++)
            {
                if (ps[i].Type.ToDisplayString() != types[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The type of each parameter in a sig parameter list ("out int x = 1" gives "int").</summary>
        private static List<string> ParameterTypes(string parameters)
        {
            var types = new List<string>();
            if (parameters.Trim().Length == 0)
            {
                return types;
            }

            int depth = 0;
            int start = 0;
            for (int i = 0; i <= parameters.Length; i++)
            {
                char c = i < parameters.Length ? parameters[i] : ',';
                if (c == '<' || c == '(' || c == '[')
                {
                    depth++;
                }
                else if (c == '>' || c == ')' || c == ']')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    string p = parameters.Substring(start, i - start).Trim();
                    int eq = p.IndexOf(" = ", StringComparison.Ordinal);
                    if (eq >= 0)
                    {
                        p = p.Substring(0, eq);
                    }

                    foreach (string modifier in new[] { "out ", "ref ", "in ", "params ", "this " })
                    {
                        if (p.StartsWith(modifier, StringComparison.Ordinal))
                        {
                            p = p.Substring(modifier.Length);
                        }
                    }

                    int space = p.LastIndexOf(' ');
                    types.Add(space < 0 ? p : p.Substring(0, space));
                    start = i + 1;
                }
            }

            return types;
        }

        /// <summary>
        /// Makes a sig type expression compile inside any namespace: dotted names get "global::" (a nano namespace
        /// such as nanoFramework.System.IO would otherwise capture "System.IO.Stream"). Keyword-led chains
        /// (int.MaxValue) and quoted text are left alone.
        /// </summary>
        public static string Q(string text)
        {
            var sb = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"' || c == '\'')
                {
                    int end = i + 1;
                    while (end < text.Length && text[end] != c)
                    {
                        end += text[end] == '\\' ? 2 : 1;
                    }

                    end = Math.Min(end + 1, text.Length);
                    sb.Append(text, i, end - i);
                    i = end;
                    continue;
                }

                bool start = (char.IsLetter(c) || c == '_') && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_' || text[i - 1] == '.' || text[i - 1] == '@' || text[i - 1] == ':'));
                if (!start)
                {
                    sb.Append(c);
                    i++;
                    continue;
                }

                int j = i;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '_' || text[j] == '.'))
                {
                    j++;
                }

                string chain = text.Substring(i, j - i);
                string first = chain.Split('.')[0];
                if (chain.IndexOf('.') > 0 && !Keywords.Contains(first))
                {
                    sb.Append("global::");
                }

                sb.Append(chain);
                i = j;
            }

            return sb.ToString();
        }
    }
}
