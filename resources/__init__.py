"""Package data (rules, icons) shipped as ``desktop.resources``; see pyproject.toml."""
