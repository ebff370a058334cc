"""Comments, tags and profiles."""

from __future__ import annotations

import httpx

from tests.conformance.client import Conduit, unique
from tests.conformance.schema import ISO_8601, assert_matches


def test_a_comment_is_added_listed_and_deleted(conduit: Conduit, http: httpx.Client) -> None:
    article = conduit.create_article()

    added = http.post(
        f"/api/articles/{article['slug']}/comments", json={"comment": {"body": "Hello"}}
    )
    assert added.status_code in (200, 201)
    assert_matches(added.json(), "SingleCommentResponse")
    comment = added.json()["comment"]
    assert isinstance(comment["id"], int)
    assert comment["body"] == "Hello"

    listed = http.get(f"/api/articles/{article['slug']}/comments")
    assert listed.status_code == 200
    assert_matches(listed.json(), "MultipleCommentsResponse")
    assert [c["id"] for c in listed.json()["comments"]] == [comment["id"]]

    deleted = http.delete(f"/api/articles/{article['slug']}/comments/{comment['id']}")
    assert deleted.status_code in (200, 204)
    assert http.get(f"/api/articles/{article['slug']}/comments").json() == {"comments": []}


def test_comment_timestamps_are_iso_8601(conduit: Conduit) -> None:
    slug = conduit.create_article()["slug"]

    first, second = conduit.add_comment(slug, "First"), conduit.add_comment(slug, "Second")

    for comment in (first, second):
        assert ISO_8601.match(comment["createdAt"]), comment["createdAt"]
        assert ISO_8601.match(comment["updatedAt"]), comment["updatedAt"]
    assert {c["id"] for c in conduit.comments(slug)} == {first["id"], second["id"]}


def test_comments_belong_to_their_article(conduit: Conduit, http: httpx.Client) -> None:
    article, other = conduit.create_article(), conduit.create_article()
    comment = conduit.add_comment(other["slug"])

    response = http.delete(f"/api/articles/{article['slug']}/comments/{comment['id']}")

    assert response.status_code == 404
    assert [
        c["id"] for c in http.get(f"/api/articles/{other['slug']}/comments").json()["comments"]
    ] == [comment["id"]]


def test_comments_of_an_unknown_article_answer_404(http: httpx.Client) -> None:
    assert http.get(f"/api/articles/{unique('missing-')}/comments").status_code == 404


def test_an_empty_comment_answers_422(conduit: Conduit, http: httpx.Client) -> None:
    article = conduit.create_article()

    response = http.post(
        f"/api/articles/{article['slug']}/comments", json={"comment": {"body": ""}}
    )

    assert response.status_code == 422
    assert "body" in response.json()["errors"]


def test_tags_list_the_tags_in_use(conduit: Conduit, http: httpx.Client) -> None:
    tag = unique("tag")
    conduit.create_article(tagList=[tag])

    response = http.get("/api/tags")

    assert response.status_code == 200
    assert_matches(response.json(), "TagsResponse")
    assert tag in response.json()["tags"]


def test_the_author_of_an_article_has_a_profile(conduit: Conduit, http: httpx.Client) -> None:
    author = conduit.create_article()["author"]

    response = http.get(f"/api/profiles/{author['username']}")

    assert response.status_code == 200
    assert_matches(response.json(), "ProfileResponse")
    assert response.json()["profile"]["username"] == author["username"]


def test_an_unknown_profile_answers_404(http: httpx.Client) -> None:
    assert http.get(f"/api/profiles/{unique('nobody')}").status_code == 404


def test_the_api_is_also_served_under_api_v1(conduit: Conduit, http: httpx.Client) -> None:
    article = conduit.create_article()

    versioned = http.get(f"/api/v1/articles/{article['slug']}")

    assert versioned.status_code == 200
    assert versioned.json() == http.get(f"/api/articles/{article['slug']}").json()
