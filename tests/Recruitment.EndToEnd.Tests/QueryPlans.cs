using System.Text;
using Marten;
using Marten.Linq;
using Npgsql;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// PostgreSQL's plan for a statement, with sequential scans switched off for that transaction: on the small tables of a
/// test the planner would rightly scan, so an index named in the plan is one that can serve the statement, which is
/// what keeps its cost flat as the store grows.
/// </summary>
public static class QueryPlans
{
    /// <param name="arrange">SQL run first in the same transaction, and rolled back with it: rows and statistics that
    /// make the planner choose as it would on a large store, where two indexes look alike on a small one.</param>
    public static async Task<string> ExplainAsync(string connectionString, string sql, IEnumerable<NpgsqlParameter>? parameters = null, string? arrange = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        if (arrange is not null)
        {
            await using var setUp = new NpgsqlCommand(arrange, connection, transaction);
            await setUp.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"explain {sql}", connection, transaction);
        foreach (var parameter in parameters ?? [])
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var plan = new StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        await transaction.RollbackAsync();
        return plan.ToString();
    }

    /// <summary>The plan of the SQL Marten sends for a LINQ query.</summary>
    public static Task<string> ExplainAsync<T>(string connectionString, IQueryable<T> query, string? arrange = null)
        where T : notnull
    {
        var command = query.ToCommand(FetchType.FetchMany);
        return ExplainAsync(connectionString, command.CommandText, command.Parameters.Cast<NpgsqlParameter>(), arrange);
    }
}
