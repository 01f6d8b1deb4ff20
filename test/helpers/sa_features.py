# sa_features.py - SQLAlchemy models for test/python.test: what SQLAlchemy
# emits for SQLite, feature by feature, so that python/migrate_model.py's
# DDL can be checked to round-trip (load it, then migrate_check() of the
# same DDL is 'ok' and migrate_diff() is '').  Works on SQLAlchemy 1.4 and
# 2.x.
#
#   features   a MetaData with a naming convention: Enum and Boolean CHECKs,
#              server defaults, Computed columns, Identity, AUTOINCREMENT,
#              deferrable foreign keys with actions, partial, functional and
#              unique indexes, collations, WITHOUT ROWID, quoted names, and
#              the usual types (UUID, DateTime, Boolean, Numeric, JSON...)
#   renames    a MetaData with rename hints on a table and on columns
#   Base       a declarative base whose class has __table_args__ info
#   not_metadata  an int
import enum
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base


class Color(enum.Enum):
    red = 1
    green = 2


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

features = sa.MetaData(naming_convention=NAMING)

# A UUID type: sa.Uuid on SQLAlchemy 2.x, CHAR(32) as SQLModel stores it on 1.4.
UUID_TYPE = sa.Uuid if hasattr(sa, "Uuid") else sa.CHAR(32)

artist = sa.Table(
    "artist", features,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("color", sa.Enum(Color, create_constraint=True, name="color")),
    sa.Column("mood", sa.Enum("calm", "loud", name="mood", create_constraint=True,
                               native_enum=False)),
    sa.Column("plain_enum", sa.Enum("a", "b", name="plain_enum")),
    sa.Column("active", sa.Boolean(create_constraint=True, name="active"),
              server_default=sa.true(), nullable=False),
    sa.Column("verified", sa.Boolean, server_default=sa.false()),
    sa.Column("price", sa.Numeric(10, 2), server_default="0"),
    sa.Column("ratio", sa.Float),
    sa.Column("created", sa.DateTime, server_default=sa.func.now()),
    sa.Column("updated", sa.DateTime(timezone=True),
              server_default=sa.text("(datetime('now'))")),
    sa.Column("born", sa.Date, server_default=sa.text("'2000-01-01'")),
    sa.Column("name", sa.String(50, collation="NOCASE"), nullable=False),
    sa.Column("lname", sa.String, sa.Computed("lower(name)")),
    sa.Column("uname", sa.String, sa.Computed("upper(name)", persisted=True)),
    sa.Column("token", UUID_TYPE, default=uuid.uuid4),
    sa.Column("data", sa.JSON),
    sa.Column("big", sa.BigInteger),
    sa.Column("small", sa.SmallInteger),
    sa.Column("raw", sa.LargeBinary),
    sa.Column("at", sa.Time),
    sa.Column("span", sa.Interval),
    sa.Column("note", sa.Text, comment="SQLite has no column comments"),
    sa.Column("order", sa.Integer),
    sa.Column("CamelCase", sa.Unicode(20)),
    sa.CheckConstraint("price >= 0", name="price_positive"),
    sa.CheckConstraint("name <> ''", name="name_set"),
    sqlite_autoincrement=True,
)

song = sa.Table(
    "song", features,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("artist_id", sa.Integer,
              sa.ForeignKey("artist.id", ondelete="CASCADE", onupdate="SET NULL",
                            deferrable=True, initially="DEFERRED")),
    sa.Column("title", sa.Text, nullable=False, unique=True),
    sa.Column("position", sa.Integer, server_default=sa.text("1")),
    sa.UniqueConstraint("artist_id", "position"),
    sa.UniqueConstraint("artist_id", "title", sqlite_on_conflict="IGNORE"),
)
sa.Index("ix_song_live", song.c.title, sqlite_where=song.c.position > 0)
sa.Index("ix_song_lower", sa.func.lower(song.c.title), song.c.artist_id.desc())
sa.Index(None, song.c.position, unique=True)
sa.Index("ix_song_nocase", song.c.title.collate("NOCASE"))

tag = sa.Table(
    "tag", features,
    sa.Column("song_id", sa.Integer, sa.ForeignKey("song.id", name="tag_song"),
              primary_key=True),
    sa.Column("label", sa.String(30), primary_key=True),
    sqlite_with_rowid=False,
)

renames = sa.MetaData()
sa.Table(
    "client", renames,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String, info={"renamed_from": "mail"}),
    sa.Column("nick name", sa.String, info={"renamed_from": "old nick"}),
    sa.Column("note", sa.Text),
    info={"renamed_from": "customer"},
)

Base = declarative_base()


class Record(Base):
    __tablename__ = "record"
    __table_args__ = {"info": {"renamed_from": "album"}}
    id = sa.Column(sa.Integer, primary_key=True)
    title = sa.Column(sa.String, nullable=False, info={"renamed_from": "name"})


not_metadata = 42
