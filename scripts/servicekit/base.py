"""What every service shares: paths, apt installs, process spawning and stopping."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import ClassVar

# Fixed credentials for every service that has them; documented in docs/services.md.
USER = "roadmap"
PASSWORD = "roadmap"  # noqa: S105 - a local test service, not a secret
DATABASE = "roadmap"
HOST = "127.0.0.1"

_print_lock = threading.Lock()
_apt_lock = threading.Lock()
_apt_updated = False


class ServiceError(RuntimeError):
    """A service could not be installed, started or stopped."""


def services_home() -> Path:
    return Path(os.environ.get("SERVICES_HOME", "/tmp/backend-roadmap-services"))  # noqa: S108


def cache_home() -> Path:
    """Downloads and builds live here, outside the data dir, so a reinstall is fast."""
    default = Path.home() / ".cache" / "backend-roadmap"
    return Path(os.environ.get("SERVICES_CACHE", str(default)))


def log(name: str, message: str) -> None:
    with _print_lock:
        print(f"[services:{name}] {message}", file=sys.stderr, flush=True)


def run(
    argv: Sequence[str],
    *,
    user: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 600,
    check: bool = True,
    attempts: int = 1,
) -> subprocess.CompletedProcess[str]:
    """Run a command to completion, raising ServiceError with its output on failure.

    `attempts` > 1 retries a failed run after a pause: for downloads, where a
    registry's passing hiccup should not fail a whole CI run.
    """
    full_env = {**os.environ, **(env or {})}
    if user is not None:
        full_env["HOME"] = pwd.getpwnam(user).pw_dir
    for attempt in range(1, attempts + 1):
        proc = subprocess.run(
            list(argv),
            user=user,
            env=full_env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if proc.returncode == 0 or attempt == attempts:
            break
        time.sleep(5 * attempt)
    if check and proc.returncode != 0:
        raise ServiceError(
            f"{' '.join(argv)} exited {proc.returncode}:\n"
            f"{proc.stdout[-3000:]}{proc.stderr[-3000:]}"
        )
    return proc


def pid_alive(pid: int) -> bool:
    """True for a live process; a zombie (not yet reaped by init) counts as dead."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    state = stat.rsplit(")", 1)[1].split()[0]
    return state not in {"Z", "X"}


def group_members(pgid: int) -> list[int]:
    """PIDs of live processes whose process group is `pgid` (we start each in its own)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[2]) == pgid and fields[0] not in {"Z", "X"}:
            members.append(int(entry.name))
    return members


def port_open(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def rss_kib(pids: Sequence[int]) -> int:
    """Resident memory of the given processes and all their descendants, in KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo, seen = 0, list(pids), set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def dpkg_version(package: str) -> str | None:
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status}\t${Version}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or not proc.stdout.startswith("install ok installed"):
        return None
    return proc.stdout.split("\t", 1)[1]


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock shared with other `scripts/services` processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


def apt_install(packages: Sequence[str]) -> None:
    """Install missing Debian packages without letting them start system daemons."""
    global _apt_updated
    with _apt_lock, file_lock(cache_home() / "apt.lock"):
        missing = [p for p in packages if dpkg_version(p) is None]
        if not missing:
            return
        if os.geteuid() != 0:
            raise ServiceError(f"need root to apt-get install {' '.join(missing)}")
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        # Exit code 101 tells invoke-rc.d "do not start": the packages' own daemons would
        # take the default ports and run as system services we do not manage.
        created = not POLICY_RC_D.exists()
        if created:
            POLICY_RC_D.write_text("#!/bin/sh\nexit 101\n")
            POLICY_RC_D.chmod(0o755)
        try:
            if not _apt_updated:
                log("apt", "apt-get update")
                run(["apt-get", "update", "-q"], env=env, attempts=3)
                _apt_updated = True
            log("apt", f"apt-get install {' '.join(missing)}")
            run(
                ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
                env=env,
                timeout=1800,
                attempts=3,
            )
        finally:
            if created:
                POLICY_RC_D.unlink()


def stop_group(pid: int, sig: signal.Signals, timeout: float) -> None:
    """Signal the main process, wait, then kill whatever is left of its process group."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and pid_alive(pid):
        time.sleep(0.1)
    for _ in range(50):
        left = [p for p in group_members(pid) if pid_alive(p)]
        if pid_alive(pid):
            left.append(pid)
        if not left:
            return
        for member in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(member, signal.SIGKILL)
        time.sleep(0.1)
    raise ServiceError(f"process group {pid} survived SIGKILL")


class Service(ABC):
    """One backing service. Subclasses set the class variables and implement the hooks."""

    name: ClassVar[str]
    # Debian packages the service runs from, and the upstream version pinned for them
    # (Debian stable only serves the newest point release, so we pin the version prefix).
    packages: ClassVar[tuple[str, ...]] = ()
    version: ClassVar[str]
    ports: ClassVar[tuple[int, ...]]
    # Processes in start order; each gets a pidfile. Stopped in reverse order.
    processes: ClassVar[tuple[str, ...]]
    stop_signal: ClassVar[signal.Signals] = signal.SIGTERM
    start_timeout: ClassVar[float] = 120

    def __init__(self) -> None:
        self.dir = services_home() / self.name
        self.cache = cache_home()

    # --- hooks -----------------------------------------------------------------

    def needed_packages(self) -> list[str]:
        """Debian packages to install before `install`; by default `packages`."""
        return list(self.packages)

    def install(self) -> None:
        """Fetch or build what apt does not give (after apt has run). Idempotent."""
        return  # most services need nothing beyond their Debian packages

    def installed_version(self) -> str:
        version = dpkg_version(self.packages[0])
        return version or "not installed"

    @abstractmethod
    def start(self) -> None:
        """Prepare the data dir on first use, spawn the processes, wait until ready."""

    @abstractmethod
    def ready(self) -> bool:
        """True when a real client gets an answer from every process."""

    @abstractmethod
    def env(self) -> dict[str, str]:
        """The `export` lines of `scripts/services env`, as name → value."""

    def after_stop(self) -> None:
        """Clean up helpers that left the process group (e.g. Erlang's epmd)."""
        return  # most services leave nothing behind

    # --- shared machinery ----------------------------------------------------------

    @property
    def run_dir(self) -> Path:
        return self.dir / "run"

    @property
    def log_dir(self) -> Path:
        return self.dir / "logs"

    def pidfile(self, process: str) -> Path:
        return self.run_dir / f"{process}.pid"

    def pids(self) -> dict[str, int]:
        found = {}
        for process in self.processes:
            path = self.pidfile(process)
            if path.exists():
                found[process] = int(path.read_text().strip())
        return found

    def running(self) -> bool:
        pids = self.pids()
        return len(pids) == len(self.processes) and all(map(pid_alive, pids.values()))

    def check_version(self) -> None:
        found = self.installed_version()
        if not found.startswith(self.version) and f":{self.version}" not in found:
            raise ServiceError(f"{self.name}: pinned version {self.version}, found {found}")

    def spawn(
        self,
        process: str,
        argv: Sequence[str],
        *,
        user: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> int:
        """Start a foreground process in its own session, logging to logs/<process>.log."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        full_env = {**os.environ, **(env or {})}
        with (self.log_dir / f"{process}.log").open("ab") as logfile:
            proc = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=logfile,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                user=user,
                env=full_env,
                cwd=self.dir,
            )
        self.pidfile(process).write_text(f"{proc.pid}\n")
        log(self.name, f"started {process} (pid {proc.pid})")
        return proc.pid

    def wait_for(self, what: str, check: Callable[[], bool], timeout: float | None = None) -> None:
        """Poll `check` until it holds; fail early if one of our processes died."""
        deadline = time.monotonic() + (timeout or self.start_timeout)
        while time.monotonic() < deadline:
            if check():
                return
            for process, pid in self.pids().items():
                if not pid_alive(pid):
                    raise ServiceError(
                        f"{self.name}: {process} (pid {pid}) died while waiting for {what}\n"
                        + self.log_tail(process)
                    )
            time.sleep(0.2)
        raise ServiceError(f"{self.name}: timed out waiting for {what}\n" + self.log_tail())

    def log_tail(self, process: str | None = None, lines: int = 30) -> str:
        out = []
        for name in [process] if process else self.processes:
            path = self.log_dir / f"{name}.log"
            if path.exists():
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                out.append(f"--- {path} ---\n" + "\n".join(tail))
        return "\n".join(out)

    def lock(self) -> contextlib.AbstractContextManager[None]:
        return file_lock(services_home() / f".{self.name}.lock")

    def up(self) -> str:
        """Install if needed and start; a no-op when already running and answering."""
        with self.lock():
            if self.running() and self.ready():
                return "already running"
            self._stop_processes()  # leftovers of a crashed run, if any
            started = time.monotonic()
            self.install()
            self.check_version()
            self.dir.mkdir(parents=True, exist_ok=True)
            self.start()
            self.wait_for("a client answer", self.ready)
            return f"started in {time.monotonic() - started:.1f}s"

    def stop(self) -> None:
        with self.lock():
            self._stop_processes()

    def _stop_processes(self) -> None:
        pids = self.pids()
        for process in reversed(self.processes):
            pid = pids.get(process)
            if pid is not None:
                if pid_alive(pid) or group_members(pid):
                    log(self.name, f"stopping {process} (pid {pid})")
                    stop_group(pid, self.stop_signal, timeout=60)
                self.pidfile(process).unlink()
        if pids:
            self.after_stop()

    def status(self) -> str:
        pids = self.pids()
        state = "running" if self.running() and self.ready() else "stopped"
        if pids and state == "stopped":
            state = "stopped (stale pidfiles)" if not self.running() else "not answering"
        procs = " ".join(f"{k}={v}" for k, v in pids.items()) or "-"
        ports = ",".join(map(str, self.ports))
        kib = rss_kib([p for p in pids.values() if pid_alive(p)]) if state == "running" else 0
        return (
            f"{self.name:<11} {state:<10} ports={ports:<12} pids={procs} "
            f"rss={kib // 1024}MiB version={self.installed_version()}"
        )


def which(command: str) -> str | None:
    return shutil.which(command)
