"""create tag

Revision ID: d4
Revises:
Create Date: 2026-11-05 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'd4'
down_revision = None
branch_labels = 'tags'
depends_on = None


def upgrade():
    op.create_table(
        'tag',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(40)),
        sa.Column('weight', sa.Float()),
        sa.Column('icon', sa.LargeBinary()),
        sa.Column('since', sa.Date()),
    )


def downgrade():
    op.drop_table('tag')
