"""Alembic environment. The app passes its own connection (cfg.attributes["connection"]);
logging is left alone so that the app's loggers stay enabled."""

from __future__ import annotations

from alembic import context

from desktop.core.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop.core.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: move-and-copy instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
