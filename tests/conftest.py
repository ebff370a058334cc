"""Fixtures shared by every tier of the template's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.combinations import Combination, buildable_combinations

COMBINATIONS = buildable_combinations()


@pytest.fixture(scope="session", params=COMBINATIONS, ids=[combo.id for combo in COMBINATIONS])
def combination(request: pytest.FixtureRequest) -> Combination:
    combo: Combination = request.param
    return combo


@pytest.fixture(scope="session")
def rendered(combination: Combination, copie_session: Any) -> Path:
    """A freshly generated project for one combination (pytest-copie), shared by fast tests."""
    result = copie_session.copy(extra_answers=combination.data())
    assert result.exception is None, f"{combination.id} failed to render: {result.exception!r}"
    project: Path = result.project_dir
    return project
