-- forms.md: a training item is at home or abroad (bồi dưỡng ở nước ngoài), a column of forms 1a–2b.
alter table plan_item add column abroad boolean not null default false;
