"""Generated code is already formatted, lint-clean, type-clean and locked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers.combinations import Combination
from tests.helpers.paths import TOOLS_BIN
from tests.helpers.project import git_commit_all, make, project_env, run
from tests.helpers.stacks import STACK_SPECS


@pytest.fixture(scope="session")
def installed(rendered: Path) -> Path:
    """The rendered project, committed to git and installed from its lock file."""
    git_commit_all(rendered, "generated")
    make(rendered, "setup")
    return rendered


def test_lint_format_check_and_type_check_pass(installed: Path) -> None:
    make(installed, "lint")


def test_make_fmt_changes_nothing_in_a_fresh_project(installed: Path) -> None:
    make(installed, "fmt")

    status = run(["git", "status", "--porcelain"], installed).stdout
    assert status == "", f"`make fmt` rewrote generated files:\n{status}"


def test_lock_file_matches_the_declared_dependencies(
    installed: Path, combination: Combination
) -> None:
    command = STACK_SPECS[combination.language].lock_check
    assert command, f"{combination.language} has no lock-file check"
    run(list(command), installed, env=project_env(installed), inherit=False)


def test_workflows_pass_actionlint(rendered: Path) -> None:
    actionlint = shutil.which("actionlint") or str(TOOLS_BIN / "actionlint")
    assert Path(actionlint).exists(), "actionlint is missing: run `make tools` first"
    workflows = sorted((rendered / ".github" / "workflows").glob("*.yml"))

    assert workflows
    run([actionlint, *map(str, workflows)], rendered)
