-- source: https://github.com/sysadminsmedia/homebox/tree/8222a88de7b44d8ad9ab286b4c674d66e3be7bed/backend/internal/data/migrations/sqlite3 (Homebox home inventory, homebox.db)
-- built: the schema SQLite stores after applying backend/internal/data/migrations/sqlite3/*.sql in order up to 20260322121200_user_settings.sql, the last before the Go migration 20260416120000_merge_entities.go

CREATE TABLE groups
(
    id         uuid               not null
        primary key,
    created_at datetime           not null,
    updated_at datetime           not null,
    name       text               not null,
    currency   text default 'usd' not null
);

CREATE TABLE group_invitation_tokens
(
    id                      uuid              not null
        primary key,
    created_at              datetime          not null,
    updated_at              datetime          not null,
    token                   blob              not null,
    expires_at              datetime          not null,
    uses                    integer default 0 not null,
    group_invitation_tokens uuid
        constraint group_invitation_tokens_groups_invitation_tokens
            references groups
            on delete cascade
);

CREATE TABLE locations
(
    id                uuid     not null
        primary key,
    created_at        datetime not null,
    updated_at        datetime not null,
    name              text     not null,
    description       text,
    group_locations   uuid     not null
        constraint locations_groups_locations
            references groups
            on delete cascade,
    location_children uuid
        constraint locations_locations_children
            references locations
            on delete set null
);

CREATE TABLE items
(
    id                uuid                  not null
        primary key,
    created_at        datetime              not null,
    updated_at        datetime              not null,
    name              text                  not null,
    description       text,
    import_ref        text,
    notes             text,
    quantity          integer default 1     not null,
    insured           bool    default false not null,
    archived          bool    default false not null,
    asset_id          integer default 0     not null,
    serial_number     text,
    model_number      text,
    manufacturer      text,
    lifetime_warranty bool    default false not null,
    warranty_expires  datetime,
    warranty_details  text,
    purchase_time     datetime,
    purchase_from     text,
    purchase_price    real    default 0     not null,
    sold_time         datetime,
    sold_to           text,
    sold_price        real    default 0     not null,
    sold_notes        text,
    group_items       uuid                  not null
        constraint items_groups_items
            references groups
            on delete cascade,
    item_children     uuid
        constraint items_items_children
            references items
            on delete set null,
    location_items    uuid
        constraint items_locations_items
            references locations
            on delete cascade
);

CREATE TABLE item_fields
(
    id            uuid               not null
        primary key,
    created_at    datetime           not null,
    updated_at    datetime           not null,
    name          text               not null,
    description   text,
    type          text               not null,
    text_value    text,
    number_value  integer,
    boolean_value bool default false not null,
    time_value    datetime           not null,
    item_fields   uuid
        constraint item_fields_items_fields
            references items
            on delete cascade
);

CREATE TABLE maintenance_entries
(
    id             uuid           not null
        primary key,
    created_at     datetime       not null,
    updated_at     datetime       not null,
    date           datetime,
    scheduled_date datetime,
    name           text           not null,
    description    text,
    cost           real default 0 not null,
    item_id        uuid           not null
        constraint maintenance_entries_items_maintenance_entries
            references items
            on delete cascade
);

CREATE TABLE auth_tokens
(
    id               uuid     not null
        primary key,
    created_at       datetime not null,
    updated_at       datetime not null,
    token            blob     not null,
    expires_at       datetime not null,
    user_auth_tokens uuid
        constraint auth_tokens_users_auth_tokens
            references users
            on delete cascade
);

CREATE TABLE auth_roles
(
    id                integer             not null
        primary key autoincrement,
    role              text default 'user' not null,
    auth_tokens_roles uuid
        constraint auth_roles_auth_tokens_roles
            references auth_tokens
            on delete cascade
);

CREATE TABLE notifiers
(
    id         uuid              not null
        primary key,
    created_at datetime          not null,
    updated_at datetime          not null,
    name       text              not null,
    url        text              not null,
    is_active  bool default true not null,
    group_id   uuid              not null
        constraint notifiers_groups_notifiers
            references groups
            on delete cascade,
    user_id    uuid              not null
        constraint notifiers_users_notifiers
            references users
            on delete cascade
);

CREATE TABLE "attachments"
(
    id                   uuid                      not null
        primary key,
    created_at           datetime                  not null,
    updated_at           datetime                  not null,
    type                 text default 'attachment' not null,
    "primary"            bool default false        not null,
    path                 text                      not null,
    title                text                      not null,
    mime_type            text default 'application/octet-stream' not null,
    item_attachments     uuid
        constraint attachments_items_attachments
            references items
            on delete cascade,
    attachment_thumbnail uuid
        constraint attachments_attachments_thumbnail
            references attachments
            on delete set null
);

CREATE TABLE user_groups (
    user_id UUID NOT NULL,
    group_id UUID NOT NULL,
    PRIMARY KEY (user_id, group_id),
    CONSTRAINT user_groups_user_id FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
    CONSTRAINT user_groups_group_id FOREIGN KEY (group_id) REFERENCES groups(id) ON DELETE CASCADE
);

CREATE TABLE "users" (
    id UUID NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password TEXT,
    is_superuser BOOLEAN NOT NULL DEFAULT false,
    superuser BOOLEAN NOT NULL DEFAULT false,
    role TEXT NOT NULL DEFAULT 'user',
    activated_on DATETIME,
    oidc_issuer TEXT,
    oidc_subject TEXT,
    default_group_id UUID, settings JSON DEFAULT '{}',
    PRIMARY KEY (id),
    CONSTRAINT users_groups_users_default FOREIGN KEY (default_group_id) REFERENCES groups(id) ON DELETE SET NULL,
    UNIQUE (oidc_issuer, oidc_subject)
);

CREATE TABLE tags (
	id           uuid     not null
		primary key,
	created_at   datetime not null,
	updated_at   datetime not null,
	name         text     not null,
	description  text,
	color        text,
	group_tags   uuid     not null
		constraint tags_groups_tags
			references groups
			on delete cascade
, icon varchar(255) NULL, tag_children uuid REFERENCES tags(id) ON DELETE SET NULL);

CREATE TABLE tag_items (
	tag_id uuid not null
		constraint tag_items_tag_id
			references tags
			on delete cascade,
	item_id uuid not null
		constraint tag_items_item_id
			references items
			on delete cascade,
	primary key (tag_id, item_id)
);

CREATE TABLE "item_templates"
(
	id                           uuid                  not null
		primary key,
	created_at                   datetime              not null,
	updated_at                   datetime              not null,
	name                         text                  not null,
	description                  text,
	notes                        text,
	default_quantity             integer default 1     not null,
	default_insured              bool    default false not null,
	default_name                 text,
	default_description          text,
	default_manufacturer         text,
	default_model_number         text,
	default_lifetime_warranty    bool    default false not null,
	default_warranty_details     text,
	include_warranty_fields      bool    default false not null,
	include_purchase_fields      bool    default false not null,
	include_sold_fields          bool    default false not null,
	default_tag_ids              json,
	item_template_location       uuid
		references locations(id)
			on delete set null,
	group_item_templates         uuid                  not null
		constraint item_templates_groups_item_templates
			references groups
			on delete cascade
);

CREATE TABLE "template_fields"
(
	id                   uuid                  not null
		primary key,
	created_at           datetime              not null,
	updated_at           datetime              not null,
	name                 text                  not null,
	description          text,
	type                 text                  not null,
	text_value           text,
	item_template_fields uuid
		constraint template_fields_item_templates_fields
			references "item_templates"
			on delete cascade
, number_value INTEGER, boolean_value BOOLEAN DEFAULT FALSE, time_value DATETIME);

CREATE UNIQUE INDEX group_invitation_tokens_token_key
    on group_invitation_tokens (token);

CREATE INDEX item_archived
    on items (archived);

CREATE INDEX item_asset_id
    on items (asset_id);

CREATE INDEX item_manufacturer
    on items (manufacturer);

CREATE INDEX item_model_number
    on items (model_number);

CREATE INDEX item_name
    on items (name);

CREATE INDEX item_serial_number
    on items (serial_number);

CREATE UNIQUE INDEX auth_roles_auth_tokens_roles_key
    on auth_roles (auth_tokens_roles);

CREATE UNIQUE INDEX auth_tokens_token_key
    on auth_tokens (token);

CREATE INDEX authtokens_token
    on auth_tokens (token);

CREATE INDEX notifier_group_id
    on notifiers (group_id);

CREATE INDEX notifier_group_id_is_active
    on notifiers (group_id, is_active);

CREATE INDEX notifier_user_id
    on notifiers (user_id);

CREATE INDEX notifier_user_id_is_active
    on notifiers (user_id, is_active);

CREATE INDEX idx_attachments_item_id ON attachments(item_attachments);

CREATE INDEX idx_attachments_path ON attachments(path);

CREATE INDEX idx_attachments_type ON attachments(type);

CREATE INDEX idx_attachments_thumbnail ON attachments(attachment_thumbnail);

CREATE UNIQUE INDEX users_email_key ON users(email);

CREATE UNIQUE INDEX users_oidc_issuer_subject_key ON users(oidc_issuer, oidc_subject);
