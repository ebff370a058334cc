"""The files each stage adds to a generated project, per stack.

A project at stage N has exactly the files of stages 1..N: the fast tier
asserts set equality, so a missing file and a stray one both fail. `{pkg}`
stands for the package name, `{slug}` for the project slug.
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
    "go": {
        1: {
            "go.mod",
            "go.sum",
            "staticcheck.conf",
            "cmd/{slug}/dependencies.go",
            "cmd/{slug}/main.go",
            "cmd/{slug}/main_test.go",
            "config/config.go",
            "config/config_test.go",
            "config/parser.go",
            "config/secret.go",
            "custom/hello.go",
            "custom/hello_test.go",
            "custom/json.go",
            "custom/routes.go",
            "health/readiness.go",
            "health/readiness_test.go",
            "http/accesslog.go",
            "http/accesslog_test.go",
            "http/health.go",
            "http/health_test.go",
            "http/json.go",
            "http/requestid.go",
            "http/requestid_test.go",
            "http/routes.go",
            "http/server.go",
            "http/server_test.go",
            "logs/logs.go",
            "logs/logs_test.go",
        },
    },
}


def expected_files(language: str, stage: int, package: str, slug: str = "") -> set[str]:
    names: set[str] = set()
    for number in range(1, stage + 1):
        names |= SHARED_FILES.get(number, set())
        names |= STACK_FILES[language].get(number, set())
    return {name.replace("{pkg}", package).replace("{slug}", slug) for name in names}
