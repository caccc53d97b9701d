"""Reading the platforms' own after-sales exports: files -> rows -> records -> timeline events."""
