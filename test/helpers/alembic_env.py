# alembic_env.py - the env.py of the Alembic projects that test/alembic.test
# builds; it is copied into each project as env.py.  The database URL and
# the version table come from the Config that test/helpers/alembic_cmd.py
# makes.
from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
engine = create_engine(config.get_main_option("sqlalchemy.url"),
                       poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(
        connection=connection,
        version_table=config.attributes.get("version_table",
                                            "alembic_version"))
    with context.begin_transaction():
        context.run_migrations()
