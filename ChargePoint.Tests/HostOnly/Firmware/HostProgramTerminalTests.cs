using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using ChargePoint.Tests.HostOnly.Interop;
using nanoFramework.TestFramework;

namespace ChargePoint.Tests.HostOnly.Firmware
{
    /// <summary>
    /// The simulator on a real terminal: util-linux `script` gives it a pseudo-terminal, so the live status line is on.
    /// Skipped where `script` is missing. Real-time waits are bounded and generous.
    /// </summary>
    [TestClass]
    public class HostProgramTerminalTests
    {
        private const string Script = "/usr/bin/script";

        [TestMethod]
        public void Status_redraws_on_a_terminal_keep_the_partly_typed_command()
        {
            if (!File.Exists(Script))
            {
                Assert.SkipTest("util-linux 'script' not installed: no pseudo-terminal for this test");
                return;
            }

            // An unreachable Central System: the status line counts the retry down every second, so it is redrawn while typing.
            var start = new ProcessStartInfo(Script)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-qfec");
            start.ArgumentList.Add("dotnet " + FirmwareProcess.FirmwareDll + " --central-system ws://127.0.0.1:9/ocpp");
            start.ArgumentList.Add("/dev/null");
            using var process = Process.Start(start)!;
            var output = new StringBuilder();
            var reader = new Thread(() =>
            {
                var buffer = new char[4096];
                int n;
                while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    lock (output)
                    {
                        output.Append(buffer, 0, n);
                    }
                }
            }) { IsBackground = true };
            reader.Start();
            try
            {
                WaitFor(output, "CS offline (retry in", TimeSpan.FromSeconds(30));
                process.StandardInput.Write("sta");
                process.StandardInput.Flush();
                int typedAt = Length(output);
                WaitFor(output, "> sta", TimeSpan.FromSeconds(10));

                // Let the status line be redrawn a few times (it changes every second), then finish the command.
                Thread.Sleep(2500);
                string during = Text(output).Substring(typedAt);
                int redraws = Count(during, "CS offline (retry in");
                Assert.IsTrue(redraws >= 1, "the status line was redrawn while typing:\n" + Visible(during));
                Assert.IsTrue(EndsWithPrompt(during), "after each redraw the prompt and the typed text are back:\n" + Visible(during));
                process.StandardInput.Write("tus\r");
                process.StandardInput.Flush();
                WaitFor(output, "connector 1 status: Available", TimeSpan.FromSeconds(10));
                Assert.Contains("> status\r", Text(output), "the finished command stays on screen");
                process.StandardInput.Write("quit\r");
                process.StandardInput.Flush();
                Assert.IsTrue(process.WaitForExit(20000), "quit stops it");
                Assert.AreEqual(0, process.ExitCode);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(true);
                }
            }
        }

        /// <summary>Every status redraw after typing is followed by the prompt with "sta" (never left erased).</summary>
        private static bool EndsWithPrompt(string during)
        {
            int at = 0;
            bool any = false;
            while ((at = during.IndexOf("CS offline (retry in", at, StringComparison.Ordinal)) >= 0)
            {
                int eol = during.IndexOf('\n', at);
                if (eol < 0 || !during.Substring(eol + 1).StartsWith("> sta", StringComparison.Ordinal))
                {
                    return false;
                }

                any = true;
                at = eol;
            }

            return any;
        }

        private static void WaitFor(StringBuilder output, string text, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (Text(output).IndexOf(text, StringComparison.Ordinal) < 0)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("never saw '" + text + "':\n" + Visible(Text(output)));
                }

                Thread.Sleep(50);
            }
        }

        private static string Text(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        private static int Length(StringBuilder output)
        {
            lock (output)
            {
                return output.Length;
            }
        }

        private static int Count(string text, string fragment)
        {
            int n = 0;
            int at = 0;
            while ((at = text.IndexOf(fragment, at, StringComparison.Ordinal)) >= 0)
            {
                n++;
                at += fragment.Length;
            }

            return n;
        }

        private static string Visible(string text)
        {
            return text.Replace("\u001b", "^[").Replace("\r", "^M");
        }
    }
}
