namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// Reads the few fields the tests need from OTLP export requests. Traces: ExportTraceServiceRequest (protobuf wire format), so the test
/// project needs no generated protobuf classes: resource_spans(1) → resource(1).attributes(1), scope_spans(2) →
/// spans(2) → trace_id(1), span_id(2), parent_span_id(4), name(5), attributes(9). Metrics: resource_metrics(1) →
/// resource(1), scope_metrics(2) → metrics(2) → name(1).
/// </summary>
public static class OtlpDecoder
{
    /// <summary>(service, metric name) for each metric in an ExportMetricsServiceRequest.</summary>
    public static IEnumerable<(string Service, string Metric)> DecodeMetricNames(byte[] request)
    {
        foreach (var resourceMetrics in Fields(request).Where(f => f.Number == 1).Select(f => f.Bytes!))
        {
            var fields = Fields(resourceMetrics).ToList();
            var resource = fields.Where(f => f.Number == 1).Select(f => Attributes(f.Bytes!)).FirstOrDefault() ?? new Dictionary<string, string>();
            var service = resource.GetValueOrDefault("service.name", "?");
            foreach (var metric in fields.Where(f => f.Number == 2).SelectMany(scope => Fields(scope.Bytes!).Where(f => f.Number == 2)))
            {
                yield return (service, Encoding.UTF8.GetString(Fields(metric.Bytes!).FirstOrDefault(f => f.Number == 1).Bytes ?? []));
            }
        }
    }

    public static IEnumerable<CollectedSpan> Decode(byte[] request)
    {
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1).Select(f => f.Bytes!))
        {
            var fields = Fields(resourceSpans).ToList();
            var resource = fields.Where(f => f.Number == 1).Select(f => Attributes(f.Bytes!)).FirstOrDefault() ?? new Dictionary<string, string>();
            var service = resource.GetValueOrDefault("service.name", "?");
            foreach (var scopeSpans in fields.Where(f => f.Number == 2))
            {
                foreach (var span in Fields(scopeSpans.Bytes!).Where(f => f.Number == 2))
                {
                    var spanFields = Fields(span.Bytes!).ToList();
                    string Hex(int number) => Convert.ToHexStringLower(spanFields.FirstOrDefault(f => f.Number == number).Bytes ?? []);
                    var name = Encoding.UTF8.GetString(spanFields.FirstOrDefault(f => f.Number == 5).Bytes ?? []);
                    var attributes = spanFields.Where(f => f.Number == 9)
                        .Select(f => KeyValue(f.Bytes!))
                        .GroupBy(kv => kv.Key)
                        .ToDictionary(g => g.Key, g => g.First().Value);
                    yield return new CollectedSpan(service, Hex(1), Hex(2), Hex(4), name, attributes);
                }
            }
        }
    }

    private static Dictionary<string, string> Attributes(byte[] resource) =>
        Fields(resource).Where(f => f.Number == 1).Select(f => KeyValue(f.Bytes!)).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>KeyValue { key = 1; AnyValue value = 2 } with AnyValue's string (1), bool (2), int (3) or double (4).</summary>
    private static KeyValuePair<string, string> KeyValue(byte[] keyValue)
    {
        var fields = Fields(keyValue).ToList();
        var key = Encoding.UTF8.GetString(fields.FirstOrDefault(f => f.Number == 1).Bytes ?? []);
        var value = fields.Where(f => f.Number == 2).Select(f => Fields(f.Bytes!).FirstOrDefault()).FirstOrDefault();
        var text = value.Number switch
        {
            1 => Encoding.UTF8.GetString(value.Bytes ?? []),
            2 or 3 => value.Varint.ToString(System.Globalization.CultureInfo.InvariantCulture),
            4 => BitConverter.Int64BitsToDouble((long)value.Varint).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        return new(key, text);
    }

    private static IEnumerable<(int Number, byte[]? Bytes, ulong Varint)> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var (number, wireType) = ((int)(tag >> 3), (int)(tag & 7));
            switch (wireType)
            {
                case 0:
                    yield return (number, null, ReadVarint(message, ref position));
                    break;
                case 1:
                    yield return (number, null, BitConverter.ToUInt64(message, position));
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    yield return (number, message[position..(position + length)], 0);
                    position += length;
                    break;
                case 5:
                    yield return (number, null, BitConverter.ToUInt32(message, position));
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported protobuf wire type {wireType}.");
            }
        }
    }

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
