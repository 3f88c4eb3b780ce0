using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChargePoint.Benchmarks.Peers
{
    /// <summary>
    /// System.Text.Json, used the efficient way: a reused Utf8JsonWriter/ArrayBufferWriter for the frame envelope,
    /// a reused input buffer for the UTF-8 transcoding, Utf8JsonReader for the envelope and the serializer for the
    /// payload. Reflection mode goes through JsonSerializerOptions; source-generated mode through
    /// <see cref="PeerJsonContext"/>'s JsonTypeInfo.
    /// </summary>
    public sealed class StjCodec : FrameCodec
    {
        public static readonly JsonSerializerOptions ReflectionOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };

        private readonly bool _sourceGenerated;
        private readonly ArrayBufferWriter<byte> _output = new ArrayBufferWriter<byte>(4096);
        private readonly Utf8JsonWriter _writer;
        private readonly byte[] _input = new byte[16384];

        public StjCodec(bool sourceGenerated)
            : base(sourceGenerated ? "STJ source-gen" : "STJ reflection")
        {
            _sourceGenerated = sourceGenerated;
            _writer = new Utf8JsonWriter(_output);
        }

        protected override string Encode(Corpus.Frame frame, string id, object model)
        {
            _output.ResetWrittenCount();
            _writer.Reset(_output);
            _writer.WriteStartArray();
            _writer.WriteNumberValue(frame.IsCall ? 2 : 3);
            _writer.WriteStringValue(id);
            if (frame.IsCall)
            {
                _writer.WriteStringValue(frame.Action);
            }

            var ctx = PeerJsonContext.Default;
            switch (frame.Action)
            {
                case "BootNotification": Write((BootNotificationRequest)model, ctx.BootNotificationRequest); break;
                case "StatusNotification": Write((StatusNotificationRequest)model, ctx.StatusNotificationRequest); break;
                case "MeterValues": Write((MeterValuesRequest)model, ctx.MeterValuesRequest); break;
                case "StartTransaction": Write((StartTransactionResponse)model, ctx.StartTransactionResponse); break;
                case "GetConfiguration": Write((GetConfigurationResponse)model, ctx.GetConfigurationResponse); break;
                default: throw Unknown(frame.Action);
            }

            _writer.WriteEndArray();
            _writer.Flush();
            return Encoding.UTF8.GetString(_output.WrittenSpan);
        }

        protected override object Decode(Corpus.Frame frame)
        {
            int n = Encoding.UTF8.GetBytes(frame.Text, _input);
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_input, 0, n));
            Expect(ref reader, JsonTokenType.StartArray);
            Expect(ref reader, JsonTokenType.Number);
            int type = reader.GetInt32();
            Expect(ref reader, JsonTokenType.String);
            LastId = reader.GetString();
            string action = frame.Action;
            if (type == 2)
            {
                Expect(ref reader, JsonTokenType.String);
                action = reader.GetString();
            }

            Expect(ref reader, JsonTokenType.StartObject);
            var ctx = PeerJsonContext.Default;
            object result = action switch
            {
                "BootNotification" => Read(ref reader, ctx.BootNotificationRequest),
                "StatusNotification" => Read(ref reader, ctx.StatusNotificationRequest),
                "MeterValues" => Read(ref reader, ctx.MeterValuesRequest),
                "StartTransaction" => Read(ref reader, ctx.StartTransactionResponse),
                "GetConfiguration" => Read(ref reader, ctx.GetConfigurationResponse),
                _ => throw Unknown(action),
            };
            Expect(ref reader, JsonTokenType.EndArray);
            return result;
        }

        private void Write<T>(T value, JsonTypeInfo<T> sourceGenerated)
        {
            if (_sourceGenerated)
            {
                JsonSerializer.Serialize(_writer, value, sourceGenerated);
            }
            else
            {
                JsonSerializer.Serialize(_writer, value, ReflectionOptions);
            }
        }

        private T Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> sourceGenerated) =>
            _sourceGenerated ? JsonSerializer.Deserialize(ref reader, sourceGenerated) : JsonSerializer.Deserialize<T>(ref reader, ReflectionOptions);

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
        {
            if (!reader.Read() || reader.TokenType != type)
            {
                throw new JsonException("expected " + type);
            }
        }
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UseStringEnumConverter = true)]
    [JsonSerializable(typeof(BootNotificationRequest))]
    [JsonSerializable(typeof(StatusNotificationRequest))]
    [JsonSerializable(typeof(MeterValuesRequest))]
    [JsonSerializable(typeof(StartTransactionResponse))]
    [JsonSerializable(typeof(GetConfigurationResponse))]
    public partial class PeerJsonContext : JsonSerializerContext
    {
    }
}
