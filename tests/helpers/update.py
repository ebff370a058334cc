"""The update harness: template revisions, learner edits, and `copier update`.

`TemplateHistory` copies the template's working tree into a throwaway git
repository, so a test can commit revisions of its own and update a project
from one to the next, exactly as a learner's project moves between releases.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copier import run_update

from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.project import files_of, run

GIT_IDENTITY = ["-c", "user.name=Template Maintainer", "-c", "user.email=maintainer@example.com"]
CONFLICT_MARKER = re.compile(r"^(<{7}|>{7}|={7})( |$)", re.MULTILINE)


class TemplateHistory:
    """A git copy of the template whose revisions the test writes itself."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.revisions = 0
        listed = run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], TEMPLATE_ROOT
        ).stdout
        for name in filter(None, listed.split("\0")):
            source = TEMPLATE_ROOT / name
            if source.is_file():
                target = root / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
        run(["git", "init", "-q", "-b", "main"], root)
        self.commit("the template as it is in the working tree")

    def commit(self, message: str) -> str:
        """Commit the current state as the next release, tagged v0.<n>.0."""
        self.revisions += 1
        run(["git", "add", "-A"], self.root)
        run(["git", *GIT_IDENTITY, "commit", "-q", "--allow-empty", "-m", message], self.root)
        tag = f"v0.{self.revisions}.0"
        run(["git", *GIT_IDENTITY, "tag", "-a", tag, "-m", message], self.root)
        return tag

    def edit(self, relative: str, change: Callable[[str], str]) -> None:
        path = self.root / relative
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def update(project: Path, vcs_ref: str, data: Mapping[str, Any] | None = None) -> None:
    """`copier update --trust --defaults [--data ...] --vcs-ref REF`, as a learner runs it."""
    run_update(
        dst_path=str(project),
        data=dict(data or {}),
        defaults=True,
        overwrite=True,
        unsafe=True,
        quiet=True,
        vcs_ref=vcs_ref,
    )


@dataclass(frozen=True)
class Leftovers:
    rejects: list[str]
    conflicts: list[str]


def merge_leftovers(project: Path) -> Leftovers:
    """What a failed merge leaves behind: `.rej` files and conflict markers."""
    names = files_of(project)
    rejects = sorted(name for name in names if name.endswith((".rej", ".orig")))
    conflicts = sorted(
        name
        for name in names
        if CONFLICT_MARKER.search((project / name).read_text(encoding="utf-8", errors="replace"))
    )
    return Leftovers(rejects, conflicts)
