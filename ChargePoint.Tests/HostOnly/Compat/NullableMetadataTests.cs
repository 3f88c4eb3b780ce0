using System.Collections.Generic;
using ChargePoint.DeviceCheck;
using Microsoft.CodeAnalysis;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Compat
{
    /// <summary>
    /// The device build emits no nullable context: the nanoFramework metadata processor keeps NullableAttribute and
    /// NullableContextAttribute rows (one per annotated type and member), which mean nothing on the nanoCLR. The host
    /// build keeps checking nullability (Directory.Build.props).
    /// </summary>
    [TestClass]
    public class NullableMetadataTests
    {
        [TestMethod]
        public void Every_device_project_disables_nullable_and_the_device_check_compiles_it_so()
        {
            string root = RepoPaths.Root();
            var wrong = new List<string>();
            foreach (string name in ProjectLayout.Names(root))
            {
                NfProject project = NfProject.Load(DeviceProject.Load(root, name).Path);
                if (project.Nullable != NullableContextOptions.Disable)
                {
                    wrong.Add(name + ": " + project.Nullable);
                }
            }

            Assert.AreEqual(string.Empty, string.Join(", ", wrong));
        }
    }
}
