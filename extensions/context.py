"""Copier glue: puts `roadmap.py` into the Jinja environment.

Two Jinja extensions, both listed in `copier.yml`:
- `RoadmapContext` adds the derived names (`features`, `stage_info`, `stages`,
  `stack`) to every rendering context, prompts and validators included;
- `RoadmapChecks` makes the validators and filters (`slugify`, `uv_lock_for`)
  callable from Jinja.

`roadmap.py` is loaded by file path, afresh for every environment: during
`copier update` the old and the new template revision render in one process,
and each must see its own rules.
"""

from __future__ import annotations

import hashlib
import sys
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType
from typing import Any

from copier_template_extensions import ContextHook
from jinja2 import Environment
from jinja2.ext import Extension


def _load(module: str) -> ModuleType:
    """Load `extensions/<module>.py` under a name unique to this template checkout."""
    path = Path(__file__).resolve().with_name(f"{module}.py")
    digest = hashlib.sha1(str(path).encode(), usedforsecurity=False).hexdigest()[:12]
    name = f"_backend_roadmap_{module}_{digest}"
    spec = spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    loaded = module_from_spec(spec)
    sys.modules[name] = loaded  # dataclasses look their module up here
    spec.loader.exec_module(loaded)
    return loaded


class RoadmapContext(ContextHook):
    """Derive what the chosen stage enables; templates read only these names."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        self.roadmap = _load("roadmap")

    def hook(self, context: dict[str, Any]) -> None:
        context.update(self.roadmap.derive_context(context))


class RoadmapChecks(Extension):
    """Validators and filters for `copier.yml`, written in Python, not Jinja."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        roadmap = _load("roadmap")
        environment.filters["slugify"] = roadmap.slugify
        environment.filters["uv_lock_for"] = _load("uvlock").lock_for
        environment.globals.update(
            check_project_name=roadmap.check_project_name,
            check_project_slug=roadmap.check_project_slug,
            check_package_name=roadmap.check_package_name,
            check_one_line=roadmap.check_one_line,
            check_email=roadmap.check_email,
            check_go_module=roadmap.check_go_module,
            check_java_group=roadmap.check_java_group,
            unbuilt_language=roadmap.unbuilt_language,
            unbuilt_stage=roadmap.unbuilt_stage,
            language_choices=roadmap.language_choices,
            stage_choices=roadmap.stage_choices,
            extra_choices=roadmap.extra_choices,
            check_update=lambda name, value, conf: _check_update(roadmap, name, value, conf),
        )


def _check_update(roadmap: ModuleType, name: str, value: Any, conf: Any) -> str:
    recorded = roadmap.recorded_answers(conf.get("dst_path"), conf.get("answers_file"))
    if name == "stage":
        return str(roadmap.check_update_stage(int(value), recorded))
    return str(roadmap.check_update_language(str(value), recorded))
