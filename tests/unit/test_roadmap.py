"""The roadmap rules (extensions/roadmap.py) on their own, without Copier."""

from __future__ import annotations

import pytest

from tests.helpers.roadmap import roadmap


def test_every_stage_from_one_to_eleven_is_defined_once() -> None:
    assert [stage.number for stage in roadmap.STAGES] == list(range(1, 12))
    assert len({stage.slug for stage in roadmap.STAGES}) == 11


def test_features_accumulate_with_the_stage() -> None:
    at_one = roadmap.derive_context({"stage": 1})["features"]
    at_three = roadmap.derive_context({"stage": 3})["features"]
    at_eleven = roadmap.derive_context({"stage": 11})["features"]

    assert not any(at_one.values())
    assert at_three == {name: start <= 3 for name, start in roadmap.FEATURE_STAGE.items()}
    assert all(at_eleven.values())


def test_derived_context_works_before_any_answer_is_given() -> None:
    context = roadmap.derive_context({})

    assert context["stage_info"].number == 1
    assert context["stack"].key == "python"


def test_checklist_marks_reached_stages() -> None:
    stages = roadmap.derive_context({"stage": 2})["stages"]

    assert [item["reached"] for item in stages] == [True, True] + [False] * 9


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Conduit API", "conduit-api"),
        ("Zürich Blog 2", "zurich-blog-2"),
        ("  --My__Service!! ", "my-service"),
        ("2048 Game", "game"),
        ("!!!", "my-api"),
    ],
)
def test_slugify_makes_a_valid_slug(text: str, slug: str) -> None:
    assert roadmap.slugify(text) == slug
    assert roadmap.check_project_slug(slug) == ""


@pytest.mark.parametrize("slug", ["My-Api", "my_api", "-api", "api-", "my--api", "9lives", ""])
def test_bad_slugs_are_refused_with_an_example(slug: str) -> None:
    assert "for example: my-api" in roadmap.check_project_slug(slug)


@pytest.mark.parametrize("name", ["MyApi", "my-api", "_api", "1api", ""])
def test_bad_package_names_are_refused_with_an_example(name: str) -> None:
    assert "for example: my_api" in roadmap.check_package_name(name)


@pytest.mark.parametrize("name", ["class", "logging", "fastapi", "tests"])
def test_package_names_that_shadow_something_are_refused(name: str) -> None:
    message = roadmap.check_package_name(name)

    assert "would shadow" in message
    assert f"{name}_service" in message


def test_good_free_text_answers_pass() -> None:
    assert roadmap.check_project_name("Conduit API") == ""
    assert roadmap.check_package_name("conduit_api") == ""
    assert roadmap.check_one_line("A blog.", "description") == ""
    assert roadmap.check_email("ada@example.org") == ""


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "cannot be empty"),
        ("two\nlines", "one line"),
        ("x" * 201, "at most 200"),
        ('say "hi"', "double quotes"),
    ],
)
def test_one_line_answers_are_refused_with_the_reason(value: str, message: str) -> None:
    assert message in roadmap.check_one_line(value, "description")


@pytest.mark.parametrize("name", ["", "   ", "x" * 61, 'The "Best" API'])
def test_bad_project_names_are_refused(name: str) -> None:
    assert roadmap.check_project_name(name) != ""


def test_bad_email_is_refused_with_an_example() -> None:
    assert "ada@example.com" in roadmap.check_email("not-an-email")


@pytest.mark.parametrize("stack", list(roadmap.STACKS.values()), ids=list(roadmap.STACKS))
def test_a_language_is_refused_exactly_while_it_is_not_built(stack: roadmap.Stack) -> None:
    message = roadmap.unbuilt_language(stack.key)

    if stack.built_up_to:
        assert message == ""
    else:
        assert message.startswith(f"the {stack.name} stack is not built yet")
        assert "available now: python (stage" in message


@pytest.mark.parametrize("stack", list(roadmap.STACKS.values()), ids=list(roadmap.STACKS))
def test_a_stage_is_refused_exactly_while_it_is_not_built(stack: roadmap.Stack) -> None:
    for number in range(1, 12):
        message = roadmap.unbuilt_stage(number, stack.key)

        if number <= stack.built_up_to:
            assert message == "", number
        else:
            assert message.startswith(f"stage {number} is not built yet for {stack.name}")
            assert "built now: " in message


def test_unbuilt_extras_are_refused() -> None:
    assert "not built yet" in roadmap.unbuilt_choice("api_extras", "graphql")
    assert roadmap.unbuilt_choice("api_extras", "rest") == ""


def test_prompt_choices_list_every_option_and_disable_the_unbuilt() -> None:
    languages = roadmap.language_choices()
    stages = roadmap.stage_choices("python")

    assert [choice["value"] for _, choice in languages] == list(roadmap.STACKS)
    assert [choice["value"] for _, choice in stages] == list(range(1, 12))
    for label, choice in languages:
        built = roadmap.STACKS[choice["value"]].built_up_to > 0
        assert (choice["validator"] == "") == built, label


def test_update_refuses_a_lower_stage() -> None:
    message = roadmap.check_update_stage(1, {"stage": 3})

    assert "already at stage 3" in message
    assert "type 3 or higher" in message
    assert roadmap.check_update_stage(3, {"stage": 3}) == ""
    assert roadmap.check_update_stage(1, {}) == ""


def test_update_refuses_a_changed_language() -> None:
    message = roadmap.check_update_language("go", {"language": "python"})

    assert "cannot change the language" in message
    assert "Keep 'python'" in message
    assert roadmap.check_update_language("python", {"language": "python"}) == ""


@pytest.mark.parametrize("module", ["github.com/ada/conduit-api", "example.com/blog"])
def test_good_go_module_paths_pass(module: str) -> None:
    assert roadmap.check_go_module(module) == ""


@pytest.mark.parametrize("module", ["conduit-api", "github.com", "GitHub.com/ada/x", "a b/c"])
def test_bad_go_module_paths_are_refused_with_an_example(module: str) -> None:
    assert "for example: github.com/ada/conduit-api" in roadmap.check_go_module(module)


@pytest.mark.parametrize("group", ["com.example", "io.github.ada"])
def test_good_java_groups_pass(group: str) -> None:
    assert roadmap.check_java_group(group) == ""


@pytest.mark.parametrize("group", ["example", "Com.Example", "com.class", "com..x", "com.1x"])
def test_bad_java_groups_are_refused_with_an_example(group: str) -> None:
    assert "for example: com.example" in roadmap.check_java_group(group)


def test_java_package_comes_from_the_group_and_the_package_name() -> None:
    context = roadmap.derive_context({"java_group": "io.github.ada", "package_name": "conduit_api"})

    assert context["java_package"] == "io.github.ada.conduitapi"
    assert context["java_package_path"] == "io/github/ada/conduitapi"


@pytest.mark.parametrize(
    ("stage", "database", "storage"),
    [(2, None, "memory"), (3, "postgresql", "sql"), (3, "mysql", "sql"), (4, "mongodb", "mongo")],
)
def test_storage_is_memory_until_a_database_arrives(
    stage: int, database: str | None, storage: str
) -> None:
    assert roadmap.derive_context({"stage": stage, "database": database})["storage"] == storage


@pytest.mark.parametrize(
    ("stage", "cache", "store"),
    [(3, "redis", "none"), (3, "memory", "none"), (4, "redis", "redis"), (4, "memory", "memory")],
)
def test_the_cache_store_is_none_until_stage_4_asks_for_one(
    stage: int, cache: str, store: str
) -> None:
    assert roadmap.derive_context({"stage": stage, "cache": cache})["cache_store"] == store


@pytest.mark.parametrize(
    ("provider", "name"), [("github", "GitHub"), ("google", "Google"), ("none", ""), (None, "")]
)
def test_the_social_login_provider_is_named_as_people_write_it(
    provider: str | None, name: str
) -> None:
    answers = {"stage": 5, "oauth_provider": provider}
    assert roadmap.derive_context(answers)["oauth_provider_name"] == name
