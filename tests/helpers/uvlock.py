"""The template's uv.lock renderer (extensions/uvlock.py), imported for the tests."""

import sys

from tests.helpers.paths import TEMPLATE_ROOT

sys.path.insert(0, str(TEMPLATE_ROOT / "extensions"))

import uvlock

__all__ = ["uvlock"]
