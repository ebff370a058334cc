"""Where the conformance suite points: generated services, or any server you name.

By default every buildable (stack, stage >= 2) golden project is generated,
installed and started with `make run` (rate limiting off), once per storage
choice. Point the suite at any RealWorld server instead with
`CONFORMANCE_BASE_URL=http://host:port CONFORMANCE_STAGE=5 pytest tests/conformance`:
the suite knows nothing of the stack behind the URL.

Tests that need users mark themselves `@pytest.mark.stage(5)`; tests of the
anonymous stages before them `@pytest.mark.before_stage(5)`. Items whose target
is outside that range are deselected, not skipped: they do not apply there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conformance.client import Conduit, Target
from tests.helpers.combinations import Combination, per_database
from tests.helpers.project import make, render, use_own_database
from tests.helpers.roadmap import roadmap
from tests.helpers.service import make_run
from tests.helpers.services import require_services


def golden_targets() -> list[Combination]:
    """Each stack at its highest built stage (it has every operation), once per database."""
    targets = []
    for stack in roadmap.STACKS.values():
        stage = stack.built_up_to
        if stage < 2:
            continue
        targets += per_database(stack.key, stage)
    return targets


TARGETS = (
    [Combination("external", int(os.environ.get("CONFORMANCE_STAGE", "5")), label="url")]
    if os.environ.get("CONFORMANCE_BASE_URL")
    else golden_targets()
)


@pytest.fixture(scope="session", params=TARGETS, ids=[t.id for t in TARGETS])
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Target]:
    combo: Combination = request.param
    if combo.language == "external":
        yield Target("external", os.environ["CONFORMANCE_BASE_URL"].rstrip("/"), combo.stage)
        return
    require_services(combo.data())
    project = render(tmp_path_factory.mktemp(combo.id) / "project", combo.data())
    use_own_database(project, f"conformance-{combo.id}")
    make(project, "setup")
    if roadmap.derive_context(combo.data())["features"]["database"]:
        make(project, "migrate")
    with make_run(project, env={"RATE_LIMIT_PER_MINUTE": "0", "LOG_LEVEL": "WARNING"}) as service:
        yield Target(combo.id, service.base_url, combo.stage)


@pytest.fixture(scope="session")
def anonymous(target: Target) -> Iterator[httpx.Client]:
    """A client that sends no credentials."""
    with httpx.Client(base_url=target.base_url, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def conduit(anonymous: httpx.Client, target: Target) -> Conduit:
    return Conduit(anonymous, target)


@pytest.fixture(scope="session")
def http(conduit: Conduit, target: Target) -> Iterator[httpx.Client]:
    """Acts as `conduit`'s default author: sends no token before stage 5, its token from 5 on.

    So a test of one writer edits what the helpers wrote for it at every stage.
    """
    with httpx.Client(base_url=target.base_url, timeout=10, headers=conduit.auth()) as client:
        yield client


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "stage(n): needs a target at roadmap stage n or later (deselected below it)"
    )
    config.addinivalue_line(
        "markers", "before_stage(n): holds only below roadmap stage n (deselected from it on)"
    )


def applies(item: pytest.Item) -> bool:
    """Whether the stage of the item's target is within its `stage`/`before_stage` markers."""
    callspec = getattr(item, "callspec", None)
    combo = callspec.params.get("target") if callspec is not None else None
    if not isinstance(combo, Combination):
        return True
    return all(combo.stage >= mark.args[0] for mark in item.iter_markers("stage")) and all(
        combo.stage < mark.args[0] for mark in item.iter_markers("before_stage")
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    kept, deselected = [], []
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.conformance)
            if not applies(item):
                deselected.append(item)
                continue
        kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
