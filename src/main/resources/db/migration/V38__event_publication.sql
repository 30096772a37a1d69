-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schema "v2" with
-- status, completion_attempts and last_resubmission_date): one row per event and transactional
-- listener, written in the transaction that published the event and completed once the listener
-- has run. A row left incomplete (the listener failed, or the node stopped first) is published again
-- on the next start. Created here rather than by Spring Modulith's own initializer
-- (spring.modulith.events.jdbc.schema-initialization.enabled=false), so one Flyway sequence owns
-- the whole schema on both databases.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    -- unbounded on both databases (Modulith's own H2 script stops at 4000 characters); compared with
    -- = by the registry, which rules out H2's CLOB (text)
    serialized_event        varchar       not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);

-- The registry looks publications up by listener among the incomplete ones (completion_date null);
-- an index on serialized_event, as Modulith's scripts have, would be a hash index on PostgreSQL,
-- which H2 does not write the same way, and a B-tree there breaks on long events.
create index event_publication_by_listener on event_publication (listener_id, completion_date);
create index event_publication_by_completion_date on event_publication (completion_date);
