using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Recruitment.EventSourcing;

/// <summary>
/// Marten's command log, with one difference: a write conflict the code resolves by design — two writers of one
/// stream, or two deliveries of one message, where the loser decides again — is logged at Debug, not as an error.
/// Marten's own logger writes each of them, stack trace and all, at Error, which buried real failures under load.
/// </summary>
public sealed partial class EventStoreLogger(ILogger<IDocumentStore> logger) : IMartenLogger, IMartenSessionLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => LogSchemaChange(logger, sql);

    public void LogSuccess(NpgsqlCommand command)
    {
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) => LogFailure(ex, command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        LogFailure(ex, string.Join(Environment.NewLine, batch.BatchCommands.Select(static (NpgsqlBatchCommand command) => command.CommandText)));

    public void LogFailure(Exception ex, string message)
    {
        if (IsResolvedConflict(ex))
        {
            LogConflict(logger, ex.Message);
        }
        else
        {
            LogCommandFailure(logger, message, ex);
        }
    }

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
    {
    }

    public void OnBeforeExecute(NpgsqlCommand command)
    {
    }

    public void OnBeforeExecute(NpgsqlBatch batch)
    {
    }

    /// <summary>
    /// A stream appended to since it was read (MT003, or the stream-version key), a stream started twice (the streams
    /// key), a message recorded twice (the processed-message key): each caller retries on fresh state.
    /// </summary>
    public static bool IsResolvedConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: "MT003" }
                || current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } constraint }
                    && (constraint.StartsWith("pk_mt_events", StringComparison.Ordinal)
                        || constraint.StartsWith("pkey_mt_streams", StringComparison.Ordinal)
                        || constraint.Contains("processedmessage", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Write conflict, decided again on fresh state: {Conflict}")]
    private static partial void LogConflict(ILogger logger, string conflict);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marten encountered an exception executing {Command}")]
    private static partial void LogCommandFailure(ILogger logger, string command, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema change: {Sql}")]
    private static partial void LogSchemaChange(ILogger logger, string sql);
}
