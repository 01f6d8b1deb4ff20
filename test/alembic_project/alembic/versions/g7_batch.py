"""drop balance, longer names

Revision ID: g7
Revises: f6
Create Date: 2026-11-07 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'g7'
down_revision = 'f6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('account') as batch_op:
        batch_op.drop_column('balance')
        batch_op.alter_column('name', type_=sa.String(80),
                              existing_type=sa.String(50), existing_nullable=False)


def downgrade():
    with op.batch_alter_table('account') as batch_op:
        batch_op.alter_column('name', type_=sa.String(50),
                              existing_type=sa.String(80), existing_nullable=False)
        batch_op.add_column(sa.Column('balance', sa.Integer(), nullable=True))
