"""backfill email

Revision ID: c3
Revises: b2
Create Date: 2026-11-04 11:30:00.000000

"""
from alembic import op

revision = 'c3'
down_revision = 'b2'
branch_labels = None
depends_on = 'd4'


def upgrade():
    op.execute("UPDATE account SET email = lower(name) || '@example.com' "
               "WHERE email IS NULL")


def downgrade():
    op.execute("UPDATE account SET email = NULL "
               "WHERE email = lower(name) || '@example.com'")
