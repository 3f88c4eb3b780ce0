
namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Checks a downloaded bundle before anything is installed: <see cref="Ok"/>, <see cref="Damaged"/> (malformed,
    /// truncated, extended or a digest mismatch: the download failed and may be retried) or <see cref="Incompatible"/>
    /// (a sound bundle for another board or loader ABI: the installation fails).
    /// </summary>
    public static class BundleCheck
    {
        public const int Ok = 0;

        public const int Damaged = 1;

        public const int Incompatible = 2;

        public static int Check(ISlotStorage storage, string bundleRecord, string boardId, out string error)
        {
            var stream = new BundleStream(storage, bundleRecord);
            SlotManifest? manifest = stream.ReadManifest(out error);
            if (manifest == null)
            {
                return Damaged;
            }

            int offset = stream.PayloadOffset;
            for (int i = 0; i < manifest.Files.Length; i++)
            {
                string? fault = stream.CheckFile(manifest.Files[i], offset, null);
                if (fault != null)
                {
                    error = fault;
                    return Damaged;
                }

                offset += manifest.Files[i].Length;
            }

            if (!stream.EndsAt(offset))
            {
                error = "bundle has bytes after its last file";
                return Damaged;
            }

            string? incompatible = manifest.CompatibilityError(boardId);
            if (incompatible != null)
            {
                error = incompatible;
                return Incompatible;
            }

            error = string.Empty;
            return Ok;
        }
    }
}
