namespace OcrAsync.Tests.EndToEnd;

/// <summary>
/// An in-test OTLP/HTTP endpoint (<c>POST /v1/traces</c> and <c>/v1/metrics</c>, protobuf) that the services export
/// to, as they would to the Aspire dashboard.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<CollectedSpan> _spans = new();
    private readonly ConcurrentDictionary<(string Service, string Metric), bool> _metrics = new();
    private readonly Task _loop;

    public OtlpCollector()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        }

        _listener.Prefixes.Add($"{Endpoint}/");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<CollectedSpan> Spans => _spans.ToArray();

    /// <summary>Each (service, metric name) exported so far.</summary>
    public IReadOnlyCollection<(string Service, string Metric)> Metrics => _metrics.Keys.ToArray();

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            switch (context.Request.Url?.AbsolutePath)
            {
                case "/v1/traces":
                    foreach (var span in OtlpDecoder.Decode(body.ToArray()))
                    {
                        _spans.Enqueue(span);
                    }

                    break;
                case "/v1/metrics":
                    foreach (var metric in OtlpDecoder.DecodeMetricNames(body.ToArray()))
                    {
                        _metrics.TryAdd(metric, true);
                    }

                    break;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}
