-- A media file is fetched after its message was routed: announce it as a change of that message, so an open
-- thread shows the picture as soon as it is stored (or why it was not). Ids only, as for the other inbox changes.

create function inbox_notify_message_media() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('inbox_changes', json_build_object(
        'org', m.org_id, 'kind', 'message', 'conversation', m.conversation_id, 'message', m.id)::text)
    from messages m
    where m.id = new.message_id and m.conversation_id is not null;
    return null;
end
$$;

create trigger message_media_inbox_notify
    after insert on message_media
    for each row
    execute function inbox_notify_message_media();
