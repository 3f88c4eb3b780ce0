using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Crypto
{
    /// <summary>
    /// The managed cryptography (ChargePoint.Ocpp/Crypto/, compiled into the engine's assembly, which must fit the
    /// nanoFramework .pe format's 64 KiB of byte code) stays small: the IL of the method bodies of its namespace,
    /// summed from the host build.
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
                TypeDefinition type = md.GetTypeDefinition(m.GetDeclaringType());
                while (!type.GetDeclaringType().IsNil)
                {
                    type = md.GetTypeDefinition(type.GetDeclaringType());
                }

                if (m.RelativeVirtualAddress != 0 && md.GetString(type.Namespace) == "ChargePoint.Ocpp.Crypto")
                {
                    il += pe.GetMethodBody(m.RelativeVirtualAddress).Size;
                    methods++;
                }
            }

            Console.WriteLine("ChargePoint.Ocpp.Crypto (in " + Path.GetFileName(path) + "): " + methods + " method bodies, " + il + " bytes of IL");
            Assert.IsTrue(il < 32 * 1024, il + " bytes of IL");
        }
    }
}
