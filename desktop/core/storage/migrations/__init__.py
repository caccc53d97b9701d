"""Alembic migrations, shipped inside the package so the frozen app can upgrade itself."""
