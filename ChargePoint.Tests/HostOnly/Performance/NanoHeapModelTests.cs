using System.Collections;
using ChargePoint.Firmware.Benchmark.HostOnly;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Performance
{
    /// <summary>The nanoCLR heap model's layout rules, on graphs whose device size is known by hand.</summary>
    [TestClass]
    public class NanoHeapModelTests
    {
        private sealed class Node
        {
            public Node? Next;
            public int Number = 1;
            public long Wide = 2;
        }

        private sealed class Holder
        {
            public object? A;
            public object? B;
        }

        [TestMethod]
        public void An_object_is_a_block_of_header_and_one_per_field_whatever_its_type()
        {
            Assert.AreEqual(12 * 4, NanoHeapModel.Bytes(new Node()));
        }

        [TestMethod]
        public void A_cycle_and_a_shared_object_are_counted_once()
        {
            var a = new Node();
            var b = new Node { Next = a };
            a.Next = b;
            Assert.AreEqual(2 * 48, NanoHeapModel.Bytes(a));
            var shared = new Node();
            Assert.AreEqual(36 + 48, NanoHeapModel.Bytes(new Holder { A = shared, B = shared }));
        }

        [TestMethod]
        public void Arrays_cost_their_elements_at_device_sizes_and_references_a_block_a_slot()
        {
            Assert.AreEqual(20 + 10, NanoHeapModel.Bytes(new byte[10]));
            Assert.AreEqual(20 + 40, NanoHeapModel.Bytes(new int[10]));
            Assert.AreEqual(20 + 80, NanoHeapModel.Bytes(new double[10]));
            Assert.AreEqual(20 + 20, NanoHeapModel.Bytes(new char[10]));
            Assert.AreEqual(20 + 120, NanoHeapModel.Bytes(new object[10]), "empty reference slots");
            Assert.AreEqual(20 + 24 + 48, NanoHeapModel.Bytes(new object[] { new Node(), null! }));
        }

        [TestMethod]
        public void An_ArrayList_has_the_device_default_of_four_slots_at_least()
        {
            Assert.AreEqual(36 + 20 + 48, NanoHeapModel.Bytes(new ArrayList()));
            var list = new ArrayList();
            for (int i = 0; i < 5; i++)
            {
                list.Add(new Node());
            }

            Assert.AreEqual(36 + 20 + 12 * list.Capacity + 5 * 48, NanoHeapModel.Bytes(list));
        }

        [TestMethod]
        public void Literal_strings_are_one_block_and_built_ones_carry_their_UTF8_bytes()
        {
            Assert.AreEqual(12, NanoHeapModel.Bytes("a literal"));
            string built = new string('é', 3);
            Assert.AreEqual(12 + 6 + 1, NanoHeapModel.Bytes(built));
        }

        [TestMethod]
        public void A_delegate_is_three_blocks_plus_its_target()
        {
            var node = new Node();
            System.Func<string?> call = node.ToString;
            Assert.AreEqual(36 + 48, NanoHeapModel.Bytes(call));
        }
    }
}
