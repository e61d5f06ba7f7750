-- Streams' own PostgreSQL schema: grain storage and cluster membership for the Orleans ADO.NET
-- providers, and the durable ingest log with the partitions' checkpoints. The provider part is
-- written for this project from the query contract the providers document: each provider reads
-- its SQL from OrleansQuery by key, binds @-parameters and reads named columns.
-- Applied by PostgresSchemaInstaller under an advisory lock; every statement is idempotent.
-- Bump SchemaVersion (in the installer) whenever this file changes.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- Grain state. The providers call the state name the "grain type" (GrainTypeString), so two grain
-- classes sharing a state name and a key would share a row: each grain class has its own state
-- name (Orleans issue 8746). Hashes are stored as given, for diagnostics and future partitioning;
-- the primary key is the natural key, so a hash collision can never mix two grains.
CREATE TABLE IF NOT EXISTS streams_grain_state
(
    service_id      varchar(150) NOT NULL,
    state_name      varchar(512) NOT NULL,
    grain_id_n0     bigint       NOT NULL,
    grain_id_n1     bigint       NOT NULL,
    grain_key       text         NOT NULL,  -- string key or key extension; '' when none
    grain_id_hash   integer      NOT NULL,
    grain_type_hash integer      NOT NULL,
    payload         bytea,                  -- NULL after a clear
    version         integer      NOT NULL,
    modified_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, state_name, grain_id_n0, grain_id_n1, grain_key)
);

-- The durable ingest log: what ingest accepted, and what partitions send each other, one row per
-- (append, partition) holding a batch of entries (Orleans binary). Sequence numbers are dense per
-- partition: an appender locks the partition's head row until it commits, so rows become visible
-- in sequence order and a reader that has seen seq n never later finds a new row below n.
CREATE TABLE IF NOT EXISTS streams_log_head
(
    service_id varchar(150) NOT NULL,
    partition  integer      NOT NULL,
    next_seq   bigint       NOT NULL,
    PRIMARY KEY (service_id, partition)
);

CREATE TABLE IF NOT EXISTS streams_log
(
    service_id  varchar(150) NOT NULL,
    partition   integer      NOT NULL,
    seq         bigint       NOT NULL,
    payload     bytea        NOT NULL,
    appended_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, partition, seq)
);

-- Cluster membership: one version row per cluster (the table's etag) and one row per silo.
CREATE TABLE IF NOT EXISTS streams_membership_version
(
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    version       integer      NOT NULL DEFAULT 0,
    changed_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS streams_membership
(
    deployment_id   varchar(150) NOT NULL REFERENCES streams_membership_version (deployment_id) ON DELETE CASCADE,
    address         varchar(45)  NOT NULL,
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(150) NOT NULL,
    status          integer      NOT NULL,
    proxy_port      integer      NOT NULL DEFAULT 0,
    suspect_times   text,
    start_time      timestamptz  NOT NULL,
    i_am_alive_time timestamptz  NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- The queries. Parameters whose value may be NULL are cast, so PostgreSQL knows their type.
-- Writes that must be atomic are single statements (data-modifying CTEs run as one unit).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Storage: the row, or no row when the grain was never written.
('ReadFromStorageKey', $q$
SELECT payload AS PayloadBinary, version AS Version
FROM streams_grain_state
WHERE service_id = @ServiceId AND state_name = @GrainTypeString
  AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
  AND grain_key = COALESCE(CAST(@GrainIdExtensionString AS text), '')
$q$),

-- Storage, optimistic concurrency: without a version the row must not exist yet (first write,
-- version 1); with one, it must still be the stored version (then version + 1). Always one row:
-- NewGrainStateVersion is NULL when the check failed, which the provider reports as a conflict.
('WriteToStorageKey', $q$
WITH inserted AS (
    INSERT INTO streams_grain_state
        (service_id, state_name, grain_id_n0, grain_id_n1, grain_key, grain_id_hash, grain_type_hash, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(CAST(@GrainIdExtensionString AS text), ''),
           @GrainIdHash, @GrainTypeHash, @PayloadBinary, 1
    WHERE CAST(@GrainStateVersion AS integer) IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
), updated AS (
    UPDATE streams_grain_state
    SET payload = @PayloadBinary, version = version + 1, modified_at = now()
    WHERE CAST(@GrainStateVersion AS integer) IS NOT NULL
      AND service_id = @ServiceId AND state_name = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_key = COALESCE(CAST(@GrainIdExtensionString AS text), '')
      AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version
)
SELECT (SELECT version FROM inserted UNION ALL SELECT version FROM updated LIMIT 1) AS NewGrainStateVersion
$q$),

-- Storage: a clear keeps the row (payload NULL) and moves the version on, so a stale writer still conflicts.
('ClearStorageKey', $q$
WITH cleared AS (
    UPDATE streams_grain_state
    SET payload = NULL, version = version + 1, modified_at = now()
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_key = COALESCE(CAST(@GrainIdExtensionString AS text), '')
      AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version
)
SELECT (SELECT version FROM cleared) AS NewGrainStateVersion
$q$),

-- Storage, when a provider is configured to delete on clear: removes the row at the expected version.
('DeleteStorageKey', $q$
WITH deleted AS (
    DELETE FROM streams_grain_state
    WHERE service_id = @ServiceId AND state_name = @GrainTypeString
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND grain_key = COALESCE(CAST(@GrainIdExtensionString AS text), '')
      AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version
)
SELECT (SELECT version + 1 FROM deleted) AS NewGrainStateVersion
$q$),

-- Membership: creates the cluster's version row once; answers whether this call created it.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO streams_membership_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created)
$q$),

-- Membership reads: always at least the version row (LEFT JOIN), so an empty cluster still has a version.
('MembershipReadAllKey', $q$
SELECT v.version AS Version,
       m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
       m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
       m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM streams_membership_version v
LEFT JOIN streams_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId
$q$),

('MembershipReadRowKey', $q$
SELECT v.version AS Version,
       m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
       m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
       m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
FROM streams_membership_version v
LEFT JOIN streams_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId
$q$),

-- Membership: adds a silo if the table is still at the version the caller read (@Version) and the
-- silo is not there yet; both changes happen in one statement or not at all.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE streams_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
      AND NOT EXISTS (SELECT 1 FROM streams_membership
                      WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
), added AS (
    INSERT INTO streams_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM added)
$q$),

-- Membership: changes a silo's status and suspicions under the same table-version check.
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE streams_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId AND version = @Version
      AND EXISTS (SELECT 1 FROM streams_membership
                  WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
), changed AS (
    UPDATE streams_membership m
    SET status = @Status, suspect_times = CAST(@SuspectTimes AS text), i_am_alive_time = @IAmAliveTime
    FROM bumped
    WHERE m.deployment_id = bumped.deployment_id
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM changed)
$q$),

-- Membership heartbeat: no version change (liveness only).
('UpdateIAmAlivetimeKey', $q$
UPDATE streams_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),

-- Membership: the gateways of active silos (@Status is Active).
('GatewaysQueryKey', $q$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
FROM streams_membership
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),

-- Membership: forgets a whole cluster (the silo rows go with the version row).
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM streams_membership_version WHERE deployment_id = @DeploymentId
$q$),

-- Membership: removes dead silos (status 6) not heard from since @IAmAliveTime.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM streams_membership
WHERE deployment_id = @DeploymentId AND status = 6
  AND i_am_alive_time < @IAmAliveTime AND start_time < @IAmAliveTime
$q$),

-- Membership: removes one dead silo, only if its row is still exactly as the caller saw it.
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM streams_membership
WHERE deployment_id = @DeploymentId AND status = 6
  AND address = @Address AND port = @Port AND generation = @Generation
  AND start_time = @StartTime AND i_am_alive_time = @IAmAliveTime
  AND suspect_times IS NOT DISTINCT FROM CAST(@SuspectTimes AS text)
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
