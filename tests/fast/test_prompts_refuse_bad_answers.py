"""Invalid answers are refused with a message that says what to type; nothing is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.paths import TEMPLATE_ROOT
from tests.helpers.project import git_commit_all, render, run
from tests.helpers.roadmap import roadmap

REFUSALS: list[tuple[str, Any, str]] = [
    ("project_name", "", "Type a name for the project"),
    ("project_name", 'The "Best" API', "cannot contain double quotes"),
    ("project_slug", "My API", "for example: my-api"),
    ("project_slug", "my_api", "for example: my-api"),
    ("package_name", "My-Package", "for example: my_api"),
    ("package_name", "class", "would shadow"),
    ("package_name", "fastapi", "would shadow"),
    ("description", "", "cannot be empty"),
    ("description", "line one\nline two", "one line"),
    ("author_name", "", "cannot be empty"),
    ("author_email", "ada-at-example", "ada@example.com"),
    *[
        ("language", stack.key, f"the {stack.name} stack is not built yet; available now: python")
        for stack in roadmap.STACKS.values()
        if not stack.built_up_to
    ],
    ("language", "cobol", "is not in"),
    ("go_module", "not a module", "for example: github.com/ada/conduit-api"),
    ("java_group", "Example", "for example: com.example"),
    ("stage", 0, "is not in"),
    ("stage", 12, "is not in"),
    ("api_extras", ["graphql"], "graphql is not built yet"),
    ("api_extras", ["grpc"], "grpc is not built yet"),
    ("database", "oracle", "is not in"),
    ("cache", "memcached", "is not in"),
    ("auth", "basic", "is not in"),
    ("oauth_provider", "facebook", "is not in"),
    ("password_hashing", "md5", "is not in"),
    ("broker", "nats", "is not in"),
    ("kubernetes_packaging", "raw", "is not in"),
    ("cloud", "oracle", "is not in"),
    ("load_test_tool", "jmeter", "is not in"),
]


# Every (stack, stage) the template cannot build yet, and one of them to try.
UNBUILT = [
    (stack, number)
    for stack in roadmap.STACKS.values()
    for number in range(stack.built_up_to + 1, 12)
    if stack.built_up_to
]


@pytest.mark.parametrize(
    ("question", "value", "message"),
    REFUSALS,
    ids=[f"{question}={value!r}" for question, value, _ in REFUSALS],
)
def test_bad_answer_is_refused_and_nothing_is_written(
    tmp_path: Path, question: str, value: Any, message: str
) -> None:
    destination = tmp_path / "project"

    with pytest.raises(ValueError, match=question) as refusal:
        render(destination, {question: value})

    assert message in str(refusal.value)
    assert not destination.exists()


@pytest.mark.parametrize(
    ("stack", "stage"),
    UNBUILT[:1] + UNBUILT[-1:],
    ids=[f"{stack.key}-s{stage}" for stack, stage in UNBUILT[:1] + UNBUILT[-1:]],
)
def test_unbuilt_stage_is_refused_naming_what_is_available(
    tmp_path: Path, stack: roadmap.Stack, stage: int
) -> None:
    with pytest.raises(ValueError, match=f"is not built yet for {stack.name}") as refusal:
        render(tmp_path / "project", {"language": stack.key, "stage": stage})

    assert "built now: stage" in str(refusal.value)
    assert not (tmp_path / "project").exists()


def test_command_line_shows_the_refusal_and_exits_non_zero(tmp_path: Path) -> None:
    result = run(
        [
            "uv",
            "run",
            "--frozen",
            "copier",
            "copy",
            "--trust",
            "--defaults",
            "-r",
            "HEAD",
            "--data",
            "project_slug=Not A Slug",
            str(TEMPLATE_ROOT),
            str(tmp_path / "project"),
        ],
        TEMPLATE_ROOT,
        check=False,
    )

    assert result.returncode != 0
    assert "'Not A Slug' is not a valid slug" in result.stderr
    assert not (tmp_path / "project").exists()


def test_regenerating_over_a_project_refuses_a_lower_stage(tmp_path: Path) -> None:
    project = render(tmp_path / "project", {})
    answers_file = project / ".copier-answers.yml"
    answers = yaml.safe_load(answers_file.read_text(encoding="utf-8"))
    answers_file.write_text(yaml.safe_dump({**answers, "stage": 3}), encoding="utf-8")
    git_commit_all(project, "a project that has reached stage 3")

    with pytest.raises(ValueError, match="already at stage 3") as refusal:
        render(project, {"stage": 1})

    assert "type 3 or higher" in str(refusal.value)


def test_regenerating_over_a_project_refuses_another_language(tmp_path: Path) -> None:
    project = render(tmp_path / "project", {})
    answers_file = project / ".copier-answers.yml"
    answers = yaml.safe_load(answers_file.read_text(encoding="utf-8"))
    answers_file.write_text(yaml.safe_dump({**answers, "language": "java"}), encoding="utf-8")
    git_commit_all(project, "a project written in Java")

    with pytest.raises(ValueError, match="written in java") as refusal:
        render(project, {"language": "python"})

    assert "cannot change the language" in str(refusal.value)
