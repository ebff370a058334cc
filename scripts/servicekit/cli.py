"""`scripts/services VERB [NAME...]`: the one entry point to the backing services."""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from . import SERVICES, Service
from .base import ServiceError, apt_install, dpkg_version, log, services_home

USAGE = """\
scripts/services up NAME...       install what is missing, start, wait until a client gets answers
scripts/services env NAME...      print `export VAR=value` lines (DATABASE_URL: last database)
scripts/services stop NAME...     stop these services, keep their data
scripts/services restart NAME...  stop, then start again with the same data
scripts/services status [NAME...] state, pids, ports, memory, version
scripts/services down [--purge]   stop every service started here (--purge: delete their data too)

names: """ + " ".join(SERVICES)


def _services(names: Sequence[str]) -> list[Service]:
    unknown = [n for n in names if n not in SERVICES]
    if unknown:
        raise SystemExit(f"unknown service(s): {' '.join(unknown)}; known: {' '.join(SERVICES)}")
    return [SERVICES[n]() for n in dict.fromkeys(names)]


def up(services: Sequence[Service]) -> int:
    """Start the services in parallel; apt runs once for all of them, first."""
    started = time.monotonic()
    needed = sorted({p for s in services for p in s.needed_packages()})
    missing = {p for p in needed if dpkg_version(p) is None}
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=len(services) + 1) as pool:
        apt: Future[None] = pool.submit(apt_install, sorted(missing))

        def bring_up(service: Service) -> str:
            if missing & set(service.needed_packages()):
                apt.result()
            return service.up()

        futures = {s.name: pool.submit(bring_up, s) for s in services}
        for name, future in futures.items():
            try:
                log(name, future.result())
            except (ServiceError, OSError, subprocess.SubprocessError) as exc:
                failures.append(name)
                log(name, f"FAILED: {exc}")
        try:
            apt.result()
        except ServiceError as exc:
            log("apt", f"FAILED: {exc}")
            failures.append("apt")
    log(
        "up",
        f"{len(services) - len(failures)}/{len(services)} up in {time.monotonic() - started:.1f}s",
    )
    return 1 if failures else 0


def env(services: Sequence[Service]) -> int:
    merged: dict[str, str] = {}
    for service in services:
        values = service.env()
        if "DATABASE_URL" in values:
            # A read URL belongs to the database that DATABASE_URL names, and to no other.
            merged.pop("DATABASE_READ_URL", None)
        for key, value in values.items():
            merged.pop(key, None)  # re-insert so the last service named wins and prints last
            merged[key] = value
    for key, value in merged.items():
        print(f"export {key}={shlex.quote(value)}")
    return 0


def stop(services: Sequence[Service]) -> int:
    for service in services:
        service.stop()
        log(service.name, "stopped")
    return 0


def restart(services: Sequence[Service]) -> int:
    stop(services)
    return up(services)


def status(services: Sequence[Service]) -> int:
    for service in services:
        print(service.status())
    return 0


def down(purge: bool) -> int:
    # Stop only what has pidfiles here: that is what we started.
    services = [s for s in _services(list(SERVICES)) if s.pids()]
    with ThreadPoolExecutor(max_workers=max(1, len(services))) as pool:
        list(pool.map(lambda s: s.stop(), services))
    for service in services:
        log(service.name, "stopped")
    if purge:
        shutil.rmtree(services_home(), ignore_errors=True)
        log("down", f"removed {services_home()}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/services",
        usage=USAGE,
        description="Real backing services on loopback for the integration tests.",
    )
    parser.add_argument("verb", choices=["up", "env", "stop", "restart", "status", "down"])
    parser.add_argument("names", nargs="*")
    parser.add_argument("--purge", action="store_true", help="with down: delete the data too")
    args = parser.parse_args(argv)
    try:
        if args.verb == "down":
            return down(args.purge)
        if args.verb == "status":
            return status(_services(args.names or list(SERVICES)))
        if not args.names:
            parser.error(f"{args.verb} needs at least one service name")
        services = _services(args.names)
        verbs = {"up": up, "env": env, "stop": stop, "restart": restart}
        return verbs[args.verb](services)
    except ServiceError as exc:
        print(f"[services] {exc}", file=sys.stderr)
        return 1
