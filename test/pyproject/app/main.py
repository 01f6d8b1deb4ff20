# app/main.py
import os
from pathlib import Path
from typing import List

from fastapi import FastAPI
from sqlalchemy import event
from sqlmodel import Session, create_engine, select

from app.models import Band

PROJECT = Path(__file__).resolve().parent.parent
DATABASE = os.environ.get("APP_DB", str(PROJECT / "app.db"))
MIGRATIONS = str(PROJECT / "migrations")
MIGRATE_EXT = os.environ["MIGRATE_EXT"]  # the extension, as for .load

engine = create_engine(f"sqlite:///{DATABASE}")


@event.listens_for(engine, "connect")
def load_migrate(dbapi_connection, connection_record):
    dbapi_connection.enable_load_extension(True)
    dbapi_connection.load_extension(MIGRATE_EXT)
    dbapi_connection.enable_load_extension(False)
    dbapi_connection.execute("PRAGMA busy_timeout = 5000")
    dbapi_connection.execute("SELECT migrate_config('script_location', ?)",
                             (MIGRATIONS,))


app = FastAPI()


@app.on_event("startup")
def upgrade_to_head():
    # engine.begin(): a transaction that commits when the block ends, so the
    # upgrade is never left in a transaction that nobody commits.
    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT migrate_upgrade('head')")


@app.post("/bands", response_model=Band)
def create_band(band: Band):
    with Session(engine) as session:
        session.add(band)
        session.commit()
        session.refresh(band)
        return band


@app.get("/bands", response_model=List[Band])
def list_bands():
    with Session(engine) as session:
        return session.exec(select(Band).order_by(Band.id)).all()
