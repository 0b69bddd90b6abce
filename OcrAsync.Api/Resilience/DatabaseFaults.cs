using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OcrAsync.Api.Resilience;

/// <summary>Tells a database that is away or overloaded (worth a retry later) from a bug.</summary>
public static class DatabaseFaults
{
    public static bool IsTransient(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DatabaseUnavailableException or TimeoutException or RetryLimitExceededException
                || ex is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
