using System.Net;
using System.Net.Sockets;

namespace OcrAsync.AppHost.Infrastructure;

/// <summary>A port free on 127.0.0.1 now, for endpoints DCP does not proxy (it allocates only proxied ones).</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
