using System;
using System.Collections.Generic;
using System.IO;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Reads eng/nanoframework-api/sig/&lt;Assembly&gt;.txt: type declaration lines ("class X", "enum X",
    /// "readonly ref struct X", "interface X", "delegate X") and member lines ("[modifiers] Type Declaring.Member(...)").
    /// Lines whose declaring type is not declared in the same file (keyword types such as "int.Int32()") are ignored.
    /// </summary>
    public static class SigParser
    {
        private static readonly string[] Modifiers = { "static", "virtual", "override", "abstract", "const", "readonly", "event" };

        public static List<SigType> Load(string directory, string assembly)
        {
            string path = Path.Combine(directory, assembly + ".txt");
            var lines = new List<string>();
            foreach (string raw in File.ReadAllLines(path))
            {
                string line = raw.Trim();
                if (line.Length > 0 && line[0] != '#')
                {
                    lines.Add(line);
                }
            }

            return Parse(assembly, lines);
        }

        public static List<SigType> Parse(string assembly, IList<string> lines)
        {
            var types = new List<SigType>();
            var byName = new Dictionary<string, SigType>(StringComparer.Ordinal);
            var memberLines = new List<string>();
            foreach (string line in lines)
            {
                SigType? type = TryParseTypeLine(assembly, line);
                if (type == null)
                {
                    memberLines.Add(line);
                }
                else if (!byName.ContainsKey(type.FullName))
                {
                    types.Add(type);
                    byName[type.FullName] = type;
                }
            }

            // Nesting: "A.B.C" is nested in "A.B" when "A.B" is itself a declared type (otherwise "A.B" is a namespace).
            foreach (SigType type in types)
            {
                int dot = type.FullName.LastIndexOf('.');
                if (dot > 0 && byName.TryGetValue(type.FullName.Substring(0, dot), out SigType? outer))
                {
                    type.Outer = outer;
                    outer.Nested.Add(type);
                }
            }

            foreach (string line in memberLines)
            {
                SigType? declaring;
                SigMember? member = ParseMember(line, byName, out declaring);
                if (member != null && declaring != null)
                {
                    declaring.Members.Add(member);
                }
            }

            return types;
        }

        private static SigType? TryParseTypeLine(string assembly, string line)
        {
            string[] kinds = { "class ", "struct ", "readonly struct ", "readonly ref struct ", "ref struct ", "enum ", "interface ", "delegate " };
            foreach (string prefix in kinds)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal) && line.IndexOf('(') < 0 && line.IndexOf(" {", StringComparison.Ordinal) < 0)
                {
                    string name = line.Substring(prefix.Length).Trim();
                    string kind = prefix.TrimEnd().Substring(prefix.TrimEnd().LastIndexOf(' ') + 1);
                    return new SigType(assembly, kind, name, prefix.StartsWith("readonly", StringComparison.Ordinal), prefix.IndexOf("ref ", StringComparison.Ordinal) >= 0);
                }
            }

            return null;
        }

        private static SigMember? ParseMember(string line, Dictionary<string, SigType> types, out SigType? declaring)
        {
            declaring = null;
            var member = new SigMember(line);
            string rest = line;

            // Leading modifiers.
            bool more = true;
            while (more)
            {
                more = false;
                foreach (string m in Modifiers)
                {
                    if (rest.StartsWith(m + " ", StringComparison.Ordinal))
                    {
                        rest = rest.Substring(m.Length + 1);
                        more = true;
                        switch (m)
                        {
                            case "static": member.IsStatic = true; break;
                            case "virtual": member.IsVirtual = true; break;
                            case "override": member.IsOverride = true; break;
                            case "abstract": member.IsAbstract = true; break;
                            case "const": member.Kind = "const"; break;
                            case "readonly": member.IsReadOnly = true; break;
                            case "event": member.Kind = "event"; break;
                        }
                    }
                }
            }

            // The head is everything before the parameter list, the accessor block or the value.
            int paren = IndexAtDepth0(rest, '(');
            int brace = rest.IndexOf(" {", StringComparison.Ordinal);
            int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
            int headEnd = rest.Length;
            foreach (int candidate in new[] { paren, brace, equals })
            {
                if (candidate >= 0 && candidate < headEnd)
                {
                    headEnd = candidate;
                }
            }

            string head = rest.Substring(0, headEnd);
            string tail = rest.Substring(headEnd);

            // Operators: "[Ret ]T.implicit operator X(...)", "Ret T.operator ==(...)".
            int op = head.IndexOf("operator", StringComparison.Ordinal);
            if (op > 0 && (head[op - 1] == '.' || head[op - 1] == ' '))
            {
                string beforeOp = head.Substring(0, op).TrimEnd();
                string conversion = "";
                if (beforeOp.EndsWith(".implicit", StringComparison.Ordinal) || beforeOp.EndsWith(".explicit", StringComparison.Ordinal))
                {
                    conversion = beforeOp.Substring(beforeOp.Length - 8);
                    beforeOp = beforeOp.Substring(0, beforeOp.Length - 9);
                }
                else
                {
                    beforeOp = beforeOp.TrimEnd('.');
                }

                int space = LastIndexAtDepth0(beforeOp, ' ');
                string owner = beforeOp.Substring(space + 1);
                if (!types.TryGetValue(owner, out declaring))
                {
                    return null;
                }

                member.Parameters = Inside(tail, '(', ')');
                if (conversion.Length > 0)
                {
                    member.Kind = "conversion";
                    member.Name = conversion;
                    member.Type = head.Substring(op + "operator".Length).Trim();
                }
                else
                {
                    member.Kind = "operator";
                    member.Type = space < 0 ? "" : beforeOp.Substring(0, space);
                    member.Name = head.Substring(op + "operator".Length).Trim();
                }

                return member;
            }

            int lastSpace = LastIndexAtDepth0(head, ' ');
            string qualified = head.Substring(lastSpace + 1);
            member.Type = lastSpace < 0 ? "" : head.Substring(0, lastSpace).Trim();

            // Declaring type: the longest declared type name that prefixes the qualified member name.
            string best = "";
            foreach (string name in types.Keys)
            {
                if (name.Length > best.Length && qualified.Length > name.Length + 1
                    && qualified.StartsWith(name, StringComparison.Ordinal) && qualified[name.Length] == '.')
                {
                    best = name;
                }
            }

            if (best.Length == 0)
            {
                return null;
            }

            declaring = types[best];
            string memberName = qualified.Substring(best.Length + 1);

            if (memberName.StartsWith("this[", StringComparison.Ordinal))
            {
                member.Kind = "indexer";
                member.Name = "this";
                member.Parameters = memberName.Substring(5, memberName.Length - 6);
                member.Accessors = Accessors(tail);
                return member;
            }

            member.Name = memberName;
            if (tail.StartsWith("(", StringComparison.Ordinal))
            {
                member.Parameters = Inside(tail, '(', ')');
                member.Kind = member.Type.Length == 0 && memberName == declaring.SimpleName.Split('<')[0] ? "ctor" : "method";
                return member;
            }

            if (tail.StartsWith(" {", StringComparison.Ordinal))
            {
                member.Kind = member.Kind == "event" ? "event" : "property";
                member.Accessors = Accessors(tail);
                return member;
            }

            if (tail.StartsWith(" = ", StringComparison.Ordinal))
            {
                member.Value = tail.Substring(3).Trim();
            }

            if (member.Kind.Length == 0)
            {
                member.Kind = member.Type.Length == 0 && declaring.Kind == "enum" ? "enumValue" : "field";
            }

            return member;
        }

        private static string Accessors(string tail)
        {
            bool get = tail.IndexOf("get;", StringComparison.Ordinal) >= 0;
            bool set = tail.IndexOf("set;", StringComparison.Ordinal) >= 0;
            return get && set ? "get set" : (set ? "set" : "get");
        }

        /// <summary>The text between the first open bracket and its matching close bracket.</summary>
        private static string Inside(string text, char open, char close)
        {
            int start = text.IndexOf(open);
            if (start < 0)
            {
                return "";
            }

            int depth = 0;
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == open)
                {
                    depth++;
                }
                else if (text[i] == close)
                {
                    depth--;
                    if (depth == 0)
                    {
                        return text.Substring(start + 1, i - start - 1);
                    }
                }
            }

            return text.Substring(start + 1);
        }

        private static int IndexAtDepth0(string text, char c)
        {
            int depth = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == c && depth == 0)
                {
                    return i;
                }

                if (ch == '<' || ch == '[')
                {
                    depth++;
                }
                else if (ch == '>' || ch == ']')
                {
                    depth--;
                }
            }

            return -1;
        }

        private static int LastIndexAtDepth0(string text, char c)
        {
            int depth = 0;
            for (int i = text.Length - 1; i >= 0; i--)
            {
                char ch = text[i];
                if (ch == c && depth == 0)
                {
                    return i;
                }

                if (ch == '>' || ch == ']')
                {
                    depth++;
                }
                else if (ch == '<' || ch == '[')
                {
                    depth--;
                }
            }

            return -1;
        }
    }
}
