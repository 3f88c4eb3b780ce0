using System.Collections;
using System.Text;

namespace ChargePoint.Firmware.Benchmark
{
    /// <summary>
    /// The one table a run prints: measure, our figure, the peer's, the ratio peer/ours, the unit and a note, as a
    /// Markdown table with padded columns (readable on a serial console, pasteable into the README).
    /// </summary>
    public sealed class BenchTable
    {
        private static readonly string[] Header = { "Measure", "Ours", "Peer", "Peer/Ours", "Unit", "Note" };

        private readonly ArrayList _rows = new ArrayList();

        public string Title { get; set; } = string.Empty;

        public int RowCount
        {
            get { return _rows.Count; }
        }

        public void Add(string measure, string ours, string peer, string ratio, string unit, string note)
        {
            _rows.Add(new string[] { measure, ours, peer, ratio, unit, note });
        }

        /// <summary>A row without a peer figure.</summary>
        public void Add(string measure, string ours, string unit, string note)
        {
            Add(measure, ours, "-", "-", unit, note);
        }

        public override string ToString()
        {
            var widths = new int[Header.Length];
            Measure(Header, widths);
            for (int i = 0; i < _rows.Count; i++)
            {
                Measure((string[])_rows[i]!, widths);
            }

            var sb = new StringBuilder();
            if (Title.Length > 0)
            {
                sb.Append(Title).Append('\n');
            }

            Line(sb, Header, widths);
            sb.Append('|');
            for (int c = 0; c < widths.Length; c++)
            {
                sb.Append(c >= 1 && c <= 3 ? new string('-', widths[c] + 1) + ":" : ":" + new string('-', widths[c] + 1));
                sb.Append('|');
            }

            sb.Append('\n');
            for (int i = 0; i < _rows.Count; i++)
            {
                Line(sb, (string[])_rows[i]!, widths);
            }

            return sb.ToString();
        }

        private static void Measure(string[] cells, int[] widths)
        {
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length > widths[c])
                {
                    widths[c] = cells[c].Length;
                }
            }
        }

        private static void Line(StringBuilder sb, string[] cells, int[] widths)
        {
            sb.Append('|');
            for (int c = 0; c < cells.Length; c++)
            {
                sb.Append(' ');
                // Figures right-aligned, text left-aligned.
                sb.Append(c >= 1 && c <= 3 ? cells[c].PadLeft(widths[c], ' ') : cells[c].PadRight(widths[c], ' '));
                sb.Append(" |");
            }

            sb.Append('\n');
        }
    }
}
