"""seed tags

Revision ID: e5
Revises: d4
Create Date: 2026-11-05 08:30:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa

revision = 'e5'
down_revision = 'd4'
branch_labels = None
depends_on = None

tag = sa.table('tag', sa.column('id', sa.Integer), sa.column('name', sa.String),
               sa.column('weight', sa.Float), sa.column('icon', sa.LargeBinary),
               sa.column('since', sa.Date))


def upgrade():
    op.bulk_insert(tag, [
        {'id': 1, 'name': 'Red', 'weight': 0.1, 'icon': b'\x00\xffR',
         'since': datetime.date(2026, 1, 2)},
        {'id': 2, 'name': "It's Blue", 'weight': 1e300, 'icon': None,
         'since': None},
        {'id': 3, 'name': 'Grün\nzwei', 'weight': -2.5, 'icon': b'',
         'since': datetime.date(1999, 12, 31)},
    ])


def downgrade():
    op.execute(tag.delete().where(tag.c.id.in_([1, 2, 3])))
