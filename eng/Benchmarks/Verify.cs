namespace ChargePoint.Benchmarks
{
    /// <summary>Checks that every codec does the same work: its encode output equals the corpus text byte for byte.</summary>
    public static class Verify
    {
        /// <summary>Null when all codecs agree with the corpus, else a description of the first mismatch.</summary>
        public static string Run()
        {
            var codecs = Codecs.CreateAll();
            foreach (var codec in codecs)
            {
                for (int f = 0; f < Corpus.All.Length; f++)
                {
                    string text = codec.Encode(f);
                    if (text != Corpus.All[f].Text)
                    {
                        return codec.Name + " " + Corpus.All[f].Name + "\n expected " + Corpus.All[f].Text + "\n actual   " + text;
                    }
                }
            }

            return null;
        }
    }
}
