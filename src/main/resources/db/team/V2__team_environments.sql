-- Environment definitions an admin publishes for the whole team: URLs, colour, risk, reason
-- policy, never a secret (each operator keeps their own secrets in their own store).

create table team_environment (
    name         text        primary key,
    definition   jsonb       not null,
    revision     bigint      not null default 1,
    published_by text        not null default current_user,
    published_at timestamptz not null default now(),
    constraint team_environment_no_secrets check (
        not (definition ?| array['secret', 'clientSecret', 'apiKey', 'password', 'token']))
);

create function team_environment_stamp() returns trigger language plpgsql as $$
begin
    new.published_by := current_user;
    new.published_at := now();
    if tg_op = 'UPDATE' then
        new.revision := old.revision + 1;
    end if;
    return new;
end $$;

create trigger team_environment_stamp before insert or update on team_environment
    for each row execute function team_environment_stamp();

create function team_environment_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_team_environment', coalesce(new.name, old.name));
    return null;
end $$;

create trigger team_environment_announce after insert or update or delete on team_environment
    for each row execute function team_environment_announce();
