-- Live inbox: every committed change to a conversation or to a message of one is announced on the channel
-- inbox_changes, whichever process made it (a worker, the CLI, another server), so that each app-server node can
-- push it to the dashboards of that organisation. The payload carries ids only, never personal data: listeners
-- read what they may see through the API. NOTIFY is transactional: nothing is announced for a rolled-back change,
-- and identical announcements within one transaction are sent once.

create function inbox_notify_message() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('inbox_changes', json_build_object(
        'org', new.org_id, 'kind', 'message', 'conversation', new.conversation_id, 'message', new.id)::text);
    return null;
end
$$;

create function inbox_notify_conversation() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('inbox_changes', json_build_object(
        'org', new.org_id, 'kind', 'conversation', 'conversation', new.id)::text);
    return null;
end
$$;

-- An inbound message joins its conversation only once routed; until then no agent could open it anyway.
create trigger messages_inbox_notify
    after insert or update on messages
    for each row when (new.conversation_id is not null)
    execute function inbox_notify_message();

create trigger conversations_inbox_notify
    after insert or update on conversations
    for each row
    execute function inbox_notify_conversation();

-- "Assigned to me" and "unassigned" are the agents' everyday views.
create index conversations_assignee on conversations (org_id, assigned_user_id, last_message_at desc);
