namespace ChargePoint.Tests.Fuzz
{
    /// <summary>What a fuzz run did: inputs tried, failures (a crash or a dead charger), and the first one in full.</summary>
    public sealed class FuzzResult
    {
        public FuzzResult(string target, uint seed)
        {
            Target = target;
            Seed = seed;
        }

        public string Target { get; }

        public uint Seed { get; }

        public int Inputs { get; private set; }

        public int Failures { get; private set; }

        /// <summary>Liveness probes answered over the WebSocket (0 would mean the charger was never online).</summary>
        public int ProbesAnswered { get; set; }

        /// <summary>The first failure: input number, what happened and the input itself (empty when none).</summary>
        public string FirstFailure { get; private set; } = string.Empty;

        public void Counted()
        {
            Inputs++;
        }

        public void Failed(string what, string input)
        {
            Failures++;
            if (FirstFailure.Length == 0)
            {
                FirstFailure = "input #" + Inputs.ToString() + ": " + what + "\n  input: " + input;
            }
        }

        public string Summary()
        {
            return Target + " fuzz (seed " + Seed.ToString() + "): " + Inputs.ToString() + " inputs, " + Failures.ToString()
                + " failure(s), " + ProbesAnswered.ToString() + " liveness probe(s) answered online" + (Failures == 0 ? string.Empty : "\n" + FirstFailure);
        }
    }
}
