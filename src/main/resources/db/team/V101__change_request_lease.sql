-- Applying survives a lost console or database (docs/TEAM.md, "When the database is away"): a claim
-- holds a lease that its claimant renews before each switch, and each switch is marked before it
-- is sent. A request whose lease ran out is taken over by the next claimant, which resumes only the
-- switches without an outcome and re-reads a marked one before sending it, so nothing stays
-- "applying" for ever and nothing is sent twice.

alter table change_request add column lease_until timestamptz, add column claim_token uuid;
alter table change_request_item add column started_at timestamptz;

create index change_request_lapsed on change_request (lease_until) where state = 'applying';

create or replace function change_request_rules() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.state <> 'open' then
            raise exception 'a change request starts open' using errcode = 'check_violation';
        end if;
        new.requested_by := current_user;
        new.requested_at := now();
        new.decided_by := null;
        new.applied_by := null;
        new.lease_until := null;
        new.claim_token := null;
        return new;
    end if;
    if (new.id, new.environment, new.reason, new.requested_by, new.requested_at, new.apply_at, new.expires_at)
        is distinct from (old.id, old.environment, old.reason, old.requested_by, old.requested_at, old.apply_at, old.expires_at) then
        raise exception 'a change request''s contents cannot be changed' using errcode = 'insufficient_privilege';
    end if;
    if new.state = old.state then
        if (new.decided_by, new.decided_at, new.decision_comment, new.finished_at)
            is distinct from (old.decided_by, old.decided_at, old.decision_comment, old.finished_at) then
            raise exception 'a change request''s decision is changed only with its state' using errcode = 'insufficient_privilege';
        end if;
        if (new.applied_by, new.claimed_at, new.claim_token, new.lease_until)
            is not distinct from (old.applied_by, old.claimed_at, old.claim_token, old.lease_until) then
            return new;
        end if;
        if new.state <> 'applying' then
            raise exception 'only a request being applied has a claim' using errcode = 'insufficient_privilege';
        end if;
        if old.lease_until is null or old.lease_until <= now() then
            -- the claimant's lease ran out: another claimant takes the request over under a claim of its own
            if new.claim_token is null or new.claim_token = old.claim_token then
                raise exception 'a lapsed claim is taken over only under a new claim' using errcode = 'check_violation';
            end if;
            new.applied_by := current_user;
            new.claimed_at := now();
        elsif old.applied_by = current_user and new.claim_token = old.claim_token then
            -- the claimant renews its own lease
            new.applied_by := old.applied_by;
            new.claimed_at := old.claimed_at;
        else
            raise exception 'change request % is being applied by %', old.id, old.applied_by
                using errcode = 'insufficient_privilege';
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
        new.lease_until := coalesce(new.lease_until, now() + interval '5 minutes');
    elsif old.state = 'applying' and new.state in ('applied', 'partly_applied') then
        if old.applied_by <> current_user then
            raise exception 'only the console that claimed a change request finishes it' using errcode = 'insufficient_privilege';
        end if;
        new.finished_at := now();
        new.lease_until := null;
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

create or replace function change_request_item_rules() returns trigger language plpgsql as $$
declare
    parent change_request;
begin
    select * into parent from change_request where id = coalesce(new.request_id, old.request_id);
    if tg_op = 'INSERT' then
        if parent.state <> 'open' or parent.requested_by <> current_user then
            raise exception 'items are added only by the requester to an open request' using errcode = 'insufficient_privilege';
        end if;
        new.started_at := null;
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
    -- the mark "being sent" stays once set: a later claimant must see it
    new.started_at := coalesce(old.started_at, new.started_at);
    if new.outcome is null then
        new.finished_at := null;
    else
        new.finished_at := now();
    end if;
    return new;
end $$;
