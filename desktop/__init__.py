"""CaseWatch (售后盯单): an offline desk for after-sales cases and their platform clocks."""

__version__ = "0.1.0"
APP_NAME = "CaseWatch"
