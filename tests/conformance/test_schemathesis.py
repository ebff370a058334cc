"""Property-based fuzzing of every operation from the service's own OpenAPI document."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from tests.conformance.client import Target
from tests.helpers.project import run

EXAMPLES = os.environ.get("SCHEMATHESIS_EXAMPLES", "60")


def test_no_operation_answers_a_server_error(target: Target, tmp_path: Path) -> None:
    schemathesis = shutil.which("schemathesis") or str(
        Path(sys.executable).with_name("schemathesis")
    )

    result = run(
        [
            schemathesis,
            "run",
            f"{target.base_url}/openapi.json",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            EXAMPLES,
            "--seed",
            "20261125",
            "--suppress-health-check",
            "all",
        ],
        tmp_path,
        check=False,
        timeout=900,
    )

    assert result.returncode == 0, result.stdout[-8000:]
