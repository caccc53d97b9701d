"""SQLite storage: tables, engine, migrations, backups and repositories."""

#: sort_due of a case without a merchant deadline: after every real one (year 2255), so that
#: the queue's order is one indexed column.
NO_DEADLINE = 9_000_000_000
