"""The Qt shell over desktop.core."""
