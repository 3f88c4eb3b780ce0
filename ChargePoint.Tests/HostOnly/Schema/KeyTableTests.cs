using System.Reflection;
using ChargePoint.Ocpp.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChargePoint.Tests.HostOnly.Schema
{
    /// <summary>
    /// Each <see cref="Key"/> constant is a position in <see cref="Key.Table"/> written by hand: it must point at the start
    /// of the member name its own name spells (camelCase), or a parser would read, and a writer write, another member.
    /// </summary>
    [TestClass]
    public class KeyTableTests
    {
        [TestMethod]
        public void Every_key_constant_points_at_the_name_it_is_named_after()
        {
            int keys = 0;
            foreach (FieldInfo f in typeof(Key).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (f.Name == nameof(Key.Table))
                {
                    continue;
                }

                string key = (string)f.GetRawConstantValue()!;
                Assert.AreEqual(1, key.Length, f.Name);
                int at = key[0] - 0x100;
                Assert.IsTrue(at == 0 || Key.Table[at - 1] == ' ', f.Name + " does not start a name");
                string name = Key.Table.Substring(at, Key.Table.IndexOf(' ', at) - at);
                Assert.AreEqual(char.ToLowerInvariant(f.Name[0]) + f.Name.Substring(1), name, f.Name);
                keys++;
            }

            Assert.AreEqual(Key.Table.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Length, keys, "one constant per name in the table");
        }
    }
}
