using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// What a device project (.nfproj, old-style MSBuild) declares: properties, compiled files, assembly references
    /// (Include + HintPath) and project references. Paths in the file are relative to the .nfproj and use '\'.
    /// </summary>
    public sealed class NfProject
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        private NfProject(string path, XDocument xml)
        {
            Path = System.IO.Path.GetFullPath(path);
            Xml = xml;
        }

        /// <summary>The absolute path of the .nfproj.</summary>
        public string Path { get; }

        public string Directory
        {
            get { return System.IO.Path.GetDirectoryName(Path)!; }
        }

        public XDocument Xml { get; }

        public static NfProject Load(string path)
        {
            return new NfProject(path, XDocument.Load(path));
        }

        /// <summary>The first value of a property, trimmed ("" when absent).</summary>
        public string Property(string name)
        {
            foreach (XElement e in Xml.Descendants(Msb + name))
            {
                return e.Value.Trim();
            }

            return "";
        }

        public string AssemblyName
        {
            get
            {
                string name = Property("AssemblyName");
                return name.Length > 0 ? name : System.IO.Path.GetFileNameWithoutExtension(Path);
            }
        }

        public bool IsExe
        {
            get { return string.Equals(Property("OutputType"), "Exe", StringComparison.OrdinalIgnoreCase); }
        }

        public bool IsTestProject
        {
            get { return string.Equals(Property("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase); }
        }

        /// <summary>"exe", "lib" or "test".</summary>
        public string Kind
        {
            get { return IsTestProject ? "test" : IsExe ? "exe" : "lib"; }
        }

        /// <summary>Compile items: Include ('/' separated, relative to the .nfproj) and Link (or null).</summary>
        public List<KeyValuePair<string, string?>> CompileItems()
        {
            var items = new List<KeyValuePair<string, string?>>();
            foreach (XElement e in Xml.Descendants(Msb + "Compile"))
            {
                XElement? link = e.Element(Msb + "Link");
                items.Add(new KeyValuePair<string, string?>(
                    Slash((string)e.Attribute("Include")!), link == null ? null : Slash(link.Value)));
            }

            return items;
        }

        /// <summary>The compiled files as absolute paths (simple '*' / '**' wildcards expanded).</summary>
        public List<string> SourceFiles()
        {
            var files = new List<string>();
            foreach (KeyValuePair<string, string?> item in CompileItems())
            {
                foreach (string include in item.Key.Split(';'))
                {
                    if (include.Trim().Length == 0)
                    {
                        continue;
                    }

                    if (include.IndexOf('*') >= 0)
                    {
                        files.AddRange(Expand(include.Trim()));
                    }
                    else
                    {
                        files.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, include.Trim())));
                    }
                }
            }

            return files;
        }

        /// <summary>Reference items: the Include text and the HintPath ('/' separated, "" when absent).</summary>
        public List<KeyValuePair<string, string>> References()
        {
            var refs = new List<KeyValuePair<string, string>>();
            foreach (XElement e in Xml.Descendants(Msb + "Reference"))
            {
                XElement? hint = e.Element(Msb + "HintPath");
                refs.Add(new KeyValuePair<string, string>(((string)e.Attribute("Include")!).Trim(), hint == null ? "" : Slash(hint.Value)));
            }

            return refs;
        }

        /// <summary>The referenced assembly names: the HintPath's file name without extension (else the Include's simple name).</summary>
        public List<string> ReferencedAssemblies()
        {
            var names = new List<string>();
            foreach (KeyValuePair<string, string> r in References())
            {
                names.Add(r.Value.Length > 0 ? System.IO.Path.GetFileNameWithoutExtension(r.Value) : SimpleName(r.Key));
            }

            return names;
        }

        /// <summary>Project references as absolute paths.</summary>
        public List<string> ProjectReferencePaths()
        {
            var paths = new List<string>();
            foreach (XElement e in Xml.Descendants(Msb + "ProjectReference"))
            {
                paths.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, Slash((string)e.Attribute("Include")!))));
            }

            return paths;
        }

        /// <summary>"mscorlib, Version=1.17.11.0, ..." → "mscorlib".</summary>
        public static string SimpleName(string include)
        {
            int comma = include.IndexOf(',');
            return (comma < 0 ? include : include.Substring(0, comma)).Trim();
        }

        public static string Slash(string path)
        {
            return path.Trim().Replace('\\', '/');
        }

        private List<string> Expand(string pattern)
        {
            // "dir/**/*.cs", "*.cs", "../Shared/*.cs": the fixed part is the folder, the rest a file-name pattern.
            string full = Slash(System.IO.Path.Combine(Directory, pattern));
            int star = full.IndexOf('*');
            int slash = full.LastIndexOf('/', star);
            string root = full.Substring(0, slash);
            string rest = full.Substring(slash + 1);
            bool recursive = rest.StartsWith("**/", StringComparison.Ordinal);
            string filePattern = recursive ? rest.Substring(3) : rest;
            var files = new List<string>();
            if (System.IO.Directory.Exists(root))
            {
                foreach (string f in System.IO.Directory.GetFiles(root, filePattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
                {
                    files.Add(System.IO.Path.GetFullPath(f));
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files;
        }
    }
}
