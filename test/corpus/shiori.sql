-- source: https://github.com/go-shiori/shiori/tree/585ea341aa59219b0477f991eadb545d24e3a121/internal/database/migrations/sqlite (Shiori bookmark manager, shiori.db)
-- built: the schema SQLite stores after applying internal/database/migrations/sqlite/*.up.sql in order

CREATE TABLE shiori_system(
    database_schema_version TEXT NOT NULL DEFAULT '0.0.0'
);

CREATE TABLE account(
    id INTEGER NOT NULL,
    username TEXT NOT NULL,
    password TEXT NOT NULL,
    owner INTEGER NOT NULL DEFAULT 0,
    config JSON NOT NULL DEFAULT '{}',
    CONSTRAINT account_PK PRIMARY KEY(id),
    CONSTRAINT account_username_UNIQUE UNIQUE(username)
);

CREATE TABLE tag(
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    CONSTRAINT tag_PK PRIMARY KEY(id),
    CONSTRAINT tag_name_UNIQUE UNIQUE(name)
);

CREATE TABLE bookmark_tag(
    bookmark_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL,
    CONSTRAINT bookmark_tag_PK PRIMARY KEY(bookmark_id, tag_id),
    CONSTRAINT bookmark_id_FK FOREIGN KEY(bookmark_id) REFERENCES bookmark(id),
    CONSTRAINT tag_id_FK FOREIGN KEY(tag_id) REFERENCES tag(id)
);

CREATE VIRTUAL TABLE bookmark_content
    USING fts5(title, content, html, docid);

CREATE TABLE "bookmark"(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    excerpt TEXT NOT NULL DEFAULT "",
    author TEXT NOT NULL DEFAULT "",
    public INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    has_content BOOLEAN DEFAULT FALSE NOT NULL, modified_at TEXT NULL,
    CONSTRAINT bookmark_url_UNIQUE UNIQUE(url)
);

CREATE INDEX idx_created_at ON bookmark(created_at);

CREATE INDEX idx_modified_at ON bookmark(modified_at);
