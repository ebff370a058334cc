"""The files each stage adds to a generated project, per stack.

A project at stage N has exactly the files of stages 1..N: the fast tier
asserts set equality, so a missing file and a stray one both fail. `{pkg}`
stands for the package name.
"""

from __future__ import annotations

SHARED_FILES: dict[int, set[str]] = {
    1: {
        ".copier-answers.yml",
        ".editorconfig",
        ".env",
        ".env.example",
        ".github/workflows/ci.yml",
        ".gitignore",
        "Makefile",
        "README.md",
        "docs/index.md",
        "docs/notes.md",
        "docs/lessons/01-language.md",
    },
}

STACK_FILES: dict[str, dict[int, set[str]]] = {
    "python": {
        1: {
            ".python-version",
            "pyproject.toml",
            "uv.lock",
            "src/{pkg}/__init__.py",
            "src/{pkg}/__main__.py",
            "src/{pkg}/access_log.py",
            "src/{pkg}/app.py",
            "src/{pkg}/custom/__init__.py",
            "src/{pkg}/custom/hello.py",
            "src/{pkg}/health/__init__.py",
            "src/{pkg}/health/readiness.py",
            "src/{pkg}/health/router.py",
            "src/{pkg}/lifespan.py",
            "src/{pkg}/logs.py",
            "src/{pkg}/main.py",
            "src/{pkg}/py.typed",
            "src/{pkg}/request_id.py",
            "src/{pkg}/routes.py",
            "src/{pkg}/settings.py",
            "tests/__init__.py",
            "tests/conftest.py",
            "tests/factories.py",
            "tests/custom/__init__.py",
            "tests/custom/test_hello.py",
            "tests/test_health.py",
            "tests/test_logs.py",
            "tests/test_request_id.py",
            "tests/test_settings.py",
        },
    },
    "typescript": {
        1: {
            ".nvmrc",
            "biome.json",
            "package.json",
            "package-lock.json",
            "tsconfig.json",
            "tsconfig.build.json",
            "src/access-log.ts",
            "src/app.ts",
            "src/config.ts",
            "src/custom/hello.ts",
            "src/custom/index.ts",
            "src/health/readiness.ts",
            "src/health/routes.ts",
            "src/lifecycle.ts",
            "src/logging.ts",
            "src/request-id.ts",
            "src/routes.ts",
            "src/server.ts",
            "src/shutdown.ts",
            "test/access-log.test.ts",
            "test/config.test.ts",
            "test/custom/hello.test.ts",
            "test/factories.ts",
            "test/health/readiness.test.ts",
            "test/health/routes.test.ts",
            "test/lifecycle.test.ts",
            "test/request-id.test.ts",
            "test/shutdown.test.ts",
        },
    },
}


def expected_files(language: str, stage: int, package: str) -> set[str]:
    names: set[str] = set()
    for number in range(1, stage + 1):
        names |= SHARED_FILES.get(number, set())
        names |= STACK_FILES[language].get(number, set())
    return {name.replace("{pkg}", package) for name in names}
