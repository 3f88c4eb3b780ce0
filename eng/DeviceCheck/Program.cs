using System;
using System.IO;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// dotnet run --project eng/DeviceCheck -c Release [-- --root &lt;repo&gt;] [--out &lt;dir&gt;] [--verbose]
    /// Prints the size table, the ESP32 images and every failed check, then "device check: N passed, M failed";
    /// exits 1 when a check failed, 2 on bad arguments.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string? root = null;
            string? output = null;
            bool verbose = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--root" when i + 1 < args.Length:
                        root = args[++i];
                        break;
                    case "--out" when i + 1 < args.Length:
                        output = args[++i];
                        break;
                    case "--verbose":
                        verbose = true;
                        break;
                    default:
                        Console.Error.WriteLine("usage: DeviceCheck [--root <repo>] [--out <dir>] [--verbose]");
                        return 2;
                }
            }

            root ??= FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
            if (root == null)
            {
                Console.Error.WriteLine("ChargePoint.slnx not found above the current directory; pass --root <repo>");
                return 2;
            }

            var options = new DeviceCheckOptions(root)
            {
                OutputDirectory = output ?? Path.Combine(AppContext.BaseDirectory, "device"),
            };
            DeviceCheckRun run = DeviceCheckRun.Run(options);
            if (verbose)
            {
                foreach (CheckOutcome c in run.Checks)
                {
                    Console.WriteLine(c.Passed ? c.ToString() : "FAIL " + c.Name);
                }

                Console.WriteLine();
            }

            Console.Write(run.Report());
            return run.Failed == 0 ? 0 : 1;
        }

        /// <summary>The first folder at or above <paramref name="start"/> holding ChargePoint.slnx.</summary>
        public static string? FindRoot(string start)
        {
            string? dir = Path.GetFullPath(start);
            while (dir != null)
            {
                if (File.Exists(Path.Combine(dir, "ChargePoint.slnx")))
                {
                    return dir;
                }

                dir = Path.GetDirectoryName(dir);
            }

            return null;
        }
    }
}
