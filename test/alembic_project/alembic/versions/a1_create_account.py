"""create account

Revision ID: a1
Revises:
Create Date: 2026-11-02 09:15:00.123456

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1'
down_revision = None
branch_labels = ('accounts',)
depends_on = None


def upgrade():
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('balance', sa.Integer(), nullable=True),
    )
    op.create_index('ix_account_name', 'account', ['name'])


def downgrade():
    op.drop_index('ix_account_name', table_name='account')
    op.drop_table('account')
