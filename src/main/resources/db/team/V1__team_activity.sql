-- The team activity log: every console's local entries, shipped by its replicator. Append-only:
-- rows are never changed or removed by the consoles, and the triggers below refuse it to anyone.

create table team_activity (
    seq          bigint generated always as identity primary key,
    entry_id     text        not null unique,
    at           timestamptz not null,
    operator     text,
    desk         text        not null,
    -- who wrote the row, from the database session itself: a console cannot claim another name
    written_by   text        not null default current_user,
    received_at  timestamptz not null default now(),
    environment  text        not null,
    api          text        not null,
    target_id    text,
    item         text,
    target_name  text,
    action       text,
    before_state boolean,
    after_state  boolean,
    reason       text,
    outcome      text        not null,
    http_status  integer,
    message      text,
    duration_ms  bigint,
    request_id   text,
    batch        text,
    undo_of      text,
    -- the entry as the console recorded it (with its words for both languages)
    entry        jsonb       not null
);

create function team_activity_stamp() returns trigger language plpgsql as $$
begin
    new.written_by := current_user;
    new.received_at := now();
    return new;
end $$;

create trigger team_activity_stamp before insert on team_activity
    for each row execute function team_activity_stamp();

create function team_activity_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'team_activity is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger team_activity_no_update before update or delete on team_activity
    for each row execute function team_activity_refuse_change();
create trigger team_activity_no_truncate before truncate on team_activity
    for each statement execute function team_activity_refuse_change();

-- Live: every new row is announced to the consoles listening on switchboard_team_activity.
create function team_activity_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_team_activity', json_build_object(
        'seq', new.seq, 'environment', new.environment, 'api', new.api, 'targetId', new.target_id,
        'item', new.item, 'operator', new.operator, 'desk', new.desk)::text);
    return null;
end $$;

create trigger team_activity_announce after insert on team_activity
    for each row execute function team_activity_announce();

-- The Activity view's filters: newest first within each; paging continues below a seq.
create index team_activity_newest on team_activity (at desc, seq desc);
create index team_activity_by_environment on team_activity (environment, at desc, seq desc);
create index team_activity_by_item on team_activity (target_id, item, at desc, seq desc);
create index team_activity_by_operator on team_activity (operator, at desc, seq desc);
create index team_activity_by_outcome on team_activity (outcome, at desc, seq desc);
