using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace ChargePoint.DeviceCheck
{
    /// <summary>The outcome of a <see cref="DeviceCompiler"/> run: the image (when it compiled) and the errors.</summary>
    public sealed class DeviceCompileResult
    {
        public DeviceCompileResult(MemoryStream? image, IEnumerable<Diagnostic> diagnostics, string root)
        {
            Image = image;
            Errors = new List<string>();
            ErrorIds = new List<string>();
            foreach (Diagnostic d in diagnostics)
            {
                if (d.Severity != DiagnosticSeverity.Error)
                {
                    continue;
                }

                FileLinePositionSpan span = d.Location.GetLineSpan();
                string path = span.Path ?? "";
                if (path.StartsWith(root, StringComparison.Ordinal))
                {
                    path = path.Substring(root.Length).TrimStart('/', '\\').Replace('\\', '/');
                }

                Errors.Add(path + ":" + (span.StartLinePosition.Line + 1) + ":" + (span.StartLinePosition.Character + 1)
                    + ": " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                ErrorIds.Add(d.Id + "@" + (span.StartLinePosition.Line + 1));
            }

            Errors.Sort(StringComparer.Ordinal);
        }

        /// <summary>The emitted assembly, or null when there are errors.</summary>
        public MemoryStream? Image { get; }

        /// <summary>"file:line:col: CSxxxx message", sorted, paths relative to the repository.</summary>
        public List<string> Errors { get; }

        /// <summary>"CSxxxx@line" of each error (probe assertions).</summary>
        public List<string> ErrorIds { get; }

        public string Report(string title)
        {
            return title + ": " + Errors.Count + " compile error(s) in the device build (C# 9, NANOFRAMEWORK_1_0, official"
                + " mscorlib + reference assemblies from eng/nanoframework-api/sig/):" + Environment.NewLine + "  "
                + string.Join(Environment.NewLine + "  ", Errors);
        }
    }
}
