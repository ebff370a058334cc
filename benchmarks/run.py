"""Benchmarks of the template, run on purpose (`make bench`), never as tests.

Measures, per buildable stack:
- generation: `copier copy --trust --defaults` (the CLI, as a learner runs it);
- update: `copier update` from one template release to the next, on a project
  with learner edits;
- the generated project's `make setup && make ci`, from a cold package cache
  (uv's, npm's, Go's, or Maven's local repository) and a warm one;
- the service's startup time to a 200 on `/readyz`, and its idle resident memory.

Prints a table and writes benchmarks/results/latest.json.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.helpers.project import git_commit_all, project_env, render  # noqa: E402
from tests.helpers.roadmap import roadmap  # noqa: E402
from tests.helpers.service import make_run  # noqa: E402
from tests.helpers.stacks import STACK_SPECS  # noqa: E402
from tests.helpers.update import TemplateHistory, update  # noqa: E402

COPIER = str(Path(sys.executable).with_name("copier"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(samples), 3),
        "min_s": round(min(samples), 3),
        "max_s": round(max(samples), 3),
        "runs": len(samples),
    }


def bench_generation(language: str, work: Path) -> dict[str, float]:
    samples = []
    for index in range(REPEAT):
        destination = work / f"gen-{language}-{index}"
        command = [
            COPIER,
            "copy",
            "--trust",
            "--defaults",
            "--quiet",
            "-r",
            "HEAD",
            "--data",
            f"language={language}",
            str(ROOT),
            str(destination),
        ]
        samples.append(timed(partial(subprocess.run, command, check=True, capture_output=True)))
    return summary(samples)


def bench_update(language: str, work: Path) -> dict[str, float]:
    samples = []
    for index in range(max(3, REPEAT // 2)):
        history = TemplateHistory(work / f"history-{language}-{index}")
        project = render(
            work / f"upd-{language}-{index}",
            {"language": language},
            src=history.root,
            vcs_ref="v0.1.0",
        )
        git_commit_all(project, "generated")
        answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
        STACK_SPECS[language].learner_edits(project, answers["package_name"], 1)
        git_commit_all(project, "learner edits")
        history.edit("template/shared/README.md.jinja", lambda text: text + "\nNext release.\n")
        ref = history.commit("next release")
        samples.append(timed(partial(update, project, ref)))
    return summary(samples)


def bench_make_ci(language: str, work: Path) -> dict[str, object]:
    project = render(work / f"ci-{language}", {"language": language})
    results: dict[str, object] = {}
    for label, cache in (("cold", work / "empty-cache"), ("warm", None)):
        for installed in (".venv", "node_modules", "target"):
            shutil.rmtree(project / installed, ignore_errors=True)
        env = project_env()
        if cache is not None:
            # Each stack's package cache, pointed at an empty folder.
            env["UV_CACHE_DIR"] = str(cache / "uv")
            env["npm_config_cache"] = str(cache / "npm")
            env["GOCACHE"] = str(cache / "go-build")
            env["GOMODCACHE"] = str(cache / "go-mod")
            # Writable module files, so the temporary folder can be removed.
            env["GOFLAGS"] = f"{env.get('GOFLAGS', '')} -modcacherw".strip()
            # Maven: an empty local repository (the wrapper's Maven itself stays cached).
            env["MAVEN_OPTS"] = f"-Dmaven.repo.local={cache / 'm2'}"
        make_setup_ci = partial(
            subprocess.run,
            ["make", "setup", "ci"],
            cwd=project,
            env=env,
            check=True,
            capture_output=True,
        )
        seconds = timed(make_setup_ci)
        results[f"make_setup_ci_{label}_s"] = round(seconds, 2)
    started = time.perf_counter()
    with make_run(project) as service:
        while httpx.get(f"{service.base_url}/readyz").status_code != 200:
            time.sleep(0.05)
        results["startup_to_ready_s"] = round(time.perf_counter() - started, 2)
        time.sleep(2)
        results["idle_rss_mib"] = round(group_rss_kib(service.process.pid) / 1024, 1)
        service.terminate()
    return results


def group_rss_kib(pgid: int) -> int:
    """Resident memory of the service's processes (make and the package managers excluded)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().split(")")[-1].split()
            comm = (entry / "comm").read_text().strip()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if int(stat[2]) != pgid or comm in {"make", "uv", "npm"}:
            continue
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
        total += int(rss.split()[1])
    return total


def main() -> None:
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="backend-roadmap-bench-") as tmp:
        work = Path(tmp)
        for stack in roadmap.STACKS.values():
            if not stack.built_up_to:
                continue
            row: dict[str, object] = {}
            row["generation"] = bench_generation(stack.key, work)
            row["update"] = bench_update(stack.key, work)
            row.update(bench_make_ci(stack.key, work))
            results[stack.key] = row
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
