"""What a learner does to a project between updates, in learner-owned places.

Each stack names the places the generated README promises updates never touch;
the learner writes a new endpoint there, with its test, and edits `.env` and
their notes. `assert_kept` checks all of it survived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tests.helpers.roadmap import roadmap

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


def go_learner_edits(project: Path, package: str, step: int) -> LearnerEdits:
    """The same as Python's, in Go: a handler and its test beside it in `custom/`."""
    del package  # Go names its packages by folder; the module path is in go.mod
    module = (project / "go.mod").read_text(encoding="utf-8").splitlines()[0].split()[1]
    edits = LearnerEdits()
    edits.write(
        project,
        f"custom/echo{step}.go",
        f"""package custom

import "net/http"

// echo{step} is the body of GET /custom/echo{step}.
type echo{step} struct {{
	Text string `json:"text"`
	Step int    `json:"step"`
}}

// handleEcho{step} is a learner's own endpoint, written before update {step}.
func handleEcho{step}(w http.ResponseWriter, r *http.Request) {{
	writeJSON(w, echo{step}{{Text: r.URL.Query().Get("text"), Step: {step}}})
}}
""",
    )
    steps = sorted(
        int(path.stem.removeprefix("echo"))
        for path in (project / "custom").glob("echo*.go")
        if not path.stem.endswith("_test")
    )
    routes = "".join(
        f'\tmux.HandleFunc("GET /custom/echo{number}", handleEcho{number})\n' for number in steps
    )
    edits.write(
        project,
        "custom/routes.go",
        f"""// Package custom holds my endpoints, served under /custom.
package custom

import "net/http"

// AddRoutes registers this package's endpoints on mux, each under /custom.
func AddRoutes(mux *http.ServeMux) {{
	mux.HandleFunc("GET /custom/hello", handleHello)
{routes}}}
""",
    )
    edits.write(
        project,
        f"custom/echo{step}_test.go",
        f"""package custom_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"{module}/custom"
)

func TestEcho{step}ReturnsTheText(t *testing.T) {{
	mux := http.NewServeMux()
	custom.AddRoutes(mux)
	request := httptest.NewRequest(http.MethodGet, "/custom/echo{step}?text=kept", nil)
	response := httptest.NewRecorder()

	mux.ServeHTTP(response, request)

	want := `{{"text":"kept","step":{step}}}`
	if got := strings.TrimSpace(response.Body.String()); response.Code != 200 || got != want {{
		t.Errorf("got %d %s, want 200 %s", response.Code, got, want)
	}}
}}
""",
    )
    edits.append(project, ".env", f"\n# learner setting {step}\nLOG_LEVEL=DEBUG\n")
    edits.append(project, "docs/notes.md", f"\n{NOTE}")
    return edits


def java_learner_edits(project: Path, package: str, step: int) -> LearnerEdits:
    """A new controller in `custom/`, its test, an `.env` change and a note."""
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text(encoding="utf-8"))
    context = roadmap.derive_context(answers)
    java_package, java_path = context["java_package"], context["java_package_path"]
    edits = LearnerEdits()
    edits.write(
        project,
        f"src/main/java/{java_path}/custom/Echo{step}Controller.java",
        f"""package {java_package}.custom;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A learner's own endpoint, written before update {step}. */
@RestController
class Echo{step}Controller {{

    @GetMapping("/echo{step}")
    Echo echo(@RequestParam String text) {{
        return new Echo(text, {step});
    }}

    record Echo(String text, int step) {{}}
}}
""",
    )
    edits.write(
        project,
        f"src/test/java/{java_path}/custom/Echo{step}ControllerTest.java",
        f"""package {java_package}.custom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(Echo{step}Controller.class)
class Echo{step}ControllerTest {{

    @Autowired
    MockMvcTester mvc;

    @Test
    void returnsTheText() {{
        assertThat(mvc.get().uri("/custom/echo{step}").param("text", "kept"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("{{\\"text\\":\\"kept\\",\\"step\\":{step}}}");
    }}
}}
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
