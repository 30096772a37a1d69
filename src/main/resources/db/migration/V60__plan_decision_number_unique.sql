-- Decree 30/2020/NĐ-CP, article 15: a decision's number is unique within the agency and the calendar
-- year of its date. The service checks it before approving, but two approvals at the same moment both
-- pass that check; this constraint makes the database refuse the second. The number's sequence and
-- year are kept beside the official text ("09/QĐ-SNV", whose symbol follows the agency's code) so the
-- constraint compares exactly what the service compares. Plans not approved keep both null, and
-- nulls never collide. Runs unchanged on PostgreSQL and on H2 (PostgreSQL mode).

alter table training_plan add column decision_year integer;
alter table training_plan add column decision_sequence integer;

-- stored numbers are always in their official form, "<sequence>/QĐ-<code>"
update training_plan
   set decision_year = extract(year from decision_date),
       decision_sequence = cast(substring(decision_number, 1, position('/' in decision_number) - 1) as integer)
 where decision_number is not null and decision_date is not null;

alter table training_plan add constraint uk_training_plan_decision_number
    unique (agency_id, decision_year, decision_sequence);
