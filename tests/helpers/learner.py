"""What a learner does to a project between updates, in learner-owned places.

Each stack names the places the generated README promises updates never touch;
the learner writes a new endpoint there, with its test, and edits `.env` and
their notes. `assert_kept` checks all of it survived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

NOTE = "My note: stage by stage, the skeleton grows.\n"


@dataclass
class LearnerEdits:
    """Files the learner wrote, with their exact content."""

    files: dict[str, str] = field(default_factory=dict)

    def write(self, project: Path, relative: str, text: str) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.files[relative] = text

    def append(self, project: Path, relative: str, text: str) -> None:
        path = project / relative
        self.write(project, relative, path.read_text(encoding="utf-8") + text)

    def assert_kept(self, project: Path) -> None:
        for relative, text in self.files.items():
            assert (project / relative).read_text(encoding="utf-8") == text, relative


def python_learner_edits(project: Path, package: str, step: int) -> LearnerEdits:
    """A new endpoint in `custom/`, its test, an `.env` change and a note."""
    edits = LearnerEdits()
    edits.write(
        project,
        f"src/{package}/custom/echo{step}.py",
        f'''"""A learner's own endpoint, written before update {step}."""

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class Echo(BaseModel):
    text: str
    step: int


@router.get("/echo{step}")
async def echo(text: str) -> Echo:
    return Echo(text=text, step={step})
''',
    )
    modules = sorted(path.stem for path in (project / f"src/{package}/custom").glob("*.py"))
    modules.remove("__init__")
    includes = "".join(f"router.include_router({name}.router)\n" for name in modules)
    edits.write(
        project,
        f"src/{package}/custom/__init__.py",
        f'''"""My endpoints."""

from fastapi import APIRouter

from {package}.custom import {", ".join(modules)}

router = APIRouter(prefix="/custom", tags=["custom"])
{includes}''',
    )
    edits.write(
        project,
        f"tests/custom/test_echo{step}.py",
        f"""import httpx


async def test_echo{step}_returns_the_text(client: httpx.AsyncClient) -> None:
    response = await client.get("/custom/echo{step}", params={{"text": "kept"}})

    assert response.status_code == 200
    assert response.json() == {{"text": "kept", "step": {step}}}
""",
    )
    edits.append(project, ".env", f"\n# learner setting {step}\nLOG_LEVEL=DEBUG\n")
    edits.append(project, "docs/notes.md", f"\n{NOTE}")
    return edits


def typescript_learner_edits(project: Path, package: str, step: int) -> LearnerEdits:
    """A new route plugin in `src/custom/`, its test, an `.env` change and a note."""
    del package  # a TypeScript project has no package folder
    edits = LearnerEdits()
    edits.write(
        project,
        f"src/custom/echo{step}.ts",
        f"""/** A learner's own endpoint, written before update {step}. */

import type {{ FastifyPluginAsyncTypebox }} from "@fastify/type-provider-typebox";
import Type from "typebox";

const Query = Type.Object({{ text: Type.String() }});

const Echo = Type.Object({{ text: Type.String(), step: Type.Integer() }});

export const echo{step}: FastifyPluginAsyncTypebox = async (app) => {{
  app.get(
    "/echo{step}",
    {{ schema: {{ querystring: Query, response: {{ 200: Echo }} }} }},
    async (request) => ({{ text: request.query.text, step: {step} }}),
  );
}};
""",
    )
    # Biome sorts imports naturally: echo2 before echo10.
    plugins = sorted(
        (path.stem for path in (project / "src/custom").glob("*.ts") if path.stem != "index"),
        key=lambda name: [
            int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)
        ],
    )
    imports = "".join(f'import {{ {name} }} from "./{name}.ts";\n' for name in plugins)
    registers = "".join(f"  await app.register({name});\n" for name in plugins)
    edits.write(
        project,
        "src/custom/index.ts",
        f"""/** My endpoints. */

import type {{ FastifyPluginAsync }} from "fastify";
{imports}
export const custom: FastifyPluginAsync = async (app) => {{
{registers}}};
""",
    )
    edits.write(
        project,
        f"test/custom/echo{step}.test.ts",
        f"""import {{ expect, it }} from "vitest";
import {{ testApp }} from "../factories.ts";

it("echo{step} returns the text", async () => {{
  const {{ app }} = await testApp();

  const response = await app.inject({{ url: "/custom/echo{step}", query: {{ text: "kept" }} }});

  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({{ text: "kept", step: {step} }});
}});
""",
    )
    edits.append(project, ".env", f"\n# learner setting {step}\nLOG_LEVEL=DEBUG\n")
    edits.append(project, "docs/notes.md", f"\n{NOTE}")
    return edits
