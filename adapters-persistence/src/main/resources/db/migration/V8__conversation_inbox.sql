-- The inbox: where each conversation stands for the organisation's agents. A conversation is open until an agent
-- resolves it (a new inbound message reopens it); while human_takeover is on, the bot stays silent and agents
-- answer; unread_count counts inbound messages since an agent last opened the thread.

alter table conversations
    add column status           text    not null default 'open' check (status in ('open', 'resolved')),
    add column human_takeover   boolean not null default false,
    add column assigned_user_id uuid references users (id) on delete set null,
    add column unread_count     integer not null default 0 check (unread_count >= 0),
    add column resolved_at      timestamptz,
    add check ((status = 'resolved') = (resolved_at is not null));

-- The inbox lists an organisation's conversations newest first.
create index conversations_inbox on conversations (org_id, last_message_at desc nulls last, id);
