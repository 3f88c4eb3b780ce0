using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ChargePoint.DeviceCheck
{
    /// <summary>The device projects of a Visual Studio solution (ChargePoint.nfproj.sln): every Project line whose path ends in .nfproj.</summary>
    public static class NfSolution
    {
        // Project("{TYPE-GUID}") = "Name", "Folder\Name.nfproj", "{PROJECT-GUID}"
        private static readonly Regex ProjectLine = new Regex(@"^Project\(""\{[^}]*\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+)""",
            RegexOptions.Compiled | RegexOptions.Multiline);

        /// <summary>Absolute paths of the .nfproj files, in solution order.</summary>
        public static List<string> DeviceProjects(string slnPath)
        {
            string dir = Path.GetDirectoryName(Path.GetFullPath(slnPath))!;
            var projects = new List<string>();
            foreach (Match m in ProjectLine.Matches(File.ReadAllText(slnPath)))
            {
                string rel = NfProject.Slash(m.Groups["path"].Value);
                if (rel.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase))
                {
                    projects.Add(Path.GetFullPath(Path.Combine(dir, rel)));
                }
            }

            return projects;
        }
    }
}
