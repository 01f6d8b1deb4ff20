-- source: https://github.com/drhsqlite/fossil-mirror/blob/27ba874e56bd75e034858fc53fd6cebcdd77b7bf/src/schema.c (Fossil SCM repository database: zRepositorySchema1 and zRepositorySchema2, the @-prefixed C string lines with the @ taken off)

CREATE TABLE blob(
  rid INTEGER PRIMARY KEY,        -- Record ID
  rcvid INTEGER,                  -- Origin of this record
  size INTEGER,                   -- Size of content. -1 for a phantom.
  uuid TEXT UNIQUE NOT NULL,      -- hash of the content
  content BLOB,                   -- Compressed content of this record
  CHECK( length(uuid)>=40 AND rid>0 )
);

CREATE TABLE delta(
  rid INTEGER PRIMARY KEY,                 -- BLOB that is delta-compressed
  srcid INTEGER NOT NULL REFERENCES blob   -- Baseline for delta-compression
);

CREATE INDEX delta_i1 ON delta(srcid);

CREATE TABLE rcvfrom(
  rcvid INTEGER PRIMARY KEY,      -- Received-From ID
  uid INTEGER REFERENCES user,    -- User login
  mtime DATETIME,                 -- Time of receipt.  Julian day.
  nonce TEXT UNIQUE,              -- Nonce used for login
  ipaddr TEXT                     -- Remote IP address.  NULL for direct.
);

CREATE TABLE user(
  uid INTEGER PRIMARY KEY,        -- User ID
  login TEXT UNIQUE,              -- login name of the user
  pw TEXT,                        -- password
  cap TEXT,                       -- Capabilities of this user
  cookie TEXT,                    -- WWW login cookie
  ipaddr TEXT,                    -- IP address for which cookie is valid
  cexpire DATETIME,               -- Time when cookie expires
  info TEXT,                      -- contact information
  mtime DATE,                     -- last change.  seconds since 1970
  photo BLOB,                     -- JPEG image of this user
  jx TEXT DEFAULT '{}'            -- Extra fields in JSON
);

CREATE TABLE config(
  name TEXT PRIMARY KEY NOT NULL,  -- Primary name of the entry
  value CLOB,                      -- Content of the named parameter
  mtime DATE,                      -- last modified.  seconds since 1970
  CHECK( typeof(name)='text' AND length(name)>=1 )
) WITHOUT ROWID;

CREATE TABLE shun(
  uuid TEXT PRIMARY KEY,-- UUID of artifact to be shunned. Canonical form
  mtime DATE,           -- When added.  seconds since 1970
  scom TEXT             -- Optional text explaining why the shun occurred
) WITHOUT ROWID;

CREATE TABLE private(rid INTEGER PRIMARY KEY);

CREATE TABLE reportfmt(
   rn INTEGER PRIMARY KEY,  -- Report number
   owner TEXT,              -- Owner of this report format (not used)
   title TEXT UNIQUE,       -- Title of this report
   mtime DATE,              -- Last modified.  seconds since 1970
   cols TEXT,               -- A color-key specification
   sqlcode TEXT,            -- An SQL SELECT statement for this report
   jx TEXT DEFAULT '{}'     -- Additional fields encoded as JSON
);

CREATE TABLE concealed(
  hash TEXT PRIMARY KEY,    -- The SHA1 hash of content
  mtime DATE,               -- Time created.  Seconds since 1970
  content TEXT              -- Content intended to be concealed
) WITHOUT ROWID;

CREATE TABLE filename(
  fnid INTEGER PRIMARY KEY,    -- Filename ID
  name TEXT UNIQUE             -- Name of file page
);

CREATE TABLE mlink(
  mid INTEGER,                       -- Check-in that contains fid
  fid INTEGER,                       -- New file content. 0 if deleted
  pmid INTEGER,                      -- Check-in that contains pid
  pid INTEGER,                       -- Prev file content. 0 if new. -1 merge
  fnid INTEGER REFERENCES filename,  -- Name of the file
  pfnid INTEGER,                     -- Previous name. 0 if unchanged
  mperm INTEGER,                     -- File permissions.  1==exec
  isaux BOOLEAN DEFAULT 0            -- TRUE if pmid is the primary
);

CREATE INDEX mlink_i1 ON mlink(mid);

CREATE INDEX mlink_i2 ON mlink(fnid);

CREATE INDEX mlink_i3 ON mlink(fid);

CREATE INDEX mlink_i4 ON mlink(pid);

CREATE TABLE plink(
  pid INTEGER REFERENCES blob,    -- Parent manifest
  cid INTEGER REFERENCES blob,    -- Child manifest
  isprim BOOLEAN,                 -- pid is the primary parent of cid
  mtime DATETIME,                 -- the date/time stamp on cid.  Julian day.
  baseid INTEGER REFERENCES blob, -- Baseline if cid is a delta manifest.
  UNIQUE(pid, cid)
);

CREATE INDEX plink_i2 ON plink(cid,pid);

CREATE TABLE leaf(rid INTEGER PRIMARY KEY);

CREATE TABLE event(
  type TEXT,                      -- Type of event: ci, e, f, g, t, w
  mtime DATETIME,                 -- Time of occurrence. Julian day.
  objid INTEGER PRIMARY KEY,      -- Associated record ID
  tagid INTEGER,                  -- Associated ticket or wiki name tag
  uid INTEGER REFERENCES user,    -- User who caused the event
  bgcolor TEXT,                   -- Color set by 'bgcolor' property
  euser TEXT,                     -- User set by 'user' property
  user TEXT,                      -- Name of the user
  ecomment TEXT,                  -- Comment set by 'comment' property
  comment TEXT,                   -- Comment describing the event
  brief TEXT,                     -- Short comment when tagid already seen
  omtime DATETIME                 -- Original unchanged date+time, or NULL
);

CREATE INDEX event_i1 ON event(mtime);

CREATE TABLE phantom(
  rid INTEGER PRIMARY KEY         -- Record ID of the phantom
);

CREATE TABLE orphan(
  rid INTEGER PRIMARY KEY,        -- Delta manifest with a phantom baseline
  baseline INTEGER                -- Phantom baseline of this orphan
);

CREATE INDEX orphan_baseline ON orphan(baseline);

CREATE TABLE unclustered(
  rid INTEGER PRIMARY KEY         -- Record ID of the unclustered file
);

CREATE TABLE unsent(
  rid INTEGER PRIMARY KEY         -- Record ID of the phantom
);

CREATE TABLE tag(
  tagid INTEGER PRIMARY KEY,       -- Numeric tag ID
  tagname TEXT UNIQUE              -- Tag name.
);

CREATE TABLE tagxref(
  tagid INTEGER REFERENCES tag,   -- The tag being added, removed,
                                  -- or propagated
  tagtype INTEGER,                -- 0:-,cancel  1:+,single  2:*,propagate
  srcid INTEGER REFERENCES blob,  -- Artifact tag originates from, or
                                  -- 0 for propagated tags
  origid INTEGER REFERENCES blob, -- Artifact holding propagated tag
                                  -- (any artifact type with a P-card)
  value TEXT,                     -- Value of the tag.  Might be NULL.
  mtime TIMESTAMP,                -- Time of addition or removal. Julian day
  rid INTEGER REFERENCE blob,     -- Artifact tag is applied to
  UNIQUE(rid, tagid)
);

CREATE INDEX tagxref_i1 ON tagxref(tagid, mtime);

CREATE TABLE backlink(
  target TEXT,           -- Where the hyperlink points to
  srctype INT,           -- 0=comment 1=ticket 2=wiki. See BKLNK_* below.
  srcid INT,             -- EVENT.OBJID for the source document
  mtime TIMESTAMP,       -- time that the hyperlink was added. Julian day.
  UNIQUE(target, srctype, srcid)
);

CREATE INDEX backlink_src ON backlink(srcid, srctype);

CREATE TABLE attachment(
  attachid INTEGER PRIMARY KEY,   -- Local id for this attachment
  isLatest BOOLEAN DEFAULT 0,     -- True if this is the one to use
  mtime TIMESTAMP,                -- Last changed.  Julian day.
  src TEXT,                       -- Hash of the attachment.  NULL to delete
  target TEXT,                    -- Object attached to. Wikiname or Tkt/Event/Forum post ID
  filename TEXT,                  -- Filename for the attachment
  comment TEXT,                   -- Comment associated with this attachment
  user TEXT                       -- Name of user adding attachment
);

CREATE INDEX attachment_idx1 ON attachment(target, filename, mtime);

CREATE INDEX attachment_idx2 ON attachment(src);

CREATE TABLE ticket(
  -- Do not change any column that begins with tkt_
  tkt_id INTEGER PRIMARY KEY,
  tkt_uuid TEXT UNIQUE,
  tkt_mtime DATE,
  tkt_ctime DATE,
  -- Add as many field as required below this line
  type TEXT,
  status TEXT,
  subsystem TEXT,
  priority TEXT,
  severity TEXT,
  foundin TEXT,
  private_contact TEXT,
  resolution TEXT,
  title TEXT,
  comment TEXT
);

CREATE TABLE ticketchng(
  -- Do not change any column that begins with tkt_
  tkt_id INTEGER REFERENCES ticket,
  tkt_rid INTEGER REFERENCES blob,
  tkt_mtime DATE,
  tkt_user TEXT,
  -- Add as many fields as required below this line
  login TEXT,
  username TEXT,
  mimetype TEXT,
  icomment TEXT
);

CREATE INDEX ticketchng_idx1 ON ticketchng(tkt_id, tkt_mtime);

CREATE TABLE cherrypick(
  parentid INT,
  childid INT,
  isExclude BOOLEAN DEFAULT false,
  PRIMARY KEY(parentid, childid)
) WITHOUT ROWID;

CREATE INDEX cherrypick_cid ON cherrypick(childid);
