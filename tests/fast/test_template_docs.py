"""The template's own docs build, and say what the code does."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.project import run
from tests.helpers.roadmap import roadmap

README = (TEMPLATE_ROOT / "README.md").read_text(encoding="utf-8")


def test_mkdocs_builds_strictly(tmp_path: Path) -> None:
    run(
        ["uv", "run", "--frozen", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        TEMPLATE_ROOT,
        env={"NO_MKDOCS_2_WARNING": "1"},
    )

    assert (tmp_path / "index.html").is_file()


def test_readme_stage_table_marks_exactly_what_is_built() -> None:
    rows = [line for line in README.splitlines() if re.match(r"^\| \d+\. ", line)]
    columns = [cell.strip() for cell in README.split("| stage |")[1].splitlines()[0].split("|")]
    stacks = [name for name in columns if name]

    assert len(rows) == 11
    assert stacks == [stack.name for stack in roadmap.STACKS.values()]
    for number, row in enumerate(rows, start=1):
        marks = [cell.strip() for cell in row.split("|")[2:-1]]
        built = [stack.built_up_to >= number for stack in roadmap.STACKS.values()]
        assert [mark == "✅" for mark in marks] == built, row


def test_readme_generate_command_works(tmp_path: Path) -> None:
    command = next(line for line in README.splitlines() if line.startswith("uvx "))
    args = [
        str(TEMPLATE_ROOT) if arg == "./backend-roadmap" else arg for arg in shlex.split(command)
    ]
    args[-1] = str(tmp_path / "my-api")

    run([*args[:-2], "--vcs-ref", "HEAD", *args[-2:]], tmp_path)

    assert (tmp_path / "my-api" / "Makefile").is_file()
    assert "language: python" in (tmp_path / "my-api" / ".copier-answers.yml").read_text()


def test_readme_test_command_is_a_make_target() -> None:
    makefile = (TEMPLATE_ROOT / "Makefile").read_text(encoding="utf-8")

    assert "make test\n" in README
    assert re.search(r"^test: ", makefile, re.MULTILINE)
    assert "make test" in (TEMPLATE_ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_stage_index_names_exactly_the_stacks_built_for_each_stage() -> None:
    index = (TEMPLATE_ROOT / "docs" / "stages" / "index.md").read_text(encoding="utf-8")
    rows = [line for line in index.splitlines() if re.match(r"^\| \d+ \|", line)]

    assert len(rows) == 11
    for number, row in enumerate(rows, start=1):
        built = [s.name for s in roadmap.STACKS.values() if s.built_up_to >= number]
        assert row.rstrip(" |").rsplit("| ", 1)[-1] == (", ".join(built) or "not yet"), row
