"""account tags

Revision ID: f6
Revises: c3, e5
Create Date: 2026-11-06 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'f6'
down_revision = ('c3', 'e5')
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'account_tag',
        sa.Column('account_id', sa.Integer(), sa.ForeignKey('account.id'), nullable=False),
        sa.Column('tag_id', sa.Integer(), sa.ForeignKey('tag.id'), nullable=False),
        sa.PrimaryKeyConstraint('account_id', 'tag_id'),
    )


def downgrade():
    op.drop_table('account_tag')
