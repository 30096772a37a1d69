-- Raised with every write to an agency's staff, in the writing transaction: the search keeps a copy
-- of an agency's searchable columns in memory and reloads it when this number has moved
-- (organization.internal.StaffDirectory), so every node sees a committed write at once.
alter table agency add column staff_revision bigint not null default 0;
