using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Recruitment.Applications.Applications.Documents;

/// <summary>
/// Document bytes live in PostgreSQL, in a table of their own (bytea), written in the same transaction as the
/// DocumentUploaded event that describes them; the event stream carries only the description and the hash.
/// </summary>
public static class DocumentFiles
{
    public const string TableName = "application_documents";

    public static void AddDocumentTable(this StoreOptions options)
    {
        var table = new Table(new PostgresqlObjectName(options.DatabaseSchemaName, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("application_id").NotNull();
        table.AddColumn("content", "bytea").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{TableName}_application_id") { Columns = ["application_id"] });
        options.Storage.ExtendedSchemaObjects.Add(table);
    }

    public static void Store(IDocumentSession session, Guid documentId, Guid applicationId, byte[] content) =>
        session.QueueSqlCommand(
            $"insert into {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} (id, application_id, content) values (?, ?, ?)",
            documentId, applicationId, content);

    public static async Task<byte[]?> LoadAsync(IQuerySession session, NpgsqlDataSource dataSource, Guid documentId, Guid applicationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"select content from {session.DocumentStore.Options.DatabaseSchemaName}.{TableName} where id = $1 and application_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = documentId });
        command.Parameters.Add(new NpgsqlParameter { Value = applicationId });
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary>Erasure: the files of these applications are deleted, not masked — nothing of them is a fact worth keeping.</summary>
    public static async Task DeleteAsync(NpgsqlDataSource dataSource, string schema, Guid[] applicationIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"delete from {schema}.{TableName} where application_id = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = applicationIds });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
