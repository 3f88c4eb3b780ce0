using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Crypto
{
    /// <summary>
    /// ChargePoint.Ocpp.Crypto must fit the nanoFramework .pe format (64 KiB of IL per assembly) with a wide margin;
    /// the IL of all method bodies is summed from the host build.
    /// </summary>
    [TestClass]
    public class CryptoBudgetTests
    {
        [TestMethod]
        public void Crypto_assembly_IL_stays_well_inside_the_pe_budget()
        {
            string path = typeof(ChargePoint.Ocpp.Crypto.Ecdsa).Assembly.Location;
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            MetadataReader md = pe.GetMetadataReader();
            int il = 0;
            int methods = 0;
            foreach (MethodDefinitionHandle h in md.MethodDefinitions)
            {
                MethodDefinition m = md.GetMethodDefinition(h);
                if (m.RelativeVirtualAddress != 0)
                {
                    il += pe.GetMethodBody(m.RelativeVirtualAddress).Size;
                    methods++;
                }
            }

            Console.WriteLine("ChargePoint.Ocpp.Crypto: " + methods + " method bodies, " + il + " bytes of IL, dll " + new FileInfo(path).Length + " bytes");
            Assert.IsTrue(il < 32 * 1024, il + " bytes of IL");
        }
    }
}
