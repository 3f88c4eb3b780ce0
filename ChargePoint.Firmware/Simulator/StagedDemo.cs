using ChargePoint.Firmware.App;
using ChargePoint.Firmware.Console;

namespace ChargePoint.Firmware.Simulator
{
    /// <summary>
    /// The stepping shared by the --demo scripts: numbered stages, each timed from the moment it began, narrated
    /// on the console, failing when a stage with a time limit does not complete within it.
    /// </summary>
    public abstract class StagedDemo : IDemo
    {
        private readonly IConsoleIo _io;
        private readonly long _stageTimeoutMs;
        private int _stage;
        private long _stageStartMs = -1;

        protected readonly Simulation Sim;

        protected StagedDemo(Simulation sim, IConsoleIo io, long stageTimeoutMs)
        {
            Sim = sim;
            _io = io;
            _stageTimeoutMs = stageTimeoutMs;
        }

        protected int Stage
        {
            get { return _stage; }
        }

        public bool Succeeded { get; private set; }

        public bool Finished { get; private set; }

        /// <summary>Advances the script; true once it has finished (see <see cref="Succeeded"/>).</summary>
        public bool Step()
        {
            if (Finished)
            {
                return true;
            }

            Charger c = Sim.Charger;
            long now = Sim.Clock.NowMs;
            if (_stageStartMs < 0)
            {
                _stageStartMs = now;
            }

            long inStage = now - _stageStartMs;
            bool limited = RunStage(c, now, inStage);
            if (Finished)
            {
                return true;
            }

            if (limited && inStage > _stageTimeoutMs)
            {
                return Fail("stage " + _stage.ToString() + " did not complete" + Situation(c));
            }

            return false;
        }

        /// <summary>
        /// Runs the current stage (calling <see cref="Next"/>, <see cref="Succeed"/> or <see cref="Fail"/> as it
        /// goes); false when the stage waits out its own duration and so is exempt from the stage time limit.
        /// </summary>
        protected abstract bool RunStage(Charger c, long now, long inStage);

        /// <summary>What the timeout message adds after "stage N did not complete".</summary>
        protected abstract string Situation(Charger c);

        protected void Next(long now)
        {
            _stage++;
            _stageStartMs = now;
        }

        protected void Say(string text)
        {
            _io.WriteLine("[demo] " + text);
        }

        protected bool Succeed()
        {
            Succeeded = true;
            Finished = true;
            return true;
        }

        protected bool Fail(string why)
        {
            Say("FAILED: " + why);
            Succeeded = false;
            Finished = true;
            return true;
        }
    }
}
