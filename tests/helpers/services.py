"""The real services a generated project needs, from `scripts/services`.

From stage 3 a project talks to its database and Redis. The template's tests
find them through the variables `scripts/services env` prints; without them a
test skips with the command that starts them, and in CI (`CI=true`) it fails.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from typing import Any

import pytest

from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.roadmap import roadmap

SERVICES = TEMPLATE_ROOT / "scripts" / "services"


def run_services(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run `scripts/services` the way .ci/run and developers do."""
    return subprocess.run(
        [str(SERVICES), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


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
