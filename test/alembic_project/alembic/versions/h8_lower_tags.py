"""lower-case tag names

Revision ID: h8
Revises: g7
Create Date: 2026-11-08 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'h8'
down_revision = 'g7'
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    for id_, name in conn.execute(sa.text("SELECT id, name FROM tag")).fetchall():
        conn.execute(sa.text("UPDATE tag SET name = :name WHERE id = :id"),
                     {"name": name.lower(), "id": id_})


def downgrade():
    pass
