using System.Collections.Generic;
using System.Xml.Linq;
using ChargePoint.DeviceCheck;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>A device project (.nfproj) by name, for the consistency tests; reading is done by <see cref="NfProject"/>.</summary>
    public sealed class DeviceProject
    {
        private readonly NfProject _project;

        private DeviceProject(NfProject project)
        {
            _project = project;
        }

        public string Path
        {
            get { return _project.Path; }
        }

        public XDocument Xml
        {
            get { return _project.Xml; }
        }

        /// <summary>ChargePoint.X → &lt;root&gt;/&lt;its folder&gt;/ChargePoint.X.nfproj (see <see cref="ProjectLayout"/>).</summary>
        public static DeviceProject Load(string root, string name)
        {
            return new DeviceProject(NfProject.Load(System.IO.Path.Combine(root, ProjectLayout.Folder(root, name), name + ".nfproj")));
        }

        public string Property(string name)
        {
            return _project.Property(name);
        }

        /// <summary>Compile items: Include (backslashes turned into '/') and Link (or null).</summary>
        public List<KeyValuePair<string, string?>> CompileItems()
        {
            return _project.CompileItems();
        }

        /// <summary>Reference items: the Include text and the HintPath ('/' separated, may be empty).</summary>
        public List<KeyValuePair<string, string>> References()
        {
            return _project.References();
        }

        /// <summary>The assembly names referenced through HintPaths (file name without extension).</summary>
        public List<string> ReferencedAssemblies()
        {
            return _project.ReferencedAssemblies();
        }

        /// <summary>Project references as project names (file name without extension), sorted.</summary>
        public List<string> ProjectReferences()
        {
            var names = new List<string>();
            foreach (string path in _project.ProjectReferencePaths())
            {
                names.Add(System.IO.Path.GetFileNameWithoutExtension(path));
            }

            names.Sort(System.StringComparer.Ordinal);
            return names;
        }

        public static string Slash(string path)
        {
            return NfProject.Slash(path);
        }
    }
}
