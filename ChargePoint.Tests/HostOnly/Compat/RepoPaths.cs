using System;
using System.IO;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>Finds the repository and the build outputs the compatibility tests look at.</summary>
    public static class RepoPaths
    {
        /// <summary>The folder holding ChargePoint.slnx, found by walking up from the test assembly.</summary>
        public static string Root()
        {
            string? dir = TestOutputDirectory();
            while (dir != null)
            {
                if (File.Exists(Path.Combine(dir, "ChargePoint.slnx")))
                {
                    return dir;
                }

                dir = Path.GetDirectoryName(dir);
            }

            throw new InvalidOperationException("ChargePoint.slnx not found above " + TestOutputDirectory());
        }

        /// <summary>The directory NFUnitTest.dll was loaded from (bin/&lt;Configuration&gt;/&lt;tfm&gt;/).</summary>
        public static string TestOutputDirectory()
        {
            return Path.GetDirectoryName(typeof(RepoPaths).Assembly.Location)!;
        }

        /// <summary>The build output of another project built in the same configuration and target framework.</summary>
        public static string ProjectOutput(string projectFolder, string fileName)
        {
            string outDir = TestOutputDirectory();
            string tfm = Path.GetFileName(outDir);
            string configuration = Path.GetFileName(Path.GetDirectoryName(outDir)!);
            string path = Path.Combine(Root(), projectFolder, "bin", configuration, tfm, fileName);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("Build output missing (build the solution first): " + path);
            }

            return path;
        }

        /// <summary>The allow-lists copied next to the test assembly (eng/nanoframework-api/*.txt).</summary>
        public static string ApiListDirectory()
        {
            return Path.Combine(TestOutputDirectory(), "nanoframework-api");
        }
    }
}
