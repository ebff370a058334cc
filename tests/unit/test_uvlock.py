"""Rendering a project's uv.lock from the universal lock (extensions/uvlock.py)."""

from __future__ import annotations

import tomllib

from tests.helpers.uvlock import uvlock

UNIVERSE = """version = 1
revision = 3
requires-python = ">=3.11"

[[package]]
name = "a"
version = "1.0"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "b" },
]

[package.optional-dependencies]
fast = [
    { name = "c" },
]

[[package]]
name = "b"
version = "2.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "c"
version = "3.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "unused"
version = "4.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "universe"
version = "0.0.0"
source = { editable = "." }
"""

PYPROJECT = """
[project]
name = "My_Project"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["a[fast]>=1"]

[dependency-groups]
dev = ["b"]
"""


def test_only_packages_the_project_reaches_are_kept() -> None:
    lock = tomllib.loads(uvlock.lock_for(UNIVERSE, PYPROJECT))

    assert [package["name"] for package in lock["package"]] == ["a", "b", "c", "my-project"]
    assert lock["requires-python"] == ">=3.11"


def test_extras_are_followed_only_when_asked_for() -> None:
    without = PYPROJECT.replace("a[fast]>=1", "a>=1")

    names = [p["name"] for p in tomllib.loads(uvlock.lock_for(UNIVERSE, without))["package"]]

    assert "c" not in names


def test_the_project_entry_records_its_requirements_as_uv_does() -> None:
    lock = uvlock.lock_for(UNIVERSE, PYPROJECT)

    assert '{ name = "a", extra = ["fast"] }' in lock
    assert '{ name = "a", extras = ["fast"], specifier = ">=1" }' in lock
    assert 'dev = [\n    { name = "b" },\n]' in lock
    project = tomllib.loads(lock)["package"][-1]
    assert project["source"] == {"editable": "."}
    assert project["metadata"]["requires-dev"]["dev"] == [{"name": "b"}]
