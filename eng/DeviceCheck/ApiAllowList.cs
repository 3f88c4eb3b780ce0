using System;
using System.Collections.Generic;
using System.IO;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// The nanoFramework API allow-lists (eng/nanoframework-api/&lt;Assembly&gt;.txt, one documentation-comment ID a
    /// line, '#' header lines). A gate run uses the lists of the assemblies the device project references.
    /// </summary>
    public sealed class ApiAllowList
    {
        private readonly Dictionary<string, HashSet<string>> _lists;
        private readonly HashSet<string> _active;

        private ApiAllowList(Dictionary<string, HashSet<string>> lists, HashSet<string> active)
        {
            _lists = lists;
            _active = active;
        }

        /// <summary>Loads every list in <paramref name="directory"/> and activates those named (assembly names).</summary>
        public static ApiAllowList Load(string directory, IEnumerable<string> assemblies)
        {
            var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (string file in Directory.GetFiles(directory, "*.txt"))
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (string raw in File.ReadLines(file))
                {
                    string line = raw.Trim();
                    if (line.Length > 0 && line[0] != '#')
                    {
                        set.Add(line);
                    }
                }

                lists[Path.GetFileNameWithoutExtension(file)] = set;
            }

            if (!lists.ContainsKey("mscorlib"))
            {
                throw new InvalidOperationException("mscorlib.txt missing from " + directory);
            }

            var active = new HashSet<string>(StringComparer.Ordinal) { "mscorlib" };
            foreach (string assembly in assemblies)
            {
                // Assemblies without a list (e.g. nanoFramework.UnitTestLauncher, an executable) add nothing.
                if (lists.ContainsKey(assembly))
                {
                    active.Add(assembly);
                }
            }

            return new ApiAllowList(lists, active);
        }

        public IEnumerable<string> ActiveLists => _active;

        /// <summary>True when a referenced package of this project exposes the ID.</summary>
        public bool Allows(string docId)
        {
            foreach (string name in _active)
            {
                if (_lists[name].Contains(docId))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The list (assembly) that has the ID although this project does not reference it, or null.</summary>
        public string? ListedElsewhere(string docId)
        {
            foreach (KeyValuePair<string, HashSet<string>> list in _lists)
            {
                if (!_active.Contains(list.Key) && list.Value.Contains(docId))
                {
                    return list.Key;
                }
            }

            return null;
        }
    }
}
