"""SQLite storage: tables, engine, migrations, backups and repositories."""

#: The queue's order is one indexed column, sort_due: the merchant's deadline where there is
#: one; beyond every real deadline (year 2255 on), in this order, what needs the user with no
#: known deadline (时效未知, agreed but the refund not recorded, 待核对), then what waits on the
#: buyer or the platform (the buyer's deadline first, where there is one), then what is
#: finished.
UNDATED_MINE = 9_000_000_000
WAITING = 10_000_000_000  # + the buyer's deadline (no deadline: after those with one)
WAITING_UNDATED = WAITING + 9_000_000_000
FINISHED = 30_000_000_000
