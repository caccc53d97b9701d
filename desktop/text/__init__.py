"""Words shared by the window and the command line, through Qt's translation (QtCore only:
no window system is needed, so the command line and the headless watcher use them too).
tests/test_text_boundary.py keeps it so."""
