using System.Collections.Generic;

namespace ChargePoint.DeviceCheck
{
    /// <summary>What the device check found for one .nfproj.</summary>
    public sealed class DeviceProjectOutcome
    {
        public DeviceProjectOutcome(NfProject project, string relativePath)
        {
            Project = project;
            RelativePath = relativePath;
        }

        public NfProject Project { get; }

        /// <summary>The .nfproj path relative to the repository, '/' separated.</summary>
        public string RelativePath { get; }

        /// <summary>The nanoFramework assemblies of its sound &lt;Reference&gt; items.</summary>
        public List<string> Assemblies { get; } = new List<string>();

        /// <summary>The project references, in the order of the .nfproj.</summary>
        public List<DeviceProjectOutcome> ProjectReferences { get; } = new List<DeviceProjectOutcome>();

        public DeviceCompileResult? Compile { get; set; }

        /// <summary>The compiled assembly (null when it did not compile).</summary>
        public byte[]? Image { get; set; }

        public AssemblySize? Size { get; set; }

        public List<ApiViolation> Violations { get; } = new List<ApiViolation>();

        /// <summary>This project and everything it references through project references, itself first.</summary>
        public List<DeviceProjectOutcome> Closure()
        {
            var all = new List<DeviceProjectOutcome>();
            var queue = new Queue<DeviceProjectOutcome>();
            queue.Enqueue(this);
            while (queue.Count > 0)
            {
                DeviceProjectOutcome next = queue.Dequeue();
                if (all.Contains(next))
                {
                    continue;
                }

                all.Add(next);
                foreach (DeviceProjectOutcome r in next.ProjectReferences)
                {
                    queue.Enqueue(r);
                }
            }

            return all;
        }

        public string Label
        {
            get { return Project.AssemblyName + " (" + RelativePath + ")"; }
        }
    }
}
