"""At a real terminal prompt, a bad answer is refused on the spot and asked again."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect

from tests.helpers.paths import TEMPLATE_ROOT

COPIER = str(Path(sys.executable).with_name("copier"))
ENTER = "\r"


def test_prompt_refuses_a_bad_slug_then_accepts_a_good_one(tmp_path: Path) -> None:
    destination = tmp_path / "project"
    child = pexpect.spawn(
        COPIER,
        ["copy", "--trust", "-r", "HEAD", str(TEMPLATE_ROOT), str(destination)],
        cwd=str(TEMPLATE_ROOT),
        env={**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1"},  # no cursor-position round trips
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 200),
    )
    child.expect("human-readable name")
    child.send(ENTER)  # keep the default project name
    child.expect("short machine name")
    child.send("\x15Not A Slug" + ENTER)  # Ctrl-U clears the default first

    child.expect("is not a valid slug")
    child.send("\x15my-blog" + ENTER)
    for prompt in ("package", "says what the service is", "Your name", "e-mail"):
        child.expect(prompt)
        child.send(ENTER)
    child.expect("language stack")
    child.send(ENTER)
    child.expect("roadmap stage")
    child.expect("not built yet")  # unbuilt stages are listed, with the reason
    child.send(ENTER)
    child.expect(pexpect.EOF, timeout=60)
    child.close()

    assert child.exitstatus == 0, child.before
    answers = (destination / ".copier-answers.yml").read_text(encoding="utf-8")
    assert "project_slug: my-blog" in answers
