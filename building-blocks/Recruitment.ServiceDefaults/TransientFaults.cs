using System.Data.Common;
using System.Net.Sockets;

namespace Recruitment.ServiceDefaults;

/// <summary>Faults that go away by themselves: the database or the broker restarting, a connection cut, a timeout.</summary>
public static class TransientFaults
{
    /// <summary>The server is shutting down, crashing or starting: SQLSTATE 57P01, 57P02, 57P03.</summary>
    private static readonly string[] ServerGoingAway = ["57P01", "57P02", "57P03"];

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or TimeoutException or SocketException or IOException
                || current is DbException { SqlState: { } state } && ServerGoingAway.Contains(state))
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }
        }

        return false;
    }
}
