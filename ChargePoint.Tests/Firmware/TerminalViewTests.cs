using ChargePoint.Firmware.Simulator;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.Firmware
{
    [TestClass]
    public class TerminalViewTests
    {
        private const string Erase = "\r\u001b[2K\u001b[1A\r\u001b[2K";

        [TestMethod]
        public void A_status_redraw_keeps_what_the_user_is_typing()
        {
            var view = new TerminalView();
            Assert.AreEqual("banner\r\n> ", view.Line("banner"), "before the first status only the prompt");
            Assert.AreEqual("\r\u001b[2KCP A\r\n> ", view.SetStatus("CP A"));
            string? line;
            Assert.AreEqual("s", view.Key('s', out line));
            view.Key('t', out line);
            view.Key('a', out line);
            Assert.IsNull(line);
            Assert.AreEqual(Erase + "CP B\r\n> sta", view.SetStatus("CP B"), "status replaced, prompt and typed text redrawn");
            Assert.AreEqual(string.Empty, view.SetStatus("CP B"), "no redraw when nothing changed");
            Assert.AreEqual(Erase + "[info] event\r\nCP B\r\n> sta", view.Line("[info] event"), "output goes above the footer");
            Assert.AreEqual("sta", view.Typed);
        }

        [TestMethod]
        public void Enter_completes_the_line_and_backspace_edits_it()
        {
            var view = new TerminalView();
            view.SetStatus("CP A");
            string? line;
            view.Key('x', out line);
            Assert.AreEqual("\b \b", view.Key('\b', out line));
            Assert.AreEqual(string.Empty, view.Key((char)0x7F, out line), "nothing left to erase");
            view.Key('o', out line);
            view.Key('k', out line);
            Assert.AreEqual(Erase + "> ok\r\nCP A\r\n> ", view.Key('\r', out line), "the command stays visible above the footer");
            Assert.AreEqual("ok", line);
            Assert.AreEqual(string.Empty, view.Typed);
            Assert.AreEqual(Erase, view.Close());
        }
    }
}
