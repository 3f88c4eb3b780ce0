using System.Text;
using ChargePoint.Ocpp.Crypto;
using ChargePoint.Ocpp.Platform;

namespace ChargePoint.Firmware.Loader
{
    /// <summary>
    /// What the loader remembers across boots (record <see cref="RecordName"/>): the confirmed slot, the one before it,
    /// a slot on trial, the boots since the application last confirmed, and the outcome of the last trial. One line of
    /// text sealed with the first 8 bytes of its SHA-256, replaced with the atomic <see cref="IStorage.Write"/>, so a
    /// power cut at any byte leaves the old or the new record. A damaged record reads as the initial one (factory).
    /// </summary>
    public sealed class BootRecord
    {
        public const string RecordName = "boot.record";

        /// <summary><see cref="Outcome"/>: no trial has ended since the record was created.</summary>
        public const int NoOutcome = 0;

        /// <summary><see cref="Outcome"/>: the last trial slot confirmed and is now active.</summary>
        public const int Confirmed = 1;

        /// <summary><see cref="Outcome"/>: the last trial slot never confirmed (or went bad); the loader went back.</summary>
        public const int RolledBack = 2;

        private const string SealKey = "#sha=";

        public int Active = Slot.Factory;

        public int Previous = Slot.Factory;

        /// <summary>The slot on trial, or <see cref="Slot.Factory"/> for none.</summary>
        public int Trial = Slot.Factory;

        /// <summary>Boots since the application last confirmed it is healthy.</summary>
        public int Boots;

        public int Outcome = NoOutcome;

        /// <summary>The slot the last trial was about (what <see cref="Outcome"/> reports on).</summary>
        public int OutcomeSlot = Slot.Factory;

        public bool HasTrial => Trial != Slot.Factory;

        // BootLoader.Decide's answer rides on the record it stores first (not part of the stored text), and Boot's manifest.

        /// <summary>The slot to start (<see cref="Slot.A"/>, <see cref="Slot.B"/> or <see cref="Slot.Factory"/>).</summary>
        public int Chosen;

        /// <summary>Why that slot (for the log).</summary>
        public string Reason;

        /// <summary>The chosen slot's manifest (null for the factory application), from <see cref="BootLoader.Boot"/>.</summary>
        public SlotManifest Manifest;

        public BootRecord Copy() => (BootRecord)MemberwiseClone();

        /// <summary>"active=1 previous=0 trial=2 boots=1 outcome=0 outcome-slot=2": the fields in <see cref="Keys"/> order.</summary>
        public string ToText()
        {
            string[] keys = Keys();
            int[] values = { Active, Previous, Trial, Boots, Outcome, OutcomeSlot };
            var sb = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(keys[i]).Append(values[i].ToString());
            }

            return sb.ToString();
        }

        /// <summary>The stored fields' keys, in order (one table for writing and parsing).</summary>
        private static string[] Keys() => new string[] { "active=", "previous=", "trial=", "boots=", "outcome=", "outcome-slot=" };

        public void Save(IStorage storage)
        {
            string body = ToText();
            storage.Write(RecordName, Encoding.UTF8.GetBytes(body + "\n" + SealKey + Seal(body) + "\n"));
        }

        /// <summary>The stored record; the initial record (factory, nothing on trial) when there is none or it is damaged.</summary>
        public static BootRecord Load(IStorage storage)
        {
            BootRecord r = Parse(storage.Read(RecordName));
            return r ?? new BootRecord();
        }

        /// <summary>The record in data, or null when it is missing, damaged or malformed.</summary>
        public static BootRecord Parse(byte[] data)
        {
            if (data == null || data.Length > 256)
            {
                return null;
            }

            string[] lines = new string(Encoding.UTF8.GetChars(data)).Split(new char[] { '\n' });
            if (lines.Length != 3 || lines[2].Length != 0 || lines[1] != SealKey + Seal(lines[0]))
            {
                return null;
            }

            string[] fields = lines[0].Split(new char[] { ' ' });
            if (fields.Length != 6)
            {
                return null;
            }

            var r = new BootRecord();
            int[] values = new int[6];
            string[] keys = Keys();
            for (int i = 0; i < 6; i++)
            {
                string value = SlotManifest.Value(fields[i], keys[i]);
                if (value == null || !int.TryParse(value, out values[i]) || values[i] < 0)
                {
                    return null;
                }
            }

            if (values[0] > Slot.B || values[1] > Slot.B || values[2] > Slot.B || values[4] > RolledBack || values[5] > Slot.B)
            {
                return null;
            }

            r.Active = values[0];
            r.Previous = values[1];
            r.Trial = values[2];
            r.Boots = values[3];
            r.Outcome = values[4];
            r.OutcomeSlot = values[5];
            return r;
        }

        private static string Seal(string body)
        {
            return Hex.Encode(Sha256.Hash(Encoding.UTF8.GetBytes(body)), 0, 8);
        }
    }
}
