using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Checks the &lt;Reference&gt; items of a .nfproj against <see cref="NanoPackages"/>: the HintPath must be
    /// (..\)*packages\&lt;id&gt;.&lt;version&gt;\lib\&lt;file&gt; for a known package at its version, the file must be one the
    /// package ships, and the Include must name that assembly.
    /// </summary>
    public static class ReferenceValidator
    {
        private static readonly Regex HintPath = new Regex(@"^(?:\.\./)*packages/(?<folder>[^/]+)/lib/(?<file>[^/]+\.(?:dll|exe))$",
            RegexOptions.Compiled | RegexOptions.IgnoreCase);

        private static readonly Regex Version = new Regex(@"^\d+(?:\.\d+){1,3}(?:-[0-9A-Za-z.-]+)?$", RegexOptions.Compiled);

        /// <summary>Problems with the references (empty when all are sound); <paramref name="assemblies"/> gets the sound ones.</summary>
        public static List<string> Validate(NfProject project, List<string> assemblies)
        {
            var problems = new List<string>();
            foreach (KeyValuePair<string, string> reference in project.References())
            {
                string include = NfProject.SimpleName(reference.Key);
                string hint = reference.Value;
                string where = "Reference '" + include + "'" + (hint.Length > 0 ? " (HintPath " + hint + ")" : "");
                string? problem = hint.Length == 0 ? CheckAssembly(include) : CheckHintPath(include, hint);
                if (problem == null)
                {
                    assemblies.Add(hint.Length == 0 ? include : System.IO.Path.GetFileNameWithoutExtension(hint));
                }
                else
                {
                    problems.Add(where + ": " + problem);
                }
            }

            return problems;
        }

        private static string? CheckAssembly(string assembly)
        {
            return NanoPackages.ShippingAssembly(assembly) == null ? NoSuchAssembly(assembly) : null;
        }

        private static string? CheckHintPath(string include, string hint)
        {
            Match m = HintPath.Match(hint);
            if (!m.Success)
            {
                return "the HintPath is not ..\\packages\\<id>.<version>\\lib\\<assembly>.dll|.exe";
            }

            string folder = m.Groups["folder"].Value;
            string file = m.Groups["file"].Value;
            string assembly = System.IO.Path.GetFileNameWithoutExtension(file);
            NanoPackage? package = null;
            string version = "";
            foreach (NanoPackage p in NanoPackages.All)
            {
                if (folder.StartsWith(p.Id + ".", StringComparison.OrdinalIgnoreCase)
                    && Version.IsMatch(folder.Substring(p.Id.Length + 1)))
                {
                    package = p;
                    version = folder.Substring(p.Id.Length + 1);
                }
            }

            if (package == null)
            {
                return "packages\\" + folder + " is not a nanoFramework package this repository knows"
                    + " (eng/DeviceCheck/NanoPackages.cs lists them)" + (NanoPackages.ShippingAssembly(assembly) == null ? "; " + NoSuchAssembly(assembly) : "");
            }

            if (version != package.Version)
            {
                return package.Id + " " + version + " is not the checked version " + package.Version
                    + " (the API lists in eng/nanoframework-api/ describe " + package.Version + ")";
            }

            bool ships = false;
            foreach (string f in package.Files)
            {
                ships |= string.Equals(f, file, StringComparison.Ordinal);
            }

            if (!ships)
            {
                return "the package " + package.Id + " ships " + string.Join(", ", package.Files) + ", not " + file
                    + (NanoPackages.ShippingAssembly(assembly) == null ? "; " + NoSuchAssembly(assembly) : "");
            }

            if (include != assembly)
            {
                return "the Include names '" + include + "' but the HintPath is the assembly " + assembly
                    + (NanoPackages.ShippingAssembly(include) == null ? "; " + NoSuchAssembly(include) : "");
            }

            return null;
        }

        private static string NoSuchAssembly(string assembly)
        {
            NanoPackage? samePackageId = NanoPackages.ById(assembly);
            return "no nanoFramework package ships an assembly named " + assembly
                + (samePackageId != null ? " (the package " + samePackageId.Id + " ships " + string.Join(", ", samePackageId.Files) + ")" : "");
        }
    }
}
