-- source: https://github.com/ankitects/anki/tree/c32cb2913d6f4d21e06876265634c55d9d55ee69/rslib/src/storage (Anki collection.anki2, schema 18: schema11.sql + upgrades/schema14,15,17,18_upgrade.sql)
-- built: the CREATE statements of those files as the final schema 18 has them (graves as schema18 recreates it); trimmed: the 12 statements on tables using Anki's custom collation 'unicase' (deck_config, tags, fields, templates, notetypes, decks and their indexes)

CREATE TABLE col (
  id integer PRIMARY KEY,
  crt integer NOT NULL,
  mod integer NOT NULL,
  scm integer NOT NULL,
  ver integer NOT NULL,
  dty integer NOT NULL,
  usn integer NOT NULL,
  ls integer NOT NULL,
  conf text NOT NULL,
  models text NOT NULL,
  decks text NOT NULL,
  dconf text NOT NULL,
  tags text NOT NULL
);

CREATE TABLE notes (
  id integer PRIMARY KEY,
  guid text NOT NULL,
  mid integer NOT NULL,
  mod integer NOT NULL,
  usn integer NOT NULL,
  tags text NOT NULL,
  flds text NOT NULL,
  -- The use of type integer for sfld is deliberate, because it means that integer values in this
  -- field will sort numerically.
  sfld integer NOT NULL,
  csum integer NOT NULL,
  flags integer NOT NULL,
  data text NOT NULL
);

CREATE TABLE cards (
  id integer PRIMARY KEY,
  nid integer NOT NULL,
  did integer NOT NULL,
  ord integer NOT NULL,
  mod integer NOT NULL,
  usn integer NOT NULL,
  type integer NOT NULL,
  queue integer NOT NULL,
  due integer NOT NULL,
  ivl integer NOT NULL,
  factor integer NOT NULL,
  reps integer NOT NULL,
  lapses integer NOT NULL,
  left integer NOT NULL,
  odue integer NOT NULL,
  odid integer NOT NULL,
  flags integer NOT NULL,
  data text NOT NULL
);

CREATE TABLE revlog (
  id integer PRIMARY KEY,
  cid integer NOT NULL,
  usn integer NOT NULL,
  ease integer NOT NULL,
  ivl integer NOT NULL,
  lastIvl integer NOT NULL,
  factor integer NOT NULL,
  time integer NOT NULL,
  type integer NOT NULL
);

CREATE TABLE graves (
  oid integer NOT NULL,
  type integer NOT NULL,
  usn integer NOT NULL,
  PRIMARY KEY (oid, type)
) WITHOUT ROWID;

CREATE INDEX ix_notes_usn ON notes (usn);

CREATE INDEX ix_cards_usn ON cards (usn);

CREATE INDEX ix_revlog_usn ON revlog (usn);

CREATE INDEX ix_cards_nid ON cards (nid);

CREATE INDEX ix_cards_sched ON cards (did, queue, due);

CREATE INDEX ix_revlog_cid ON revlog (cid);

CREATE INDEX ix_notes_csum ON notes (csum);

CREATE TABLE config (
  KEY text NOT NULL PRIMARY KEY,
  usn integer NOT NULL,
  mtime_secs integer NOT NULL,
  val blob NOT NULL
) without rowid;

CREATE INDEX idx_notes_mid ON notes (mid);

CREATE INDEX idx_cards_odid ON cards (odid)
WHERE odid != 0;

CREATE INDEX idx_graves_pending ON graves (usn);
