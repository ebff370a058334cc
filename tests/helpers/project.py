"""Render projects from the template and drive them like a learner would."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from copier import run_copy

from tests.helpers.databases import DATABASE_URLS, database_name, fresh_database
from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.roadmap import roadmap

# Leftover template syntax: an unrendered Jinja expression, tag or comment.
JINJA_LEFTOVER = re.compile(r"\{\{-?\s*[A-Za-z_(]|\{%-?\s*[a-z]|\{#-?\s")


def render(
    dst: Path,
    data: Mapping[str, Any],
    *,
    src: Path = TEMPLATE_ROOT,
    vcs_ref: str | None = "HEAD",
) -> Path:
    """Generate a project the way `copier copy --trust --defaults --data ...` does."""
    run_copy(
        src_path=str(src),
        dst_path=str(dst),
        data=dict(data),
        defaults=True,
        unsafe=True,
        quiet=True,
        vcs_ref=vcs_ref,
    )
    return dst


def run(
    args: Sequence[str],
    cwd: Path,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
    check: bool = True,
    inherit: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output when it fails.

    `env` adds to this process's environment, or replaces it (`inherit=False`).
    """
    result = subprocess.run(
        list(args),
        cwd=cwd,
        env={**(os.environ if inherit else {}), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"`{' '.join(args)}` failed in {cwd} with exit code {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
        )
    return result


def project_env(project: Path | None = None) -> dict[str, str]:
    """The environment a generated project's commands run in.

    No virtualenv of ours leaks in. From stage 3, `DATABASE_URL` names the
    project's own database (`use_own_database`), else the server of the
    database it chose: `scripts/services env` exports one URL per database
    (`POSTGRESQL_URL`, `MYSQL_URL`, `MONGODB_URL`).
    """
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    if project is not None:
        answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
        if roadmap.derive_context(answers)["features"]["database"]:
            url = DATABASE_URLS.get(str(project)) or os.environ.get(
                f"{str(answers['database']).upper()}_URL"
            )
            if url:
                env["DATABASE_URL"] = url
    return env


def use_own_database(project: Path, combination_id: str) -> None:
    """Give `project` an empty database of its own on its server (see `databases.py`)."""
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
    if not roadmap.derive_context(answers)["features"]["database"]:
        return
    server = os.environ[f"{str(answers['database']).upper()}_URL"]
    DATABASE_URLS[str(project)] = fresh_database(server, database_name(combination_id))


def make(
    project: Path, *targets: str, timeout: float = 900, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run(
        ["make", *targets],
        project,
        env={**project_env(project), **(env or {})},
        timeout=timeout,
        inherit=False,
    )


def git_commit_all(project: Path, message: str) -> None:
    if not (project / ".git").exists():
        run(["git", "init", "-q", "-b", "main"], project)
    run(["git", "add", "-A"], project)
    run(
        [
            "git",
            "-c",
            "user.name=Learner",
            "-c",
            "user.email=learner@example.com",
            "commit",
            "-q",
            "--no-verify",
            "-m",
            message,
        ],
        project,
    )


def files_of(project: Path) -> set[str]:
    """Every file of a generated project, relative, ignoring tool caches and build output."""
    ignored = {
        ".git",
        ".venv",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        "__pycache__",
        "target",
        "node_modules",
        "dist",
    }
    return {
        path.relative_to(project).as_posix()
        for path in project.rglob("*")
        if path.is_file() and not ignored.intersection(path.relative_to(project).parts)
    }
