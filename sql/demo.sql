-- demo.sql - the tour that `make demo` runs through the sqlite3 shell, in a
-- fresh temporary directory, with the extension already loaded.
.headers on
.mode box
.print '== migrate_init: the script directory and the version table'
SELECT migrate_init('migrations') AS script_location;

.print '== three revisions, the second one with data'
SELECT migrate_revision('create user',
  'CREATE TABLE user(id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
  'DROP TABLE user;',
  '{"rev_id": "a1f0c3d2e5b4"}') AS revision;
SELECT migrate_revision('seed users',
  'INSERT INTO user(name) VALUES (''alice''), (''bob'');',
  'DELETE FROM user WHERE name IN (''alice'', ''bob'');',
  '{"rev_id": "b2e1d4c3f6a5"}') AS revision;
SELECT migrate_revision('add email',
  'ALTER TABLE user ADD COLUMN email TEXT;
   CREATE UNIQUE INDEX ix_user_email ON user(email);',
  'DROP INDEX ix_user_email;
   ALTER TABLE user DROP COLUMN email;',
  '{"rev_id": "c3f2e5d4a7b6"}') AS revision;

.print '== the plan for head, step by step (nothing runs)'
SELECT step, revision, direction, message FROM migrate_plan('head');

.print "== migrate_upgrade('head')"
SELECT migrate_upgrade('head') AS current;
SELECT * FROM user;

.print '== history, newest first'
SELECT revision, down_revision, message, is_head, is_current, applied
  FROM migrate_history;

.print "== migrate_downgrade('-1')"
SELECT migrate_downgrade('-1') AS current;
SELECT sql FROM sqlite_schema WHERE name = 'user';

.print '== the offline script for the way back up'
.mode list
.headers off
SELECT migrate_sql('head');
.mode box
.headers on

.print "== migrate_upgrade('head') again"
SELECT migrate_upgrade('head') AS current;
SELECT migrate_current() AS current, migrate_verify() AS verify;

.print '== autogenerate: the schema we want, as plain CREATE statements'
.print '   (email becomes NOT NULL with a default: SQLite cannot ALTER that, so'
.print '   the table is rebuilt, rows and rowids kept)'
SELECT op, object, destructive FROM migrate_diff_ops('
  CREATE TABLE user(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '''');
  CREATE UNIQUE INDEX ix_user_email ON user(email);
  CREATE TABLE note(id INTEGER PRIMARY KEY,
                    user_id INTEGER REFERENCES user(id) ON DELETE CASCADE,
                    body TEXT);');
UPDATE user SET email = name || '@example.com';
SELECT migrate_autogenerate('email required, notes', '
  CREATE TABLE user(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '''');
  CREATE UNIQUE INDEX ix_user_email ON user(email);
  CREATE TABLE note(id INTEGER PRIMARY KEY,
                    user_id INTEGER REFERENCES user(id) ON DELETE CASCADE,
                    body TEXT);', '{"rev_id": "d4a3f6e5b8c7"}') AS revision;
SELECT migrate_upgrade('head') AS current;
SELECT * FROM user;
SELECT migrate_check('
  CREATE TABLE user(id INTEGER PRIMARY KEY, name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '''');
  CREATE UNIQUE INDEX ix_user_email ON user(email);
  CREATE TABLE note(id INTEGER PRIMARY KEY,
                    user_id INTEGER REFERENCES user(id) ON DELETE CASCADE,
                    body TEXT);') AS "check";
SELECT revision, direction FROM migrate_log ORDER BY id;
