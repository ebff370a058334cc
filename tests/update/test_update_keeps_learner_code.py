"""`copier update` moves a project forward with zero conflicts and keeps learner code.

The chain per stack: generate at stage 1 from one template release, write
learner code in the learner-owned places, then update to the next template
release, and then one stage at a time up to the highest stage built. After
each step: no `.rej` files or conflict markers, every learner edit kept, every
generated file identical to a fresh copy with the same answers, and the
project's own `make ci` green.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.helpers.learner import LearnerEdits
from tests.helpers.project import files_of, git_commit_all, make, render
from tests.helpers.roadmap import roadmap
from tests.helpers.stacks import STACK_SPECS, StackSpec
from tests.helpers.update import TemplateHistory, merge_leftovers, update

pytestmark = pytest.mark.update

TEMPLATE_CHANGE = "A line the next template release adds to every README."
HOOK_CHANGE = "Hook points are listed in the order their stages were reached."


def _release_next_revision(history: TemplateHistory, spec: StackSpec) -> str:
    """A template release that changes shared and stack files, owned ones included."""
    history.edit(
        "template/shared/README.md.jinja",
        lambda text: text.replace("## Quick start", f"{TEMPLATE_CHANGE}\n\n## Quick start"),
    )
    history.edit(
        spec.hook_template,
        lambda text: text.replace(
            f"\n{spec.hook_anchor}", f"\n{spec.comment} {HOOK_CHANGE}\n{spec.hook_anchor}", 1
        ),
    )
    history.edit(spec.owned_template, lambda text: text.replace(spec.owned_old, spec.owned_new))
    history.edit(
        "template/shared/env.example.jinja",
        lambda text: text + "\n# Added by the next release.\nNEW_SETTING=1\n",
    )
    return history.commit("the next release")


def _assert_update_is_clean(
    project: Path,
    spec: StackSpec,
    edits: list[LearnerEdits],
    history: TemplateHistory,
    ref: str,
    tmp: Path,
) -> None:
    leftovers = merge_leftovers(project)
    assert leftovers.rejects == [], "copier update left rejected hunks"
    assert leftovers.conflicts == [], "copier update left conflict markers"
    latest = LearnerEdits()
    for edit in edits:  # a later edit of the same file is what must survive
        latest.files.update(edit.files)
    latest.assert_kept(project)

    answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
    package = answers["package_name"]
    data = {key: value for key, value in answers.items() if not key.startswith("_")}
    fresh = render(tmp / f"fresh-{ref}-{answers['stage']}", data, src=history.root, vcs_ref=ref)
    generated = {name for name in files_of(fresh) if not spec.owns(name, package)}
    updated = {name for name in files_of(project) if not spec.owns(name, package)}
    assert sorted(updated ^ generated) == [], "updated and fresh projects differ in files"
    differing = [
        name
        for name in sorted(generated)
        if (project / name).read_bytes() != (fresh / name).read_bytes()
    ]
    assert differing == [], "updated files differ from a fresh copy"


@pytest.mark.parametrize(
    "language", [key for key, stack in roadmap.STACKS.items() if stack.built_up_to]
)
def test_update_chain_keeps_learner_code_with_zero_conflicts(language: str, tmp_path: Path) -> None:
    spec = STACK_SPECS[language]
    history = TemplateHistory(tmp_path / "template")
    project = render(
        tmp_path / "project", {"language": language}, src=history.root, vcs_ref="v0.1.0"
    )
    git_commit_all(project, "generated at stage 1")
    package = yaml.safe_load((project / ".copier-answers.yml").read_text())["package_name"]
    owned_before = {
        name: (project / name).read_bytes()
        for name in files_of(project)
        if spec.owns(name, package)
    }

    edits = [spec.learner_edits(project, package, 1)]
    git_commit_all(project, "learner code before the first update")
    latest = _release_next_revision(history, spec)
    update(project, latest)
    _assert_update_is_clean(project, spec, edits, history, latest, tmp_path)
    assert TEMPLATE_CHANGE in (project / "README.md").read_text()
    assert any(HOOK_CHANGE in (project / name).read_text() for name in files_of(project))
    for name, content in owned_before.items():
        if name not in edits[0].files:
            assert (project / name).read_bytes() == content, f"update wrote to owned {name}"
    assert "NEW_SETTING=1" in (project / ".env.example").read_text()
    assert "NEW_SETTING" not in (project / ".env").read_text()
    git_commit_all(project, "updated to the next release")

    for stage in range(2, roadmap.STACKS[language].built_up_to + 1):
        edits.append(spec.learner_edits(project, package, stage))
        git_commit_all(project, f"learner code before stage {stage}")
        update(project, latest, {"stage": stage})
        _assert_update_is_clean(project, spec, edits, history, latest, tmp_path)
        git_commit_all(project, f"updated to stage {stage}")

    make(project, "setup")
    make(project, "ci")
