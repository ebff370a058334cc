"""The template's own roadmap module, imported for the tests."""

import sys

from tests.helpers.paths import TEMPLATE_ROOT

sys.path.insert(0, str(TEMPLATE_ROOT / "extensions"))

import roadmap

__all__ = ["roadmap"]
