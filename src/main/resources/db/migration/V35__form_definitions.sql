-- The official forms as data (forms.md): an administrator's edited definition of a form, as JSON.
-- A form without a row here is drawn from its shipped definition (classpath forms/<code>.json).
create table form_definition (
    code        varchar(10)  primary key,
    definition  text         not null,
    updated_by  varchar(100) not null,
    updated_at  timestamp    not null,
    version     bigint       not null
);
