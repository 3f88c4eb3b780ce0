using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>What a device project (.nfproj) declares: compiled files, assembly references, project references.</summary>
    public sealed class DeviceProject
    {
        private static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";

        private DeviceProject(string path, XDocument xml)
        {
            Path = path;
            Xml = xml;
        }

        public string Path { get; }

        public XDocument Xml { get; }

        /// <summary>ChargePoint.X → &lt;root&gt;/&lt;its folder&gt;/ChargePoint.X.nfproj (see <see cref="ProjectLayout"/>).</summary>
        public static DeviceProject Load(string root, string name)
        {
            string path = System.IO.Path.Combine(root, ProjectLayout.Folder(root, name), name + ".nfproj");
            return new DeviceProject(path, XDocument.Load(path));
        }

        public string Property(string name)
        {
            foreach (XElement e in Xml.Descendants(Msb + name))
            {
                return e.Value.Trim();
            }

            return "";
        }

        /// <summary>Compile items: Include (backslashes turned into '/') and Link (or null).</summary>
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

        /// <summary>Reference items: the Include text and the HintPath ('/' separated, may be empty).</summary>
        public List<KeyValuePair<string, string>> References()
        {
            var refs = new List<KeyValuePair<string, string>>();
            foreach (XElement e in Xml.Descendants(Msb + "Reference"))
            {
                XElement? hint = e.Element(Msb + "HintPath");
                refs.Add(new KeyValuePair<string, string>((string)e.Attribute("Include")!, hint == null ? "" : Slash(hint.Value)));
            }

            return refs;
        }

        /// <summary>The assembly names referenced through HintPaths (file name without extension).</summary>
        public List<string> ReferencedAssemblies()
        {
            var names = new List<string>();
            foreach (KeyValuePair<string, string> r in References())
            {
                names.Add(System.IO.Path.GetFileNameWithoutExtension(r.Value));
            }

            return names;
        }

        /// <summary>Project references as project names (file name without extension).</summary>
        public List<string> ProjectReferences()
        {
            var names = new List<string>();
            foreach (XElement e in Xml.Descendants(Msb + "ProjectReference"))
            {
                names.Add(System.IO.Path.GetFileNameWithoutExtension(Slash((string)e.Attribute("Include")!)));
            }

            names.Sort(StringComparer.Ordinal);
            return names;
        }

        public static string Slash(string path)
        {
            return path.Trim().Replace('\\', '/');
        }
    }
}
