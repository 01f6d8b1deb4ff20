-- source: https://github.com/quassel/quassel/tree/c63fc1eecc4abc130b742ffc678b22f6a852f782/src/core/SQL/SQLite (Quassel IRC core, quassel-storage.sqlite: the setup_*.sql files in order)
-- built: one statement per setup file, ';' added after each

CREATE TABLE quasseluser (
       userid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
       username TEXT UNIQUE NOT NULL,
       password TEXT NOT NULL,
       hashversion INTEGER NOT NULL DEFAULT 0,
       authenticator TEXT NOT NULL DEFAULT "Database"
)
;

CREATE TABLE sender ( -- THE SENDER OF IRC MESSAGES
       senderid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
       sender TEXT NOT NULL,
       realname TEXT,
       avatarurl TEXT
);

CREATE TABLE network (
       networkid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
       userid INTEGER NOT NULL,
       networkname TEXT NOT NULL,
       identityid INTEGER NOT NULL DEFAULT 1,
       encodingcodec TEXT NOT NULL DEFAULT "ISO-8859-15",
       decodingcodec TEXT NOT NULL DEFAULT "ISO-8859-15",
       servercodec TEXT NOT NULL DEFAULT "",
       userandomserver INTEGER NOT NULL DEFAULT 0, -- BOOL
       perform TEXT,
       useautoidentify INTEGER NOT NULL DEFAULT 0, -- BOOL
       autoidentifyservice TEXT,
       autoidentifypassword TEXT,
       usesasl INTEGER NOT NULL DEFAULT 0, -- BOOL
       saslaccount TEXT,
       saslpassword TEXT,
       useautoreconnect INTEGER NOT NULL DEFAULT 0, -- BOOL
       autoreconnectinterval INTEGER NOT NULL DEFAULT 0,
       autoreconnectretries INTEGER NOT NULL DEFAULT 0,
       unlimitedconnectretries INTEGER NOT NULL DEFAULT 0, -- BOOL
       rejoinchannels INTEGER NOT NULL DEFAULT 0, -- BOOL
       connected INTEGER NOT NULL DEFAULT 0, -- BOOL
       usermode TEXT, -- user mode to restore
       awaymessage TEXT, -- away message to restore (empty if not away)
       attachperform TEXT, -- perform list for on attach
       detachperform TEXT, -- perform list for on detach
       usecustomessagerate INTEGER NOT NULL DEFAULT 0,  -- BOOL - Custom rate limiting
       messagerateburstsize INTEGER NOT NULL DEFAULT 5, -- Maximum messages at once
       messageratedelay INTEGER NOT NULL DEFAULT 2200,  -- Delay between future messages (milliseconds)
       unlimitedmessagerate INTEGER NOT NULL DEFAULT 0, -- BOOL - Disable rate limits
       skipcaps TEXT,                                   -- Space-separated IRCv3 caps to not auto-negotiate
       UNIQUE (userid, networkname)
)
;

CREATE TABLE buffer (
	bufferid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	userid INTEGER NOT NULL,
	groupid INTEGER,
	networkid INTEGER NOT NULL,
	buffername TEXT NOT NULL,
	buffercname TEXT NOT NULL, -- CANONICAL BUFFER NAME (lowercase version)
	buffertype INTEGER NOT NULL DEFAULT 0,
	lastmsgid INTEGER NOT NULL DEFAULT 0,
	lastseenmsgid INTEGER NOT NULL DEFAULT 0,
	markerlinemsgid INTEGER NOT NULL DEFAULT 0,
	bufferactivity INTEGER NOT NULL DEFAULT 0,
	highlightcount INTEGER NOT NULL DEFAULT 0,
	key TEXT,
	joined INTEGER NOT NULL DEFAULT 0, -- BOOL
	cipher TEXT,
	CHECK (lastseenmsgid <= lastmsgid)
)
;

CREATE UNIQUE INDEX buffer_idx 
       ON buffer(userid, networkid, buffername)
;

CREATE UNIQUE INDEX buffer_cname_idx 
       ON buffer(userid, networkid, buffercname)
;

CREATE TABLE backlog (
	messageid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
	time INTEGER NOT NULL,
	bufferid INTEGER NOT NULL,
	type INTEGER NOT NULL,
	flags INTEGER NOT NULL,
	senderid INTEGER NOT NULL,
	senderprefixes TEXT,
	message TEXT
)
;

CREATE TRIGGER IF NOT EXISTS backlog_lastmsgid_update_trigger_insert
AFTER INSERT
ON backlog
FOR EACH ROW
    BEGIN
        UPDATE buffer
        SET lastmsgid = new.messageid
        WHERE buffer.bufferid = new.bufferid
            AND buffer.lastmsgid < new.messageid;
    END
;

CREATE TRIGGER IF NOT EXISTS backlog_lastmsgid_update_trigger_update
AFTER UPDATE
ON backlog
FOR EACH ROW
    BEGIN
        UPDATE buffer
        SET lastmsgid = new.messageid
        WHERE buffer.bufferid = new.bufferid
            AND buffer.lastmsgid < new.messageid;
    END
;

CREATE TABLE coreinfo (
       key TEXT NOT NULL PRIMARY KEY,
       value TEXT)
;

CREATE TABLE ircserver (
    serverid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    userid INTEGER NOT NULL,
    networkid INTEGER NOT NULL,
    hostname TEXT NOT NULL,
    port INTEGER NOT NULL DEFAULT 6667,
    password TEXT,
    ssl INTEGER NOT NULL DEFAULT 0, -- bool
    sslversion INTEGER NOT NULL DEFAULT 0,
    useproxy INTEGER NOT NULL DEFAULT 0, -- bool
    proxytype INTEGER NOT NULL DEFAULT 0,
    proxyhost TEXT NOT NULL DEFAULT 'localhost',
    proxyport INTEGER NOT NULL DEFAULT 8080,
    proxyuser TEXT,
    proxypass TEXT,
    sslverify INTEGER NOT NULL DEFAULT 0 -- bool, validate SSL cert
)
;

CREATE INDEX backlog_bufferid_idx ON backlog(bufferid)
;

CREATE INDEX backlog_buffer_time_idx ON backlog (bufferid, time)
;

CREATE INDEX backlog_buffer_msg_idx ON backlog (bufferid, messageid)
;

CREATE INDEX buffer_user_idx ON buffer(userid)
;

CREATE TABLE user_setting (
    userid INTEGER NOT NULL,
    settingname TEXT NOT NULL,
    settingvalue BLOB,
    PRIMARY KEY (userid, settingname)
)
;

CREATE TABLE identity (
       identityid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
       userid INTEGER NOT NULL,
       identityname TEXT NOT NULL,
       realname TEXT NOT NULL,
       awaynick TEXT,
       awaynickenabled INTEGER NOT NULL DEFAULT 0, -- BOOL
       awayreason TEXT,
       awayreasonenabled INTEGER NOT NULL DEFAULT 0, -- BOOL
       autoawayenabled INTEGER NOT NULL DEFAULT 0, -- BOOL
       autoawaytime INTEGER NOT NULL,
       autoawayreason TEXT,
       autoawayreasonenabled INTEGER NOT NULL DEFAULT 0, -- BOOL
       detachawayenabled INTEGER NOT NULL DEFAULT 0, -- BOOL
       detachawayreason TEXT,
       detachawayreasonenabled INTEGER NOT NULL DEFAULT 0, -- BOOL       
       ident TEXT,
       kickreason TEXT,
       partreason TEXT,
       quitreason TEXT,
       sslcert BLOB,
       sslkey BLOB,
       UNIQUE (userid, identityname)
)
;

CREATE TABLE identity_nick (
       nickid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
       identityid INTEGER NOT NULL,
       nick TEXT NOT NULL,
       UNIQUE (identityid, nick)
)
;

CREATE UNIQUE INDEX sender_index ON sender(sender, realname, avatarurl);

CREATE TABLE core_state (
    key TEXT NOT NULL,
    value bytea,
    PRIMARY KEY (key)
)
;
