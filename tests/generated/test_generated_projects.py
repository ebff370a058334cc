"""Golden combinations, installed from scratch: their own `make ci`, then `make run`.

This is what a learner does on day one, and what a grader does: install from
the lock file, run the project's own checks, start it in production mode and
probe it from outside, then stop it the way an orchestrator does.
"""

from __future__ import annotations

import os
import re
import signal
import time
import uuid
from pathlib import Path

import httpx
import pytest
import yaml
from redis import Redis
from redis.exceptions import RedisError

from tests.helpers.combinations import NAMING_VARIANTS, Combination, per_database
from tests.helpers.project import make, project_env, render, run, use_own_database
from tests.helpers.roadmap import roadmap
from tests.helpers.service import cache_namespace, free_port, make_run
from tests.helpers.services import require_services, run_services
from tests.helpers.stacks import STACK_SPECS

pytestmark = pytest.mark.generated


def golden() -> list[Combination]:
    """Every built stage of every stack; stage 1 with odd names too; every database."""
    combos = []
    for stack in roadmap.STACKS.values():
        for stage in range(1, stack.built_up_to + 1):
            combos += per_database(stack.key, stage)
        if stack.built_up_to:
            combos.append(
                Combination(stack.key, 1, NAMING_VARIANTS["custom-names"], "custom-names")
            )
    return combos


GOLDEN = golden()


@pytest.fixture(scope="module", params=GOLDEN, ids=[combo.id for combo in GOLDEN])
def project(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    combo: Combination = request.param
    require_services(combo.data())
    project = render(tmp_path_factory.mktemp(combo.id) / "project", combo.data())
    use_own_database(project, combo.id)
    make(project, "setup")
    if roadmap.derive_context(combo.data())["features"]["database"]:
        make(project, "migrate", "seed")  # what a learner runs before `make run`
    return project


def test_own_ci_passes_after_a_fresh_install(project: Path) -> None:
    result = make(project, "ci")

    language = yaml.safe_load((project / ".copier-answers.yml").read_text())["language"]
    assert re.search(STACK_SPECS[language].tests_passed, result.stdout), result.stdout[-3000:]


def test_make_run_serves_probes_and_stops_cleanly_on_sigterm(project: Path) -> None:
    with make_run(project) as service:
        health = httpx.get(f"{service.base_url}/healthz")
        ready = httpx.get(f"{service.base_url}/readyz", headers={"X-Request-ID": "grader-1"})

        exit_code = service.terminate()

    assert health.status_code == 200
    assert health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json()["status"] == "ok"
    assert ready.headers["X-Request-ID"] == "grader-1"
    log = service.log()
    assert "grader-1" in log, "the request id is missing from the access log"
    assert exit_code in (0, -signal.SIGTERM, 128 + signal.SIGTERM), log
    assert "service.stopped" in log, f"no clean shutdown line:\n{log}"
    assert "Traceback" not in log


def test_make_run_refuses_a_placeholder_secret_in_production(project: Path) -> None:
    env = {"ENVIRONMENT": "production", "SECRET_KEY": "change-me"}
    with (
        pytest.raises(AssertionError, match="exited early") as failure,
        make_run(project, env=env, startup_timeout=60),
    ):
        pass

    assert "SECRET_KEY must be a random value" in str(failure.value)


def test_make_dev_serves_and_reloads_a_changed_source_file(project: Path) -> None:
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    spec = STACK_SPECS[answers["language"]]
    source = project / spec.rendered_owned_file(answers)
    original = source.read_text(encoding="utf-8")
    with make_run(project, target="dev", startup_timeout=300) as service:
        before = httpx.get(f"{service.base_url}/custom/hello", params={"name": "Ada"})
        if spec.dev_reloads:
            source.write_text(original.replace(spec.owned_old, spec.owned_new), encoding="utf-8")
            try:
                after = _until_greeting_changes(service.base_url, before.json(), timeout=120)
            finally:
                source.write_text(original, encoding="utf-8")
            assert after == {"message": "Hi, Ada!"}
        service.terminate()

    assert before.json() == {"message": "Hello, Ada!"}


def _until_greeting_changes(base_url: str, old: object, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            body = httpx.get(f"{base_url}/custom/hello", params={"name": "Ada"}).json()
            if body != old:
                return body
        except (httpx.TransportError, ValueError):
            pass  # restarting
        time.sleep(0.2)
    raise AssertionError(f"`make dev` did not reload within {timeout}s")


def test_make_bench_reports_the_hot_reads_from_its_stage_on(project: Path) -> None:
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    has_bench = "\nbench:" in (project / "Makefile").read_text(encoding="utf-8")
    assert has_bench == (answers["stage"] >= STACK_SPECS[answers["language"]].bench_from_stage)
    if not has_bench:
        return
    # A short, gentle run: this proves the command works, it measures nothing.
    env = {
        "BENCH_DURATION": "3s",
        "BENCH_CONNECTIONS": "2",
        "BENCH_ARTICLES": "60",
        "BENCH_TAGS_ROUNDS": "2",
        "BENCH_PORT": str(free_port()),  # parallel runs must not load each other's server
        "CACHE_NAMESPACE": cache_namespace(project),
    }
    features = roadmap.derive_context(answers)["features"]
    if features["auth"]:  # a round count it cannot use is refused before anything runs
        refused = run(
            ["make", "bench"],
            project,
            env={**project_env(project), **env, "BENCH_TAGS_ROUNDS": "0"},
            check=False,
            inherit=False,
        )
        assert refused.returncode != 0, refused.stdout
        assert "BENCH_TAGS_ROUNDS must be a whole number from 1, not '0'" in refused.stderr
    result = make(project, "bench", env=env)

    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("endpoint"))
    # From stage 4 a fourth row: the second page, which the cache does not keep.
    # From stage 5 six more: signed-in reads, the feed, and /api/tags during logins.
    expected = 3 + (1 if features["cache"] else 0) + (6 if features["auth"] else 0)
    rows = lines[header + 1 : header + 1 + expected]
    assert len(rows) == expected, result.stdout
    # From stage 4, last: the list and the article with the cache off, and the cache's gain.
    uncached = [line for line in lines if ", cache off " in line]
    gains = [line for line in lines if ": cached / cache off: " in line]
    assert len(uncached) == len(gains) == (2 if features["cache"] else 0), result.stdout
    for row in rows + uncached:
        requests_per_second = float(row.split()[-3])
        assert requests_per_second > 0, row
    for gain in gains:
        assert float(gain.rsplit(":", 1)[1]) > 0, gain
    # From stage 5, /api/tags during logins against idle: the median of two rounds, and each.
    ratios = [line for line in lines if line.startswith("tags p99 during logins / idle: ")]
    assert len(ratios) == (1 if features["auth"] else 0), result.stdout
    for line in ratios:
        found = re.fullmatch(r".*: ([\d.]+) \(median of 2 rounds: ([\d.]+) ([\d.]+); .*\)", line)
        assert found, line
        median, *each = map(float, found.groups())
        assert median == max(each), f"the higher of two rounds is their median: {line}"


def test_reads_survive_a_redis_outage_and_a_write_made_during_it_shows_after(
    project: Path,
) -> None:
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    store = roadmap.derive_context(answers)["cache_store"]
    redis_store = project / "src" / answers["package_name"] / "cache" / "redis.py"
    assert redis_store.exists() == (store == "redis"), "the Redis cache store only with cache=redis"
    if store != "redis":
        return  # no Redis cache before stage 4, or the project caches in memory
    # With sessions (stage 5) every signed-in request reads its session from
    # Redis: a write during the outage is refused with a 503, and none is made.
    sessions = answers.get("auth") == "session"
    expected = "Before" if sessions else "During the outage"
    env = {"RATE_LIMIT_PER_MINUTE": "0", "CACHE_RETRY_SECONDS": "0.2"}
    with make_run(project, env=env) as service:
        writer = _signed_up(service.base_url) if "auth" in answers else {}
        articles = f"{service.base_url}/api/articles"
        title = f"Outage {uuid.uuid4().hex[:8]}"
        new = {"article": {"title": title, "description": "Before", "body": "B"}}
        slug = httpx.post(articles, json=new, headers=writer).json()["article"]["slug"]
        assert httpx.get(f"{articles}/{slug}").status_code == 200  # now in the cache

        stopped = run_services("stop", "redis")
        try:
            change = {"article": {"description": "During the outage"}}
            changed = httpx.put(f"{articles}/{slug}", json=change, headers=writer, timeout=10)
            during = httpx.get(f"{articles}/{slug}", timeout=10)
            ready = httpx.get(f"{service.base_url}/readyz", timeout=10)
        finally:
            restarted = run_services("restart", "redis")
        key = f"{cache_namespace(project)}:cache:v1:article:{slug}"
        cached_again = _until_cached(service.base_url, slug, key, expected, timeout=30)
        after = httpx.get(f"{articles}/{slug}")
        log = service.log()

    assert stopped.returncode == 0, stopped.stderr
    assert restarted.returncode == 0, restarted.stderr
    assert (changed.status_code, during.status_code) == (503 if sessions else 200, 200), log[-3000:]
    assert during.json()["article"]["description"] == expected
    assert ready.status_code == 503
    assert cached_again, "Redis was not used again after it came back"
    assert after.json()["article"]["description"] == expected
    assert "cache.unavailable" in log
    assert "cache.recovered" in log


def _signed_up(base_url: str) -> dict[str, str]:
    """Register a user of the running service (stage 5): the headers that act as them."""
    name = f"writer{uuid.uuid4().hex[:8]}"
    new = {"username": name, "email": f"{name}@example.org", "password": "a long passphrase"}
    response = httpx.post(f"{base_url}/api/users", json={"user": new}, timeout=10)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Token {response.json()['user']['token']}"}


def _until_cached(base_url: str, slug: str, key: str, expected: str, timeout: float) -> bool:
    """Read the article until Redis holds it again (reads skip Redis for CACHE_RETRY_SECONDS)."""
    deadline = time.monotonic() + timeout
    with Redis.from_url(os.environ["REDIS_URL"]) as redis:
        while time.monotonic() < deadline:
            read = httpx.get(f"{base_url}/api/articles/{slug}")
            assert read.json()["article"]["description"] == expected
            try:
                if redis.exists(key):
                    return True
            except RedisError:
                pass  # still starting
            time.sleep(0.2)
    return False
