using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization;

namespace Streams.Grains.Log;

/// <summary>
/// The durable log on PostgreSQL (tables in <c>PostgresSchema.sql</c>): one ordered log per partition,
/// appended to by ingest and by partitions passing work to each other, read by the partition that
/// owns it, and cut once the partition has checkpointed past it (the checkpoint itself is grain
/// state, in Orleans' ADO.NET storage like the brands' and customers').
/// </summary>
/// <remarks>
/// An append is one transaction: it locks the head rows of the partitions it writes (in partition
/// order, so two appenders cannot deadlock), takes the next sequence numbers, copies the rows in with
/// binary COPY and moves the heads. Holding the head row until commit is what keeps each partition's
/// sequence dense and visible in order: a reader never skips a number that commits later.
/// </remarks>
public sealed class IngestLog(NpgsqlDataSource dataSource, string serviceId, Serializer serializer) : IAsyncDisposable
{
    public string ServiceId => serviceId;

    /// <summary>Appends the rows atomically; returns, per partition written, the sequence number of its last new row.</summary>
    public async Task<IReadOnlyDictionary<int, long>> AppendAsync(IReadOnlyList<LogAppend> rows, CancellationToken cancellationToken = default)
    {
        var heads = new Dictionary<int, long>();
        if (rows.Count == 0)
        {
            return heads;
        }
        var partitions = rows.Select(r => r.Partition).Distinct().Order().ToArray();
        var payloads = rows.Select(r => serializer.SerializeToArray(r.Entry)).ToArray();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var ensure = new NpgsqlCommand(
            "INSERT INTO streams_log_head (service_id, partition, next_seq) SELECT @s, p, 1 FROM unnest(@p) AS p ON CONFLICT DO NOTHING",
            connection, transaction))
        {
            ensure.Parameters.AddWithValue("s", serviceId);
            ensure.Parameters.AddWithValue("p", partitions);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }
        var next = new Dictionary<int, long>();
        await using (var lockHeads = new NpgsqlCommand(
            "SELECT partition, next_seq FROM streams_log_head WHERE service_id = @s AND partition = ANY(@p) ORDER BY partition FOR UPDATE",
            connection, transaction))
        {
            lockHeads.Parameters.AddWithValue("s", serviceId);
            lockHeads.Parameters.AddWithValue("p", partitions);
            await using var reader = await lockHeads.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                next[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY streams_log (service_id, partition, seq, payload) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var partition = rows[i].Partition;
                var seq = next[partition]++;
                heads[partition] = seq;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(serviceId, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(partition, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(seq, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(payloads[i], NpgsqlDbType.Bytea, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await using (var advance = new NpgsqlCommand(
            "UPDATE streams_log_head h SET next_seq = v.n FROM unnest(@p, @n) AS v(p, n) WHERE h.service_id = @s AND h.partition = v.p",
            connection, transaction))
        {
            advance.Parameters.AddWithValue("s", serviceId);
            advance.Parameters.AddWithValue("p", partitions);
            advance.Parameters.AddWithValue("n", partitions.Select(p => next[p]).ToArray());
            await advance.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return heads;
    }

    /// <summary>Up to <paramref name="maxRows"/> rows of the partition's log after <paramref name="after"/>, in order.</summary>
    public async Task<IReadOnlyList<LogRow>> ReadAsync(int partition, long after, int maxRows, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, payload FROM streams_log WHERE service_id = @s AND partition = @p AND seq > @a ORDER BY seq LIMIT @n");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", partition);
        command.Parameters.AddWithValue("a", after);
        command.Parameters.AddWithValue("n", maxRows);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LogRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var payload = reader.GetFieldValue<byte[]>(1);
            var seq = reader.GetInt64(0);
            var entry = serializer.Deserialize<PartitionLogEntry>(payload)
                ?? throw new InvalidDataException($"Log entry {seq} of partition {partition} is empty.");
            rows.Add(new LogRow(seq, entry));
        }
        return rows;
    }

    /// <summary>The sequence number of the partition's last row (0 when it has none).</summary>
    public async Task<long> HeadAsync(int partition, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT next_seq - 1 FROM streams_log_head WHERE service_id = @s AND partition = @p");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", partition);
        return await command.ExecuteScalarAsync(cancellationToken) is long head ? head : 0;
    }

    /// <summary>The last sequence number of every partition's log that has one.</summary>
    public async Task<IReadOnlyDictionary<int, long>> HeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT partition, next_seq - 1 FROM streams_log_head WHERE service_id = @s");
        command.Parameters.AddWithValue("s", serviceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new Dictionary<int, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[reader.GetInt32(0)] = reader.GetInt64(1);
        }
        return heads;
    }

    /// <summary>Deletes the partition's entries up to <paramref name="throughSeq"/>, which its stored checkpoint includes.</summary>
    public async Task CutAsync(int partition, long throughSeq, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM streams_log WHERE service_id = @s AND partition = @p AND seq <= @a");
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("p", partition);
        command.Parameters.AddWithValue("a", throughSeq);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
