using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ChargePoint.Benchmarks.Peers
{
    /// <summary>
    /// Newtonsoft.Json with one configured serializer, a reused StringBuilder for output, JsonTextReader/Writer
    /// for the envelope and the serializer for the payload (the usual way OCPP libraries on Json.NET do it).
    /// </summary>
    public sealed class NewtonsoftCodec : FrameCodec
    {
        private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
            Converters = { new StringEnumConverter() },
        });

        private readonly StringBuilder _sb = new StringBuilder(4096);
        private readonly StringWriter _sw;

        public NewtonsoftCodec()
            : base("Newtonsoft.Json")
        {
            _sw = new StringWriter(_sb, CultureInfo.InvariantCulture);
        }

        protected override string Encode(Corpus.Frame frame, string id, object model)
        {
            _sb.Clear();
            using (var w = new JsonTextWriter(_sw) { CloseOutput = false })
            {
                w.WriteStartArray();
                w.WriteValue(frame.IsCall ? 2 : 3);
                w.WriteValue(id);
                if (frame.IsCall)
                {
                    w.WriteValue(frame.Action);
                }

                _serializer.Serialize(w, model);
                w.WriteEndArray();
            }

            return _sb.ToString();
        }

        protected override object Decode(Corpus.Frame frame)
        {
            using var r = new JsonTextReader(new StringReader(frame.Text)) { DateTimeZoneHandling = DateTimeZoneHandling.Utc };
            Expect(r.Read() && r.TokenType == JsonToken.StartArray);
            int type = r.ReadAsInt32() ?? -1;
            LastId = r.ReadAsString();
            string action = frame.Action;
            if (type == 2)
            {
                action = r.ReadAsString();
            }

            Expect(r.Read() && r.TokenType == JsonToken.StartObject);
            object result = action switch
            {
                "BootNotification" => _serializer.Deserialize<BootNotificationRequest>(r),
                "StatusNotification" => _serializer.Deserialize<StatusNotificationRequest>(r),
                "MeterValues" => _serializer.Deserialize<MeterValuesRequest>(r),
                "StartTransaction" => _serializer.Deserialize<StartTransactionResponse>(r),
                "GetConfiguration" => _serializer.Deserialize<GetConfigurationResponse>(r),
                _ => throw Unknown(action),
            };
            Expect(r.Read() && r.TokenType == JsonToken.EndArray);
            return result;
        }

        private static void Expect(bool ok)
        {
            if (!ok)
            {
                throw new JsonException("unexpected frame shape");
            }
        }
    }
}
