"""queue order: what needs the user first, then what waits on others, finished last

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 20:40:00

Data only: sort_due of cases without a merchant deadline is no longer one value for all of
them (desktop/core/storage/__init__.py says the tiers; repository.sort_due() writes them).
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE cases SET sort_due = CASE"
        " WHEN merchant_due_at IS NOT NULL THEN merchant_due_at"
        " WHEN is_open = 0 THEN 30000000000"
        " WHEN turn = 'merchant' THEN 9000000000"
        " WHEN buyer_due_at IS NOT NULL THEN 10000000000 + buyer_due_at"
        " ELSE 19000000000 END"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE cases SET sort_due = COALESCE(merchant_due_at, 9000000000)"
    )
