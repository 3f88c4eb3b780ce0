using ChargePoint.Ocpp.CentralSystem;
using ChargePoint.Ocpp;
using ChargePoint.Ocpp.Json;
using ChargePoint.Ocpp.Messages;
using ChargePoint.Ocpp.Messages.V16;
using IdTagInfoPayload = ChargePoint.Ocpp.Model.Transactions.IdTagInfoPayload;

namespace ChargePoint.Benchmarks
{
    /// <summary>
    /// Our codec: ChargePoint.Ocpp's JsonWriter/JsonReader and V16 message classes, used exactly as RpcSession uses
    /// them: one reused writer and reader; decode runs the session's two passes (whole-frame syntax/caps check,
    /// then envelope + typed payload parse with validation).
    /// </summary>
    public sealed class OursCodec : FrameCodec
    {
        private readonly JsonWriter _writer = new JsonWriter();
        private readonly JsonReader _reader = new JsonReader { Vocabulary = CentralSystemVocabulary.Create() };

        public OursCodec()
            : base("Ours (ChargePoint.Ocpp)")
        {
        }

        protected override string Encode(Corpus.Frame frame, string id, object model)
        {
            var w = _writer;
            w.Reset();
            w.StartArray();
            w.Int(frame.IsCall ? 2 : 3);
            w.String(id);
            if (frame.IsCall)
            {
                w.String(frame.Action);
            }

            CentralSystemWriter.Write(w, model);
            w.EndArray();
            return w.ToString();
        }

        protected override object Decode(Corpus.Frame frame)
        {
            var r = _reader;
            r.Reset(frame.Text);
            r.SkipValue();
            r.ReadEnd();

            r.Reset(frame.Text);
            r.ReadStartArray("frame");
            r.NextItem();
            int type = r.ReadInt("messageTypeId");
            r.NextItem();
            LastId = r.ReadString("uniqueId");
            string action = frame.Action;
            if (type == 2)
            {
                r.NextItem();
                action = r.ReadString("action");
            }

            r.NextItem();
            object result;
            switch (action)
            {
                case OcppAction.BootNotification: result = CentralSystemParser.ParseBootNotification(r); break;
                case OcppAction.StatusNotification: result = CentralSystemParser.ParseStatusNotification(r); break;
                case OcppAction.MeterValues: result = CentralSystemParser.ParseMeterValues(r); break;
                case OcppAction.StartTransaction: result = IdTagInfoPayload.Parse(r, true, true, false); break;
                case OcppAction.GetConfiguration: result = CentralSystemParser.ParseGetConfiguration(r); break;
                default: throw Unknown(action);
            }

            if (r.NextItem())
            {
                throw new OcppException(CallErrorCode.FormationViolation, "unexpected frame elements");
            }

            return result;
        }
    }
}
