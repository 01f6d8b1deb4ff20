# env.py of the test's Alembic project, written as a team would during the
# move to the migrate extension: batch mode on, and autogenerate told to
# leave the extension's own tables alone (docs/alembic_import.md).
import os

from alembic import context
from sqlalchemy import MetaData, create_engine, pool

config = context.config

# The tables the migrate extension keeps in the database: not part of the
# application's models, so autogenerate must not drop them.
MIGRATE_TABLES = {"migrate_log", "migrate_settings"}


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and name in MIGRATE_TABLES:
        return False
    return True


# The models: here, the schema of another database, reflected (a project
# would import its declarative Base instead).
target_metadata = None
if os.environ.get("MODEL_DB"):
    target_metadata = MetaData()
    target_metadata.reflect(create_engine("sqlite:///" + os.environ["MODEL_DB"]))
    target_metadata.remove(target_metadata.tables["alembic_version"])

url = config.get_main_option("sqlalchemy.url")
db = context.get_x_argument(as_dictionary=True).get("db")
if db:
    url = "sqlite:///" + db
engine = create_engine(url, poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()
