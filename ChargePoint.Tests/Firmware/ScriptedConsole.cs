using System.Collections;
using System.Text;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Tests.Firmware
{
    /// <summary>Console I/O for tests: lines typed into a queue, output collected.</summary>
    public sealed class ScriptedConsole : IConsoleIo
    {
        private readonly Queue _input = new Queue();
        private readonly ArrayList _output = new ArrayList();

        public bool Closed { get; set; }

        public bool InputClosed
        {
            get { return Closed && _input.Count == 0; }
        }

        public int LineCount
        {
            get { return _output.Count; }
        }

        public void Type(string line)
        {
            _input.Enqueue(line);
        }

        public string? ReadLine()
        {
            return _input.Count == 0 ? null : (string?)_input.Dequeue();
        }

        public void WriteLine(string line)
        {
            _output.Add(line);
        }

        public string Line(int index)
        {
            return (string)_output[index]!;
        }

        public string Output
        {
            get { return From(0); }
        }

        /// <summary>Output lines from index on, joined with '\n'.</summary>
        public string From(int index)
        {
            var sb = new StringBuilder();
            for (int i = index; i < _output.Count; i++)
            {
                if (i > index)
                {
                    sb.Append('\n');
                }

                sb.Append((string)_output[i]!);
            }

            return sb.ToString();
        }

        public void Clear()
        {
            _output.Clear();
        }
    }
}
