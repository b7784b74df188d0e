using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpiPlatform.Notifications.Tests.Integration;

/// <summary>
/// A minimal SMTP server on 127.0.0.1: greets the first <c>refuseFirst</c> connections with 421 (service not available)
/// and hangs up, then speaks enough SMTP (EHLO, MAIL, RCPT, DATA, QUIT) to receive mail. What it received is in <see cref="Messages"/>.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _refuseLeft;
    private int _connections;

    public TestSmtpServer(int refuseFirst = 0, bool refuseAll = false)
    {
        _refuseLeft = refuseAll ? int.MaxValue : refuseFirst;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    public ConcurrentQueue<string> Messages { get; } = new();

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            if (Interlocked.Decrement(ref _refuseLeft) >= 0)
            {
                await writer.WriteLineAsync("421 4.3.2 Service not available, try again later");
                return;
            }
            await writer.WriteLineAsync("220 test.smtp ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 test.smtp");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        Messages.Enqueue(data.ToString());
                        await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
