"""add email

Revision ID: b2
Revises: a1
Create Date: 2026-11-03 10:00:00.000001

"""
from alembic import op
import sqlalchemy as sa

revision = 'b2'
down_revision = 'a1'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('account', sa.Column('email', sa.String(100), nullable=True))


def downgrade():
    op.drop_column('account', 'email')
