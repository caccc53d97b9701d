"""The Qt-free core: domain, rules, clocks, storage and services.

Nothing under this package may import Qt (tests/core/test_boundary.py enforces it).
"""
