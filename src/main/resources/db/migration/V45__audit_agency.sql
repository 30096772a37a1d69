-- Issue 13, item 3: every line of the trail belongs to one agency (or to the installation: null), so
-- an agency's people read their own agency's trail only. Existing lines take the agency of the
-- account that wrote them; the installation administrator's lines (no agency) take the agency they
-- were about: an agency created, an account or a staff record of an agency.
alter table audit_entry add column agency_id bigint;

update audit_entry set agency_id = (select u.agency_id from app_user u where u.username = audit_entry.actor);

update audit_entry set agency_id = (select g.id from agency g where cast(g.id as varchar(40)) = audit_entry.entity_id)
 where agency_id is null and entity_type = 'agency';

update audit_entry set agency_id = (select u.agency_id from app_user u where cast(u.id as varchar(40)) = audit_entry.entity_id)
 where agency_id is null and entity_type = 'user';

update audit_entry set agency_id = (select s.agency_id from staff s where cast(s.id as varchar(40)) = audit_entry.entity_id)
 where agency_id is null and entity_type = 'staff';

create index ix_audit_agency_at on audit_entry(agency_id, at);
