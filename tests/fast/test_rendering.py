"""Every buildable combination renders into exactly the files of its stage, all valid."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import yaml

from tests.helpers.combinations import Combination
from tests.helpers.manifest import expected_files
from tests.helpers.project import JINJA_LEFTOVER, files_of
from tests.helpers.roadmap import roadmap

# TOML files whose names do not say so.
TOML_FILES = {"uv.lock", "staticcheck.conf"}


def _answers(project: Path) -> dict[str, str]:
    answers: dict[str, str] = yaml.safe_load(
        (project / ".copier-answers.yml").read_text(encoding="utf-8")
    )
    return answers


def test_project_has_exactly_the_files_of_its_stage(
    rendered: Path, combination: Combination
) -> None:
    answers = _answers(rendered)
    context = roadmap.derive_context(answers)
    expected = expected_files(
        combination.language,
        combination.stage,
        answers["package_name"],
        answers["project_slug"],
        context["java_package_path"],
        {**answers, **context},
    )

    actual = files_of(rendered)

    assert sorted(actual - expected) == [], "files no stage should have generated"
    assert sorted(expected - actual) == [], "files the stage should have generated"


def test_no_template_syntax_is_left_in_any_file(rendered: Path) -> None:
    leftovers = []
    for name in sorted(files_of(rendered)):
        # GitHub Actions expressions (${{ ... }}) are meant to stay in workflows.
        text = (rendered / name).read_text(encoding="utf-8").replace("${{", "$")
        leftovers += [f"{name}: {match.group()}" for match in JINJA_LEFTOVER.finditer(text)]
    assert leftovers == []


def test_no_file_or_folder_name_is_left_templated(rendered: Path) -> None:
    assert [name for name in files_of(rendered) if "{" in name or name.endswith(".jinja")] == []


def test_every_yaml_toml_json_and_xml_file_parses(rendered: Path) -> None:
    parsed = 0
    for name in sorted(files_of(rendered)):
        text = (rendered / name).read_text(encoding="utf-8")
        if name.endswith((".yml", ".yaml")):
            yaml.safe_load(text)
        elif name.endswith(".toml") or name in TOML_FILES:
            tomllib.loads(text)
        elif name.endswith(".json"):
            json.loads(text)
        elif name.endswith(".xml"):
            ElementTree.fromstring(text)  # noqa: S314 - our own rendered file, not untrusted input
        else:
            continue
        parsed += 1
    assert parsed >= 3


def test_answers_file_records_what_was_chosen(rendered: Path, combination: Combination) -> None:
    answers = yaml.safe_load((rendered / ".copier-answers.yml").read_text(encoding="utf-8"))

    assert answers["language"] == combination.language
    assert answers["stage"] == combination.stage
    for name, value in combination.answers.items():
        assert answers[name] == value


def test_readme_checklist_ticks_exactly_the_reached_stages(
    rendered: Path, combination: Combination
) -> None:
    readme = (rendered / "README.md").read_text(encoding="utf-8")

    ticked = [line for line in readme.splitlines() if line.startswith("- [x] ")]
    open_ = [line for line in readme.splitlines() if line.startswith("- [ ] ")]
    assert len(ticked) == combination.stage
    assert len(ticked) + len(open_) == 11


def test_lesson_index_links_only_existing_lessons(rendered: Path) -> None:
    index = (rendered / "docs" / "index.md").read_text(encoding="utf-8")

    links = [part.split(")")[0] for part in index.split("](")[1:]]
    assert links
    assert all((rendered / "docs" / link).is_file() for link in links)


def test_env_example_and_env_start_out_identical(rendered: Path) -> None:
    assert (rendered / ".env").read_text() == (rendered / ".env.example").read_text()
