-- source: https://github.com/atuinsh/atuin/tree/824c8716d82bed774ee6a83c683087ae77715814/crates/atuin-client/migrations (Atuin shell history, history.db)
-- built: the schema SQLite stores after applying crates/atuin-client/migrations/*.sql in order

CREATE TABLE history (
	id text primary key,
	timestamp integer not null,
	duration integer not null,
	exit integer not null,
	command text not null,
	cwd text not null,
	session text not null,
	hostname text not null, deleted_at integer, author text, intent text, shell text, author_kind integer,

	unique(timestamp, cwd, command)
);

CREATE INDEX idx_history_timestamp on history(timestamp);

CREATE INDEX idx_history_command_timestamp on history(
	command,
	timestamp
);

CREATE INDEX idx_history_active_timestamp on history(timestamp)
where deleted_at is null;

CREATE INDEX idx_history_session_timestamp on history(session, timestamp)
where deleted_at is null;

CREATE INDEX idx_history_cwd_timestamp on history(cwd, timestamp)
where deleted_at is null;

CREATE INDEX idx_history_hostname_timestamp on history(lower(hostname), timestamp)
where deleted_at is null;
