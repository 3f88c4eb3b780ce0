using System.Text;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The simulator's terminal screen (stdout is a terminal): output lines scroll above a two-line footer, the live
    /// status line and the prompt with what the user is typing. Every redraw erases the footer, prints, and draws it
    /// again with the typed characters, so a status update never destroys the input line. Pure: each method returns
    /// the text (ANSI sequences) to write; the host writes it under one lock.
    /// </summary>
    public sealed class TerminalView
    {
        public const string Prompt = "> ";

        // Clear the prompt line; with a status line above it, move up and clear that too.
        private const string EraseLine = "\r\u001b[2K";
        private const string EraseUp = "\u001b[1A\r\u001b[2K";

        private readonly StringBuilder _input = new StringBuilder();
        private string _status = string.Empty;
        private bool _shown;
        private bool _statusShown;

        /// <summary>What the user has typed on the prompt so far.</summary>
        public string Typed
        {
            get { return _input.ToString(); }
        }

        public string Status
        {
            get { return _status; }
        }

        /// <summary>An output line, printed above the footer.</summary>
        public string Line(string text)
        {
            return Erase() + text + "\r\n" + Footer();
        }

        /// <summary>Replaces the status line (empty when unchanged).</summary>
        public string SetStatus(string status)
        {
            if (_shown && status == _status)
            {
                return string.Empty;
            }

            _status = status;
            return Erase() + Footer();
        }

        /// <summary>
        /// A typed character: printable ones are added and echoed, backspace/DEL erase, CR or LF completes the line
        /// (<paramref name="line"/> is set, the line stays visible above the footer). Returns the text to write.
        /// </summary>
        public string Key(char c, out string? line)
        {
            line = null;
            if (c == '\r' || c == '\n')
            {
                line = _input.ToString();
                _input.Clear();
                return Erase() + Prompt + line + "\r\n" + Footer();
            }

            if (c == '\b' || c == (char)0x7F)
            {
                if (_input.Length == 0)
                {
                    return string.Empty;
                }

                _input.Remove(_input.Length - 1, 1);
                return "\b \b";
            }

            if (c < ' ')
            {
                return string.Empty;
            }

            _input.Append(c);
            return _shown ? c.ToString() : Footer();
        }

        /// <summary>Removes the footer (before exit).</summary>
        public string Close()
        {
            return Erase();
        }

        private string Erase()
        {
            if (!_shown)
            {
                return string.Empty;
            }

            _shown = false;
            return _statusShown ? EraseLine + EraseUp : EraseLine;
        }

        /// <summary>The status line (once there is one) and the prompt with the typed text; the cursor ends after it.</summary>
        private string Footer()
        {
            _shown = true;
            _statusShown = _status.Length > 0;
            return (_statusShown ? _status + "\r\n" : string.Empty) + Prompt + _input.ToString();
        }
    }
}
