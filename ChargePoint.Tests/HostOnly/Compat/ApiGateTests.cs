using System.Collections.Generic;
using ChargePoint.DeviceCheck;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The API gate over everything that ships to the device. Each assembly is checked against the allow-lists of
    /// the packages its own .nfproj references, so a GPIO type in ChargePoint.Hal fails even though the firmware
    /// could use it. Failures list every offending reference at once (member &lt;- Type::Method).
    /// </summary>
    [TestClass]
    public class ApiGateTests
    {
        [TestMethod]
        public void ChargePoint_Ocpp_uses_only_the_nanoFramework_API()
        {
            AssertClean("ChargePoint.Ocpp", RepoPaths.ProjectOutput("ChargePoint.Ocpp", "ChargePoint.Ocpp.dll"));
        }

        [TestMethod]
        public void ChargePoint_Hal_uses_only_the_nanoFramework_API()
        {
            AssertClean("ChargePoint.Hal", RepoPaths.ProjectOutput("ChargePoint.Hal", "ChargePoint.Hal.dll"));
        }

        [TestMethod]
        public void ChargePoint_Firmware_shared_code_uses_only_the_nanoFramework_API()
        {
            // HostOnly namespaces (the simulator entry point) are skipped by the gate.
            AssertClean("ChargePoint.Firmware", RepoPaths.ProjectOutput("ChargePoint.Firmware", "ChargePoint.Firmware.dll"));
        }

        [TestMethod]
        public void NFUnitTest_shared_tests_use_only_the_nanoFramework_API()
        {
            // Also covers the firmware's shared sources, which the test assembly compiles in, against the
            // test project's (platform-free) package set. MSTest types fail here: only the shim may use them.
            AssertClean("ChargePoint.Tests", typeof(ApiGateTests).Assembly.Location);
        }

        private static void AssertClean(string project, string assemblyPath)
        {
            DeviceProject nfproj = DeviceProject.Load(RepoPaths.Root(), project);
            ApiAllowList allow = ApiAllowList.Load(RepoPaths.ApiListDirectory(), nfproj.ReferencedAssemblies());
            List<ApiViolation> violations = ApiGate.Scan(assemblyPath, allow);
            Assert.AreEqual(0, violations.Count, ApiGate.Format(System.IO.Path.GetFileName(assemblyPath), violations));
        }
    }
}
