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
    2: {"docs/lessons/02-api-design.md"},
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
            "src/{pkg}/middleware.py",
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
        2: {
            "src/{pkg}/articles/__init__.py",
            "src/{pkg}/articles/models.py",
            "src/{pkg}/articles/repository.py",
            "src/{pkg}/articles/router.py",
            "src/{pkg}/articles/schemas.py",
            "src/{pkg}/articles/service.py",
            "src/{pkg}/articles/slugs.py",
            "src/{pkg}/comments/__init__.py",
            "src/{pkg}/comments/models.py",
            "src/{pkg}/comments/repository.py",
            "src/{pkg}/comments/router.py",
            "src/{pkg}/comments/schemas.py",
            "src/{pkg}/comments/service.py",
            "src/{pkg}/dependencies.py",
            "src/{pkg}/errors.py",
            "src/{pkg}/profiles/__init__.py",
            "src/{pkg}/profiles/models.py",
            "src/{pkg}/profiles/repository.py",
            "src/{pkg}/profiles/router.py",
            "src/{pkg}/profiles/schemas.py",
            "src/{pkg}/profiles/service.py",
            "src/{pkg}/rate_limit/__init__.py",
            "src/{pkg}/rate_limit/limiter.py",
            "src/{pkg}/rate_limit/middleware.py",
            "src/{pkg}/services.py",
            "src/{pkg}/storage/__init__.py",
            "src/{pkg}/storage/memory.py",
            "src/{pkg}/tags/__init__.py",
            "src/{pkg}/tags/router.py",
            "src/{pkg}/web/__init__.py",
            "src/{pkg}/web/body_limit.py",
            "src/{pkg}/web/docs.py",
            "src/{pkg}/web/error_handlers.py",
            "src/{pkg}/web/pagination.py",
            "src/{pkg}/web/responses.py",
            "src/{pkg}/web/text.py",
            "src/{pkg}/web/versioning.py",
            "src/{pkg}/web/wire.py",
            "tests/articles/__init__.py",
            "tests/articles/test_router.py",
            "tests/articles/test_slugs.py",
            "tests/comments/__init__.py",
            "tests/comments/test_router.py",
            "tests/profiles/__init__.py",
            "tests/profiles/test_router.py",
            "tests/rate_limit/__init__.py",
            "tests/rate_limit/test_limiter.py",
            "tests/rate_limit/test_middleware.py",
            "tests/storage/__init__.py",
            "tests/storage/conftest.py",
            "tests/storage/test_repository_contract.py",
            "tests/tags/__init__.py",
            "tests/tags/test_router.py",
            "tests/web/__init__.py",
            "tests/web/test_body_limit.py",
            "tests/web/test_docs.py",
            "tests/web/test_errors.py",
            "tests/web/test_versioning.py",
        },
    },
}


def expected_files(language: str, stage: int, package: str) -> set[str]:
    names: set[str] = set()
    for number in range(1, stage + 1):
        names |= SHARED_FILES.get(number, set())
        names |= STACK_FILES[language].get(number, set())
    return {name.replace("{pkg}", package) for name in names}
