-- B6, forms 1a/1b: a class's completed learners with everything the year's aggregate reads of them
-- (delivery's ResultFacts), from the index alone: an agency's year is ~2,000 index ranges instead of a
-- scan of every result of the province (issue 11, "Scale").
create index ix_enrolment_class_outcome on enrolment(class_id, outcome, staff_id, unit_id, agency_id);
