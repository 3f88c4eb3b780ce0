using System.IO;

namespace ChargePoint.DeviceCheck
{
    /// <summary>Where the device check looks and what it enforces.</summary>
    public sealed class DeviceCheckOptions
    {
        public DeviceCheckOptions(string root)
        {
            Root = Path.GetFullPath(root);
            Solution = Path.Combine(Root, "ChargePoint.nfproj.sln");
            ApiDirectory = Path.Combine(Root, "eng", "nanoframework-api");
        }

        /// <summary>The repository (the folder of ChargePoint.slnx).</summary>
        public string Root { get; }

        /// <summary>The solution listing the device projects (default: &lt;root&gt;/ChargePoint.nfproj.sln).</summary>
        public string Solution { get; set; }

        /// <summary>The allow-lists (&lt;Assembly&gt;.txt) with sig/ below (default: &lt;root&gt;/eng/nanoframework-api).</summary>
        public string ApiDirectory { get; set; }

        /// <summary>When set, the compiled device assemblies and the reference assemblies are written here.</summary>
        public string? OutputDirectory { get; set; }

        /// <summary>Per-assembly budget of modelled .pe byte code (the table has 16-bit offsets; see <see cref="AssemblySize.ByteCodeBudget"/>).</summary>
        public int ByteCodeBudget { get; set; } = AssemblySize.ByteCodeBudget;

        /// <summary>Per-assembly string budget in bytes (#Strings + half of #US).</summary>
        public int StringBudget { get; set; } = AssemblySize.Budget;
    }
}
