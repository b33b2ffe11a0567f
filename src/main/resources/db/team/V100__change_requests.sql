-- Four-eyes approval and scheduled changes (docs/TEAM.md, "Approvals and schedules"). Who asked,
-- decided and applied is stamped from the database session (current_user), so a console cannot act
-- in another person's name, and the rules below hold even for a console that skips its own checks.

create table change_request (
    id               uuid        primary key,
    environment      text        not null,
    reason           text        not null check (length(btrim(reason)) > 0),
    requested_by     text        not null default current_user,
    requested_desk   text,
    requested_at     timestamptz not null default now(),
    apply_at         timestamptz,
    expires_at       timestamptz not null,
    state            text        not null default 'open' check (state in
                         ('open', 'approved', 'rejected', 'withdrawn', 'applying', 'applied', 'partly_applied', 'expired')),
    decided_by       text,
    decided_at       timestamptz,
    decision_comment text,
    applied_by       text,
    claimed_at       timestamptz,
    finished_at      timestamptz
);

create table change_request_item (
    request_id      uuid    not null references change_request (id),
    position        integer not null,
    api             text    not null,
    target_id       text    not null,
    item            text    not null,
    display_name    text    not null,
    seen_on         boolean not null,
    desired_on      boolean not null,
    outcome         text,
    outcome_message text,
    now_on          boolean,
    entry_id        text,
    finished_at     timestamptz,
    primary key (request_id, position)
);

-- The scheduler's claim looks for approved requests whose time has come.
create index change_request_due on change_request (apply_at) where state = 'approved';
create index change_request_pending on change_request (state, requested_at desc);

create function change_request_rules() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.state <> 'open' then
            raise exception 'a change request starts open' using errcode = 'check_violation';
        end if;
        new.requested_by := current_user;
        new.requested_at := now();
        new.decided_by := null;
        new.applied_by := null;
        return new;
    end if;
    if (new.id, new.environment, new.reason, new.requested_by, new.requested_at, new.apply_at, new.expires_at)
        is distinct from (old.id, old.environment, old.reason, old.requested_by, old.requested_at, old.apply_at, old.expires_at) then
        raise exception 'a change request''s contents cannot be changed' using errcode = 'insufficient_privilege';
    end if;
    if new.state = old.state then
        if (new.decided_by, new.decided_at, new.decision_comment, new.applied_by, new.claimed_at, new.finished_at)
            is distinct from (old.decided_by, old.decided_at, old.decision_comment, old.applied_by, old.claimed_at, old.finished_at) then
            raise exception 'a change request''s decision is changed only with its state' using errcode = 'insufficient_privilege';
        end if;
        return new;
    end if;
    if old.state = 'open' and new.state in ('approved', 'rejected') then
        if old.requested_by = current_user then
            raise exception 'nobody approves or rejects their own change request' using errcode = 'insufficient_privilege';
        end if;
        if new.state = 'rejected' and length(btrim(coalesce(new.decision_comment, ''))) = 0 then
            raise exception 'rejecting a change request needs a comment' using errcode = 'check_violation';
        end if;
        new.decided_by := current_user;
        new.decided_at := now();
    elsif old.state = 'open' and new.state = 'withdrawn' then
        if old.requested_by <> current_user then
            raise exception 'only the requester withdraws a change request' using errcode = 'insufficient_privilege';
        end if;
        new.decided_by := current_user;
        new.decided_at := now();
    elsif old.state = 'approved' and new.state = 'applying' then
        new.applied_by := current_user;
        new.claimed_at := now();
    elsif old.state = 'applying' and new.state in ('applied', 'partly_applied') then
        if old.applied_by <> current_user then
            raise exception 'only the console that claimed a change request finishes it' using errcode = 'insufficient_privilege';
        end if;
        new.finished_at := now();
    elsif old.state in ('open', 'approved') and new.state = 'expired' then
        if old.expires_at > now() then
            raise exception 'a change request expires only after its window' using errcode = 'check_violation';
        end if;
        new.finished_at := now();
    else
        raise exception 'a change request cannot go from % to %', old.state, new.state using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger change_request_rules before insert or update on change_request
    for each row execute function change_request_rules();

create function change_request_item_rules() returns trigger language plpgsql as $$
declare
    parent change_request;
begin
    select * into parent from change_request where id = coalesce(new.request_id, old.request_id);
    if tg_op = 'INSERT' then
        if parent.state <> 'open' or parent.requested_by <> current_user then
            raise exception 'items are added only by the requester to an open request' using errcode = 'insufficient_privilege';
        end if;
        return new;
    end if;
    if tg_op = 'DELETE' or (new.request_id, new.position, new.api, new.target_id, new.item, new.seen_on, new.desired_on)
        is distinct from (old.request_id, old.position, old.api, old.target_id, old.item, old.seen_on, old.desired_on) then
        raise exception 'a change request''s items cannot be changed' using errcode = 'insufficient_privilege';
    end if;
    if parent.state <> 'applying' or parent.applied_by <> current_user then
        raise exception 'outcomes are recorded only by the console applying the request' using errcode = 'insufficient_privilege';
    end if;
    if old.outcome is not null then
        raise exception 'an item''s outcome is recorded once' using errcode = 'check_violation';
    end if;
    new.finished_at := now();
    return new;
end $$;

create trigger change_request_item_rules before insert or update or delete on change_request_item
    for each row execute function change_request_item_rules();

-- Live: every change of a request or an item's outcome is announced on switchboard_change_requests.
create function change_request_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_change_requests', json_build_object('id', new.id, 'state', new.state)::text);
    return null;
end $$;

create function change_request_item_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('switchboard_change_requests', json_build_object('id', new.request_id, 'item', new.position)::text);
    return null;
end $$;

create trigger change_request_announce after insert or update on change_request
    for each row execute function change_request_announce();
create trigger change_request_item_announce after update on change_request_item
    for each row execute function change_request_item_announce();
