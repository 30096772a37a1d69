-- An import is worked on by one node, in memory; the node touches heartbeat_at while it holds it (queued or
-- running). An unfinished import whose heartbeat has stopped was cut off (the node was killed or stopped) and is
-- marked failed at start-up and by a periodic sweep (organization.importing.InterruptedImports), so it never
-- stays "SAVING" for ever and the same file can be uploaded again.
alter table staff_import add column heartbeat_at timestamp;
update staff_import set heartbeat_at = created_at;
create index ix_staff_import_unfinished on staff_import (status, heartbeat_at);
