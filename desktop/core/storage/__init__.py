"""SQLite storage: tables, engine, migrations, backups and repositories."""
