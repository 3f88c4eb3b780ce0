using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ChargePoint.DeviceCheck
{
    /// <summary>
    /// Sizes of a compiled device assembly, read with System.Reflection.Metadata, and an estimate of its .pe (the
    /// file the metadata processor writes and the ESP32 deploys).
    /// <para>Budgets (the .pe tables use 16-bit offsets): <see cref="IlBytes"/> and <see cref="StringBytes"/> each at most
    /// 65,536. Both measures are conservative: the .pe byte code was 0.62–0.73 of the IL and the .pe string table at
    /// most 0.75 of #Strings plus half of #US (docs/nanoframework.md §2).</para>
    /// <para>Estimated .pe bytes = 0.73 × IL + 0.75 × #Strings + 0.5 × #US + 0.5 × #Blob + <see cref="BytesPerRow"/> ×
    /// metadata rows (TypeRef, MemberRef, TypeDef, Field, MethodDef, TypeSpec, CustomAttribute, InterfaceImpl,
    /// AssemblyRef, StandAloneSig) + <see cref="Header"/>. The IL and string factors are the measured ratios; BytesPerRow
    /// was calibrated (2026-12) so that the ESP32 image of that time (ChargePoint.Firmware + ChargePoint.Ocpp +
    /// ChargePoint.Hal, Release, without the simulation code in Hal/Simulation and Firmware/Simulator: 7,266 rows,
    /// 154,573 bytes before rows) comes out at 222,148 bytes = 216.9 KB, against the 217 KB the real metadata
    /// processor produced for it. It is an estimate for trends and the image total; the budgets use exact measures.</para>
    /// </summary>
    public sealed class AssemblySize
    {
        public const int Budget = 65536;

        public const double IlFactor = 0.73;
        public const double StringsFactor = 0.75;
        public const double UserStringsFactor = 0.5;
        public const double BlobFactor = 0.5;
        public const double BytesPerRow = 9.3;
        public const int Header = 128;

        /// <summary>The estimate's formula, for reports.</summary>
        public static string Formula
        {
            get
            {
                System.Globalization.CultureInfo c = System.Globalization.CultureInfo.InvariantCulture;
                return "est. .pe = " + IlFactor.ToString(c) + " IL + " + StringsFactor.ToString(c) + " #Strings + "
                    + UserStringsFactor.ToString(c) + " #US + " + BlobFactor.ToString(c) + " #Blob + " + BytesPerRow.ToString(c)
                    + "/metadata row + " + Header.ToString(c);
            }
        }

        public int IlBytes { get; private set; }

        /// <summary>Size of the #Strings heap (identifiers).</summary>
        public int StringsHeap { get; private set; }

        /// <summary>Size of the #US heap (string literals, UTF-16).</summary>
        public int UserStringsHeap { get; private set; }

        public int BlobHeap { get; private set; }

        public int MetadataRows { get; private set; }

        /// <summary>The string-budget measure: #Strings + half of #US.</summary>
        public int StringBytes
        {
            get { return StringsHeap + UserStringsHeap / 2; }
        }

        public int EstimatedPeBytes
        {
            get
            {
                return (int)(IlFactor * IlBytes + StringsFactor * StringsHeap + UserStringsFactor * UserStringsHeap
                    + BlobFactor * BlobHeap + BytesPerRow * MetadataRows) + Header;
            }
        }

        public bool WithinBudget
        {
            get { return IlBytes <= Budget && StringBytes <= Budget; }
        }

        public static AssemblySize Measure(Stream image)
        {
            long start = image.Position;
            try
            {
                using (var pe = new PEReader(image, PEStreamOptions.LeaveOpen))
                {
                    MetadataReader reader = pe.GetMetadataReader();
                    var size = new AssemblySize();
                    foreach (MethodDefinitionHandle h in reader.MethodDefinitions)
                    {
                        MethodDefinition method = reader.GetMethodDefinition(h);
                        if (method.RelativeVirtualAddress != 0)
                        {
                            size.IlBytes += pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader().Length;
                        }
                    }

                    size.StringsHeap = reader.GetHeapSize(HeapIndex.String);
                    size.UserStringsHeap = reader.GetHeapSize(HeapIndex.UserString);
                    size.BlobHeap = reader.GetHeapSize(HeapIndex.Blob);
                    foreach (TableIndex table in new[]
                    {
                        TableIndex.TypeRef, TableIndex.MemberRef, TableIndex.TypeDef, TableIndex.Field, TableIndex.MethodDef,
                        TableIndex.TypeSpec, TableIndex.CustomAttribute, TableIndex.InterfaceImpl, TableIndex.AssemblyRef,
                        TableIndex.StandAloneSig,
                    })
                    {
                        size.MetadataRows += reader.GetTableRowCount(table);
                    }

                    return size;
                }
            }
            finally
            {
                image.Position = start;
            }
        }
    }
}
