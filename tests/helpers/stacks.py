"""What the tests need to know about each stack, in one place.

Adding a stack to the tests means adding one `StackSpec` here (and its files
to `manifest.py`); every tier then picks it up once `roadmap.STACKS` says it
is built.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.learner import (
    LearnerEdits,
    go_learner_edits,
    java_learner_edits,
    python_learner_edits,
    typescript_learner_edits,
)
from tests.helpers.roadmap import roadmap


@dataclass(frozen=True)
class StackSpec:
    key: str
    owned_dirs: tuple[str, ...]
    """Learner-owned folders (`{pkg}`: package name, `*`: any path); `.env`, `docs/notes.md` too."""
    learner_edits: Callable[[Path, str, int], LearnerEdits]
    """Write a learner endpoint and its test in the owned places: (project, pkg, step)."""
    hook_template: str
    """A generated, not learner-owned, source file of the stack: an update changes it."""
    hook_anchor: str
    """A line of `hook_template` before which the update test inserts a comment."""
    comment: str
    """How a line comment starts in the stack's source."""
    owned_template: str
    """A learner-owned template file: an update must not apply its changes."""
    owned_old: str
    owned_new: str
    lock_check: tuple[str, ...] | None
    """A command that fails when the lock file does not match the declared dependencies."""
    bench_from_stage: int
    """The stage whose project gains `make bench` (12: not yet)."""
    dev_reloads: bool
    """`make dev` restarts on a saved source file (Java's devtools wait for a compile)."""
    tests_passed: str
    """A regular expression that the output of the project's `make ci` matches when tests passed."""

    def rendered_owned_file(self, answers: Mapping[str, Any]) -> str:
        """Where `owned_template` lands in a generated project with these answers."""
        name = self.owned_template.removeprefix(f"template/{self.key}/").removesuffix(".jinja")
        java_path = roadmap.derive_context(answers)["java_package_path"]
        return name.replace("{{ package_name }}", answers["package_name"]).replace(
            "{{ java_package_path }}", java_path
        )

    def owns(self, name: str, package: str) -> bool:
        folders = [folder.replace("{pkg}", package) for folder in self.owned_dirs]
        return any(fnmatch.fnmatchcase(name, f"{folder}*") for folder in folders) or name in {
            ".env",
            "docs/notes.md",
        }


STACK_SPECS: dict[str, StackSpec] = {
    "python": StackSpec(
        key="python",
        bench_from_stage=3,
        dev_reloads=True,
        owned_dirs=("src/{pkg}/custom/", "tests/custom/"),
        learner_edits=python_learner_edits,
        hook_template="template/python/src/{{ package_name }}/routes.py.jinja",
        hook_anchor="def install_routes",
        comment="#",
        owned_template="template/python/src/{{ package_name }}/custom/hello.py.jinja",
        owned_old="Hello, {name}!",
        owned_new="Hi, {name}!",
        lock_check=("uv", "lock", "--check", "--offline"),
        tests_passed=r"\d+ passed",
    ),
    "java": StackSpec(
        key="java",
        bench_from_stage=12,
        dev_reloads=False,
        owned_dirs=("src/main/java/*/custom/", "src/test/java/*/custom/"),
        learner_edits=java_learner_edits,
        hook_template="template/java/src/main/java/{{ java_package_path }}/Routes.java.jinja",
        hook_anchor="@Configuration(proxyBeanMethods = false)",
        comment="//",
        owned_template=(
            "template/java/src/main/java/{{ java_package_path }}/custom/HelloController.java.jinja"
        ),
        owned_old='"Hello, "',
        owned_new='"Hi, "',
        # Maven has no lock file: the pom is one while every version in it is fixed. The
        # enforcer (bound to `validate`) fails on a plugin without a version, a version
        # range, LATEST/RELEASE or a SNAPSHOT, and on transitive versions that disagree.
        lock_check=("./mvnw", "-q", "-B", "-ntp", "validate"),
        tests_passed=r"Tests run: [1-9]\d*, Failures: 0, Errors: 0",
    ),
    "go": StackSpec(
        key="go",
        bench_from_stage=12,
        dev_reloads=True,
        owned_dirs=("custom/",),
        learner_edits=go_learner_edits,
        hook_template="template/go/http/routes.go.jinja",
        hook_anchor="func (s *Server) addRoutes",
        comment="//",
        owned_template="template/go/custom/hello.go",
        owned_old="Hello, %s!",
        owned_new="Hi, %s!",
        # go.mod and go.sum exactly as `go mod tidy` would write them.
        lock_check=("go", "mod", "tidy", "-diff"),
        tests_passed="\nok  \t",
    ),
    "typescript": StackSpec(
        key="typescript",
        bench_from_stage=12,
        dev_reloads=True,
        owned_dirs=("src/custom/", "test/custom/"),
        learner_edits=typescript_learner_edits,
        hook_template="template/typescript/src/routes.ts",
        hook_anchor="export async function routes",
        comment="//",
        owned_template="template/typescript/src/custom/hello.ts",
        owned_old="Hello, ${request.query.name}!",
        owned_new="Hi, ${request.query.name}!",
        # Fails when package.json declares what package-lock.json does not lock.
        lock_check=("npm", "ls", "--package-lock-only", "--all"),
        tests_passed=r"\d+ passed",  # vitest: "Tests  25 passed (25)", colored
    ),
}
