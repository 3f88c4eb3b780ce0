using System.Text;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// Slot verification (a part of BootLoader: one type in the .pe): checks every file of an application slot against
    /// the slot's manifest (length and SHA-256) before it may boot.
    /// </summary>
    public static partial class BootLoader
    {
        /// <summary>The slot's manifest when the slot is complete, intact and meant for this board and loader; else null with error.</summary>
        public static SlotManifest Verify(IStorage storage, int slot, string boardId, out string error)
        {
            // One exit for every failure: "slot A: " and why.
            byte[] text = storage.Read(Slot.ManifestRecord(slot));
            SlotManifest manifest = null;
            string fault = "empty";
            if (text != null)
            {
                fault = "manifest too long";
                if (text.Length <= LoaderAbi.MaxManifestBytes)
                {
                    manifest = SlotManifest.Parse(new string(Encoding.UTF8.GetChars(text)), out fault);
                    if (manifest != null)
                    {
                        fault = manifest.CompatibilityError(boardId);
                    }
                }
            }

            for (int i = 0; fault == null && i < manifest.Files.Length; i++)
            {
                SlotFile file = manifest.Files[i];
                var stream = new BundleStream(storage, Slot.FileRecord(slot, file.Name));
                stream.BeginFile(file, 0, null);
                while (stream.StepFile(64) == BundleStream.FileRunning)
                {
                }

                fault = stream.FileError;
                if (fault == null && !stream.EndsAt(file.Length))
                {
                    fault = file.Name + " too long";
                }
            }

            if (fault != null)
            {
                error = "slot " + Slot.Name(slot) + ": " + fault;
                return null;
            }

            error = string.Empty;
            return manifest;
        }
    }
}
