using System.Collections.Generic;
using ChargePoint.DeviceCheck;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The API gate over the host build of every device project. Each assembly is checked against the allow-lists
    /// of the packages its own .nfproj references, so a GPIO type in ChargePoint.Hal fails even though the firmware
    /// could use it; MSTest types fail in a test project (only the shim may use them). Failures list every offending
    /// reference at once (member &lt;- Type::Method). HostOnly namespaces are skipped.
    /// </summary>
    [TestClass]
    public class ApiGateTests
    {
        [TestMethod]
        public void Every_device_project_uses_only_the_nanoFramework_API()
        {
            string root = RepoPaths.Root();
            var report = new List<string>();
            int scanned = 0;
            foreach (KeyValuePair<string, string> project in ProjectLayout.All(root))
            {
                DeviceProject nfproj = DeviceProject.Load(root, project.Key);
                string assembly = nfproj.Property("AssemblyName") + ".dll";
                ApiAllowList allow = ApiAllowList.Load(RepoPaths.ApiListDirectory(), nfproj.ReferencedAssemblies());
                List<ApiViolation> violations = ApiGate.Scan(RepoPaths.ProjectOutput(project.Value, assembly), allow);
                scanned++;
                if (violations.Count > 0)
                {
                    report.Add(ApiGate.Format(project.Key + " (" + assembly + ")", violations));
                }
            }

            Assert.IsTrue(scanned >= 10, "every device project is scanned");
            Assert.AreEqual(0, report.Count, string.Join(System.Environment.NewLine, report));
        }
    }
}
