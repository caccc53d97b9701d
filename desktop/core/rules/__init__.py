"""Platform clock rules: shipped as data files (resources/rules), overridable by the user."""

from desktop.core.rules.loader import load_default_rules, parse_rules_document
from desktop.core.rules.schema import Anchor, Extension, Override, Rule, RuleSet

__all__ = [
    "Anchor",
    "Extension",
    "Override",
    "Rule",
    "RuleSet",
    "load_default_rules",
    "parse_rules_document",
]
