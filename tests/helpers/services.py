"""The real services a generated project needs, from `scripts/services`.

From stage 3 a project talks to its database and Redis. The template's tests
find them through the variables `scripts/services env` prints; without them a
test skips with the command that starts them, and in CI (`CI=true`) it fails.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import pytest

from tests.helpers.roadmap import roadmap


def needed_services(answers: Mapping[str, Any]) -> dict[str, str]:
    """Service name → the variable that says where it runs."""
    if not roadmap.derive_context(answers)["features"]["database"]:
        return {}
    database = str(answers.get("database", "postgresql"))
    return {database: f"{database.upper()}_URL", "redis": "REDIS_URL"}


def require_services(answers: Mapping[str, Any]) -> None:
    missing = {name: var for name, var in needed_services(answers).items() if var not in os.environ}
    if not missing:
        return
    names = " ".join(missing)
    message = (
        f"needs {names} ({', '.join(missing.values())} unset): run "
        f'`scripts/services up {names} && eval "$(scripts/services env {names})"`'
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)
