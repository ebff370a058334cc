"""Render the `uv.lock` of a generated Python project from one universal lock.

The dependencies of a generated project depend on its answers (stage,
database, cache, broker, ...). Instead of one lock per combination, the
template ships one lock resolved over the union of every dependency any
combination can declare (`template/python/_partials/uv-universe.lock`, made by
`scripts/lock-python`). For one project, this module keeps the packages its
own `pyproject.toml` reaches and writes the project's entry, so the project's
lock is a consistent subset of one tested resolution. The fast tier runs
`uv lock --check` on every rendered combination, which proves the result.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

_PACKAGE_HEADER = re.compile(r"^\[\[package\]\]\n", re.MULTILINE)


def split_lock(text: str) -> tuple[str, list[str]]:
    """The lock's preamble, and the text of each `[[package]]` entry."""
    parts = _PACKAGE_HEADER.split(text)
    return parts[0], ["[[package]]\n" + part.rstrip("\n") + "\n" for part in parts[1:]]


def _entry(block: str) -> dict[str, Any]:
    entry: dict[str, Any] = tomllib.loads(block)["package"][0]
    return entry


def _requirement_names(requirements: Iterable[str]) -> set[tuple[str, frozenset[str]]]:
    parsed = (Requirement(text) for text in requirements)
    return {(canonicalize_name(req.name), frozenset(req.extras)) for req in parsed}


def reachable(
    entries: dict[str, list[dict[str, Any]]], roots: set[tuple[str, frozenset[str]]]
) -> set[str]:
    """Every package name reachable from `roots`, following extras that are asked for."""
    return {name for name, _ in activated(entries, roots)}


def activated(
    entries: dict[str, list[dict[str, Any]]], roots: set[tuple[str, frozenset[str]]]
) -> set[tuple[str, str | None]]:
    """Every (package, extra) reachable from `roots`; `None` stands for the package itself."""
    seen: set[tuple[str, str | None]] = set()
    todo: list[tuple[str, str | None]] = [
        (name, extra) for name, extras in roots for extra in (None, *extras)
    ]
    while todo:
        name, extra = todo.pop()
        if (name, extra) in seen or name not in entries:
            continue
        seen.add((name, extra))
        for entry in entries[name]:
            if extra is None:
                deps = entry.get("dependencies", [])
            else:
                deps = entry.get("optional-dependencies", {}).get(extra, [])
            for dep in deps:
                dep_name = canonicalize_name(dep["name"])
                todo.append((dep_name, None))
                todo.extend((dep_name, dep_extra) for dep_extra in dep.get("extra", []))
    return seen


_EXTRA_LIST = re.compile(r"^(?P<extra>[A-Za-z0-9_.-]+) = \[\n(?:    .*\n)*?\]\n", re.MULTILINE)


def without_unused_extras(block: str, used: set[str]) -> str:
    """A package entry with only the optional-dependency groups this project asks for.

    uv lists an extra's dependencies only when some requirement asks for that
    extra; the universe asks for more extras than any one project does.
    """
    header = "[package.optional-dependencies]\n"
    if header not in block:
        return block
    start = block.index(header) + len(header)
    end = block.find("\n[", start)
    end = len(block) if end == -1 else end + 1
    groups = [m for m in _EXTRA_LIST.finditer(block[start:end]) if m["extra"] in used]
    kept = "".join(m.group(0) for m in groups)
    if not kept:
        return block[: start - len(header)].rstrip("\n") + "\n" + block[end:]
    return block[:start] + kept + block[end:]


def _inline(items: dict[str, Any]) -> str:
    parts = []
    for key, value in items.items():
        if isinstance(value, list):
            rendered = "[" + ", ".join(f'"{item}"' for item in value) + "]"
        else:
            rendered = f'"{value}"'
        parts.append(f"{key} = {rendered}")
    return "{ " + ", ".join(parts) + " }"


def _array(lines: list[str]) -> str:
    return "[\n" + "".join(f"    {line},\n" for line in lines) + "]"


def _requirements(reqs: list[Requirement], *, metadata: bool) -> str:
    return _array([_inline(_item(req, metadata=metadata)) for req in reqs])


def _item(req: Requirement, *, metadata: bool) -> dict[str, Any]:
    """A requirement as uv writes it: in `dependencies`, or (`metadata`) in `requires-dist`.

    The two forms differ in the name of the extras key and in the specifier.
    """
    item: dict[str, Any] = {"name": canonicalize_name(req.name)}
    if req.extras:
        item["extras" if metadata else "extra"] = sorted(req.extras)
    if req.marker:
        item["marker"] = str(req.marker)
    if metadata and req.specifier:
        item["specifier"] = str(req.specifier)
    return item


def _sorted_requirements(texts: Iterable[str]) -> list[Requirement]:
    return sorted((Requirement(text) for text in texts), key=lambda r: canonicalize_name(r.name))


def project_entry(pyproject: dict[str, Any]) -> str:
    """The lock entry uv writes for the project itself (an editable source)."""
    project = pyproject["project"]
    dependencies = _sorted_requirements(project.get("dependencies", []))
    groups = {
        group: _sorted_requirements(texts)
        for group, texts in sorted(pyproject.get("dependency-groups", {}).items())
    }
    lines = [
        "[[package]]",
        f'name = "{canonicalize_name(project["name"])}"',
        f'version = "{project["version"]}"',
        'source = { editable = "." }',
    ]
    if dependencies:
        lines.append("dependencies = " + _requirements(dependencies, metadata=False))
    if groups:
        lines += ["", "[package.dev-dependencies]"]
        lines += [
            f"{group} = " + _requirements(reqs, metadata=False) for group, reqs in groups.items()
        ]
    lines += ["", "[package.metadata]"]
    lines.append("requires-dist = " + _requirements(dependencies, metadata=True))
    if groups:
        lines += ["", "[package.metadata.requires-dev]"]
        lines += [
            f"{group} = " + _requirements(reqs, metadata=True) for group, reqs in groups.items()
        ]
    return "\n".join(lines) + "\n"


def lock_for(universe: str, pyproject_text: str) -> str:
    """The `uv.lock` of the project whose `pyproject.toml` is `pyproject_text`."""
    pyproject = tomllib.loads(pyproject_text)
    preamble, blocks = split_lock(universe)
    entries: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, list[str]] = {}
    for block in blocks:
        entry = _entry(block)
        if entry.get("source", {}).get("editable") == ".":
            continue  # the universe's own project entry: replaced below
        name = canonicalize_name(entry["name"])
        entries.setdefault(name, []).append(entry)
        texts.setdefault(name, []).append(block)

    project = pyproject["project"]
    roots = _requirement_names(project.get("dependencies", []))
    for group in pyproject.get("dependency-groups", {}).values():
        roots |= _requirement_names(group)
    seen = activated(entries, roots)
    keep = {name for name, _ in seen}
    extras: dict[str, set[str]] = {}
    for package, extra in seen:
        if extra is not None:
            extras.setdefault(package, set()).add(extra)

    own = canonicalize_name(project["name"])
    selected = {
        name: [without_unused_extras(text, extras.get(name, set())) for text in texts[name]]
        for name in keep
    }
    selected[own] = [project_entry(pyproject)]
    body = "\n".join(block for name in sorted(selected) for block in selected[name])
    return preamble.rstrip("\n") + "\n\n" + body
