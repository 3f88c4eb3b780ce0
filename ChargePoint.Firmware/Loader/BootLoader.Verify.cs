using System.Text;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Slot verification (a part of BootLoader: one type in the .pe): checks every file of an application slot against
    /// the slot's manifest (length and SHA-256) before it may boot.
    /// </summary>
    public sealed partial class BootLoader
    {
        /// <summary>The slot's manifest when the slot is complete, intact and meant for this board and loader; else null with error.</summary>
        public static SlotManifest Verify(ISlotStorage storage, int slot, string boardId, out string error)
        {
            string tag = "slot " + Slot.Name(slot);
            byte[] text = storage.Read(Slot.ManifestRecord(slot));
            if (text == null)
            {
                error = tag + " is empty";
                return null;
            }

            if (text.Length > LoaderAbi.MaxManifestBytes)
            {
                error = tag + " manifest too long";
                return null;
            }

            SlotManifest manifest = SlotManifest.Parse(new string(Encoding.UTF8.GetChars(text)), out error);
            if (manifest == null)
            {
                error = tag + ": " + error;
                return null;
            }

            string incompatible = manifest.CompatibilityError(boardId);
            if (incompatible != null)
            {
                error = tag + ": " + incompatible;
                return null;
            }

            for (int i = 0; i < manifest.Files.Length; i++)
            {
                SlotFile file = manifest.Files[i];
                string record = Slot.FileRecord(slot, file.Name);
                var stream = new BundleStream(storage, record);
                stream.BeginFile(file, 0, null);
                while (stream.StepFile(64) == BundleStream.FileRunning)
                {
                }

                string fault = stream.FileError;
                if (fault == null && !stream.EndsAt(file.Length))
                {
                    fault = file.Name + " too long";
                }

                if (fault != null)
                {
                    error = tag + ": " + fault;
                    return null;
                }
            }

            error = string.Empty;
            return manifest;
        }
    }
}
