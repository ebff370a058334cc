"""Workflows and compose files are valid by their published schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.project import files_of, run

SCHEMAS = {
    ".github/workflows/": "vendor.github-workflows",
    "compose.yaml": "vendor.compose-spec",
}


def test_workflows_and_compose_files_match_their_schemas(rendered: Path) -> None:
    checked = 0
    for name in sorted(files_of(rendered)):
        schema = next((s for prefix, s in SCHEMAS.items() if name.startswith(prefix)), None)
        if schema is None:
            continue
        run(
            [
                "uv",
                "run",
                "--frozen",
                "check-jsonschema",
                "--builtin-schema",
                schema,
                str(rendered / name),
            ],
            TEMPLATE_ROOT,
        )
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("schema", sorted(SCHEMAS.values()))
def test_the_schema_check_refuses_an_invalid_file(tmp_path: Path, schema: str) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("services: 42\non: [\n" if "compose" in schema else "jobs: 7\n")

    result = run(
        ["uv", "run", "--frozen", "check-jsonschema", "--builtin-schema", schema, str(broken)],
        TEMPLATE_ROOT,
        check=False,
    )

    assert result.returncode != 0
