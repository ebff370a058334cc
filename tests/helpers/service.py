"""Start a generated service with `make run`, as a grader would, and stop it with SIGTERM."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.helpers.project import project_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RunningService:
    process: subprocess.Popen[str]
    base_url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def terminate(self, timeout: float = 30) -> int:
        """SIGTERM to the whole process group, as an orchestrator does; wait until all exit."""
        os.killpg(self.process.pid, signal.SIGTERM)
        code = self.process.wait(timeout=timeout)
        deadline = time.monotonic() + timeout
        while _group_alive(self.process.pid):
            if time.monotonic() > deadline:
                raise AssertionError(f"processes still running {timeout}s after SIGTERM")
            time.sleep(0.05)
        return code


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def cache_namespace(project: Path) -> str:
    """Each generated project's own cache keys: projects of one test run share a Redis,
    and the same slug on another database must never read their entries."""
    return "test-" + hashlib.sha256(str(project.resolve()).encode()).hexdigest()[:12]


@contextmanager
def make_run(
    project: Path,
    env: Mapping[str, str] | None = None,
    startup_timeout: float = 120,
    target: str = "run",
) -> Iterator[RunningService]:
    """`make run` (or `make dev`) on a free port; yields once `/healthz` answers."""
    port = free_port()
    log_path = project / f"make-{target}.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            ["make", target],
            cwd=project,
            env={
                **project_env(project),
                "HOST": "127.0.0.1",
                "PORT": str(port),
                "CACHE_NAMESPACE": cache_namespace(project),
                **(env or {}),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    service = RunningService(process, f"http://127.0.0.1:{port}", log_path)
    try:
        wait_until_healthy(service, startup_timeout)
        yield service
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_until_healthy(service: RunningService, timeout: float) -> float:
    """Poll `/healthz` until it answers 200; return the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if service.process.poll() is not None:
            raise AssertionError(f"`make run` exited early:\n{service.log()}")
        try:
            if httpx.get(f"{service.base_url}/healthz", timeout=1).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"`make run` did not answer /healthz in {timeout}s:\n{service.log()}")
