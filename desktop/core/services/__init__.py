"""Use cases over storage: what the GUI and the CLI both call. Writes return Changes."""
