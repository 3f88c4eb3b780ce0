using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The host SDK-style .csproj, read with the rules our csproj files use: the default **/*.cs glob minus bin/,
    /// obj/ and each folder of &lt;Compile Remove="Folder/**;Other/**"&gt;.
    /// </summary>
    public sealed class HostProject
    {
        private HostProject(string directory, XDocument xml)
        {
            Directory = directory;
            Xml = xml;
        }

        public string Directory { get; }

        public XDocument Xml { get; }

        public static HostProject Load(string root, string name)
        {
            string dir = Path.Combine(root, ProjectLayout.Folder(root, name));
            return new HostProject(dir, XDocument.Load(Path.Combine(dir, name + ".csproj")));
        }

        /// <summary>Folders removed from the default Compile glob (Compile Remove="Folder/**").</summary>
        public List<string> RemovedFolders()
        {
            var folders = new List<string>();
            foreach (XElement e in Xml.Descendants("Compile"))
            {
                string? remove = (string?)e.Attribute("Remove");
                if (remove != null)
                {
                    foreach (string pattern in remove.Split(';', StringSplitOptions.RemoveEmptyEntries))
                    {
                        folders.Add(TrimGlob(pattern));
                    }
                }
            }

            return folders;
        }

        /// <summary>The project's own .cs files the host compiles (relative, '/' separated, sorted).</summary>
        public SortedSet<string> OwnSources()
        {
            return ListSources(Directory, RemovedFolders());
        }

        /// <summary>
        /// Layer folders compiled into this project (&lt;Compile Include="..\..\Folder\**\*.cs" Exclude="..."&gt;):
        /// each folder ('/' separated, relative to the project) with its excluded subfolders (relative to the folder;
        /// bin/ and obj/ patterns left out, <see cref="ListSources"/> skips those anyway).
        /// </summary>
        public List<KeyValuePair<string, List<string>>> LayerFolders()
        {
            var layers = new List<KeyValuePair<string, List<string>>>();
            foreach (XElement e in Xml.Descendants("Compile"))
            {
                string? include = (string?)e.Attribute("Include");
                if (include == null)
                {
                    continue;
                }

                string glob = DeviceProject.Slash(include);
                if (!glob.EndsWith("/**/*.cs", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("Only Folder/**/*.cs includes are supported, got " + include);
                }

                string folder = glob.Substring(0, glob.Length - "/**/*.cs".Length);
                var excluded = new List<string>();
                foreach (string pattern in ((string?)e.Attribute("Exclude") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    string p = TrimGlob(pattern);
                    if (p.StartsWith(folder + "/", StringComparison.Ordinal) && !p.Contains("**"))
                    {
                        excluded.Add(p.Substring(folder.Length + 1));
                    }
                }

                layers.Add(new KeyValuePair<string, List<string>>(folder, excluded));
            }

            return layers;
        }

        /// <summary>The .cs files of <see cref="LayerFolders"/>, relative to the project ('../../Folder/X.cs').</summary>
        public SortedSet<string> LayerSources()
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<string>> layer in LayerFolders())
            {
                foreach (string file in ListSources(Path.GetFullPath(Path.Combine(Directory, layer.Key)), layer.Value))
                {
                    files.Add(layer.Key + "/" + file);
                }
            }

            return files;
        }

        /// <summary>Project references as names, leaving out the host-only TestFramework shim and references
        /// that only order the build (ReferenceOutputAssembly=false).</summary>
        public List<string> ProjectReferences()
        {
            var names = new List<string>();
            foreach (XElement e in Xml.Descendants("ProjectReference"))
            {
                string name = Path.GetFileNameWithoutExtension(DeviceProject.Slash((string)e.Attribute("Include")!));
                if (name == "nanoFramework.TestFramework"
                    || string.Equals((string?)e.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                names.Add(name);
            }

            names.Sort(StringComparer.Ordinal);
            return names;
        }

        /// <summary>*.cs under dir, relative and '/'-separated, minus bin/, obj/ (the project's own, or left in a
        /// subfolder that was once a project: the csproj removes */bin/** and */obj/**) and the given folders.</summary>
        public static SortedSet<string> ListSources(string dir, IList<string> excludedFolders)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in System.IO.Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                string rel = Path.GetRelativePath(dir, file).Replace('\\', '/');
                string top = rel.Contains('/') ? rel.Substring(0, rel.IndexOf('/')) : "";
                if (top == "bin" || top == "obj" || rel.Contains("/bin/") || rel.Contains("/obj/") || InFolder(rel, excludedFolders))
                {
                    continue;
                }

                files.Add(rel);
            }

            return files;
        }

        public static bool InFolder(string rel, IList<string> folders)
        {
            foreach (string folder in folders)
            {
                if (rel.StartsWith(folder + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string TrimGlob(string pattern)
        {
            string p = DeviceProject.Slash(pattern);
            if (!p.EndsWith("/**", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Only Folder/** patterns are supported, got " + pattern);
            }

            return p.Substring(0, p.Length - 3);
        }
    }
}
