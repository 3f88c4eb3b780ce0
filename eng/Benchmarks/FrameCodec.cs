using System;

namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// One codec under test. Encode: typed message → complete OCPP-J frame text. Decode: frame text → typed payload
    /// (message id kept, action dispatched; for a CALLRESULT the action comes from the pending request, as in a
    /// real session). Every codec keeps its reusable buffers between operations, as a long-lived session would.
    /// </summary>
    public abstract class FrameCodec
    {
        private object[] _models = Array.Empty<object>();
        private string[] _ids = Array.Empty<string>();

        protected FrameCodec(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary>Id of the last decoded frame (every codec must materialise it: the reply needs it).</summary>
        public string LastId { get; protected set; } = "";

        /// <summary>Decodes every corpus frame once: the resulting objects are the inputs of Encode.</summary>
        public void Prepare()
        {
            _models = new object[Corpus.All.Length];
            _ids = new string[Corpus.All.Length];
            for (int i = 0; i < Corpus.All.Length; i++)
            {
                _models[i] = Decode(i);
                _ids[i] = LastId;
            }
        }

        public string Encode(int frame) => Encode(Corpus.All[frame], _ids[frame], _models[frame]);

        public object Decode(int frame) => Decode(Corpus.All[frame]);

        protected abstract string Encode(Corpus.Frame frame, string id, object model);

        protected abstract object Decode(Corpus.Frame frame);

        protected static Exception Unknown(string action) => new NotSupportedException("no model for " + action);
    }
}
