-- Shared environments (docs/TEAM.md, "Shared environments"): keyed by the environment's stable id,
-- so a rename by the admin is the same environment on every console. Removal from the team is a
-- flag, not a deleted row: consoles that were away hear of it and say so, and an unpublished
-- environment can be published again. The revision is the compare-and-set version a console's
-- publish is based on (the trigger of V2 counts it up on every update).

alter table team_environment add column environment_id text;
update team_environment set environment_id = coalesce(definition ->> 'id', name);
alter table team_environment alter column environment_id set not null;
alter table team_environment drop constraint team_environment_pkey;
alter table team_environment add primary key (environment_id);
alter table team_environment add column removed boolean not null default false;

-- two published environments never share a name (ignoring case), as on one computer
create unique index team_environment_name on team_environment (lower(name)) where not removed;

-- the consoles read the id from the announcement
create or replace function team_environment_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_team_environment', coalesce(new.environment_id, old.environment_id));
    return null;
end $$;
