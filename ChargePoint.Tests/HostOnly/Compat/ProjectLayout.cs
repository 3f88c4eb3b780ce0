using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// Where each project lives, read from ChargePoint.nfproj.sln (the device solution lists every device project;
    /// each has its host twin, X.csproj, in the same folder). Projects are named ChargePoint.X; folders may nest,
    /// e.g. ChargePoint.Ocpp/Crypto/ChargePoint.Ocpp.Crypto.nfproj.
    /// </summary>
    public static class ProjectLayout
    {
        private static readonly Regex Entry = new Regex("^Project\\(\"\\{[^}]+\\}\"\\) = \"(?<name>[^\"]+)\", \"(?<path>[^\"]+)\"", RegexOptions.Multiline);

        /// <summary>Project name → folder relative to the root ('/' separated), in solution order.</summary>
        public static List<KeyValuePair<string, string>> All(string root)
        {
            var projects = new List<KeyValuePair<string, string>>();
            foreach (Match m in Entry.Matches(File.ReadAllText(Path.Combine(root, "ChargePoint.nfproj.sln"))))
            {
                string path = m.Groups["path"].Value.Replace('\\', '/');
                projects.Add(new KeyValuePair<string, string>(m.Groups["name"].Value, Path.GetDirectoryName(path)!.Replace('\\', '/')));
            }

            return projects;
        }

        public static List<string> Names(string root)
        {
            var names = new List<string>();
            foreach (KeyValuePair<string, string> p in All(root))
            {
                names.Add(p.Key);
            }

            return names;
        }

        /// <summary>The folder of a project, relative to the root.</summary>
        public static string Folder(string root, string name)
        {
            foreach (KeyValuePair<string, string> p in All(root))
            {
                if (p.Key == name)
                {
                    return p.Value;
                }
            }

            throw new InvalidOperationException(name + " is not listed in ChargePoint.nfproj.sln");
        }
    }
}
