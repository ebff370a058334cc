"""Articles: envelopes, types, timestamps, slugs, pagination, filters, errors."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from tests.conformance.client import USERS, Conduit, unique
from tests.conformance.schema import ISO_8601, assert_matches


def test_create_answers_201_with_the_spec_article(conduit: Conduit, http: httpx.Client) -> None:
    fields = conduit.new_article(title=f"How to train your dragon {unique()}")

    response = http.post("/api/articles", json={"article": fields})

    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/json")
    assert_matches(response.json(), "SingleArticleResponse")
    article = response.json()["article"]
    assert article["title"] == fields["title"]
    assert article["slug"].startswith("how-to-train-your-dragon-")
    assert article["description"] == fields["description"]
    assert article["body"] == fields["body"]
    assert article["tagList"] == fields["tagList"]
    assert article["favorited"] is False
    assert article["favoritesCount"] == 0
    assert isinstance(article["author"]["following"], bool)


def test_timestamps_are_iso_8601_and_equal_on_creation(conduit: Conduit) -> None:
    article = conduit.create_article()

    assert ISO_8601.match(article["createdAt"]), article["createdAt"]
    assert article["createdAt"] == article["updatedAt"]
    created = datetime.fromisoformat(article["createdAt"].replace("Z", "+00:00"))
    assert created.tzinfo is not None


def test_an_update_keeps_created_at_and_does_not_move_updated_at_back(
    conduit: Conduit, http: httpx.Client
) -> None:
    created = conduit.create_article()

    response = http.put(f"/api/articles/{created['slug']}", json={"article": {"body": "Later"}})

    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert ISO_8601.match(article["updatedAt"]), article["updatedAt"]
    assert article["createdAt"] == created["createdAt"]
    assert _instant(article["updatedAt"]) >= _instant(created["updatedAt"])


def _instant(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))


def test_an_article_without_tags_has_an_empty_tag_list(
    conduit: Conduit, http: httpx.Client
) -> None:
    fields = conduit.new_article()
    del fields["tagList"]

    response = http.post("/api/articles", json={"article": fields})

    assert response.status_code == 201, response.text
    article = response.json()["article"]
    assert article["tagList"] == []
    assert conduit.article(article["slug"])["tagList"] == []


@pytest.mark.before_stage(USERS)
def test_before_users_writes_need_no_token_and_share_one_author(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    response = anonymous.post("/api/articles", json={"article": conduit.new_article()})
    assert response.status_code == 201, response.text
    article = response.json()["article"]

    comment = anonymous.post(
        f"/api/articles/{article['slug']}/comments", json={"comment": {"body": "Anyone"}}
    )

    assert comment.status_code in (200, 201), comment.text
    other = conduit.create_article()
    assert article["author"] == comment.json()["comment"]["author"] == other["author"]
    assert article["author"]["following"] is False
    assert (article["favorited"], article["favoritesCount"]) == (False, 0)
    assert anonymous.delete(f"/api/articles/{article['slug']}").status_code in (200, 204)


def test_get_returns_what_create_returned(conduit: Conduit, http: httpx.Client) -> None:
    created = conduit.create_article()

    response = http.get(f"/api/articles/{created['slug']}")

    assert response.status_code == 200
    assert_matches(response.json(), "SingleArticleResponse")
    assert response.json()["article"] == created


def test_list_matches_the_spec_and_leaves_out_bodies(conduit: Conduit, http: httpx.Client) -> None:
    conduit.create_article()

    response = http.get("/api/articles")

    assert response.status_code == 200
    body = response.json()
    assert_matches(body, "MultipleArticlesResponse")
    assert body["articlesCount"] >= len(body["articles"]) >= 1
    assert all("body" not in article for article in body["articles"])


def test_list_is_newest_first_and_filters_by_tag(conduit: Conduit, http: httpx.Client) -> None:
    tag = unique("tag")
    first = conduit.create_article(tagList=[tag])
    second = conduit.create_article(tagList=[tag, unique("other")])
    conduit.create_article()

    body = http.get("/api/articles", params={"tag": tag}).json()

    assert [a["slug"] for a in body["articles"]] == [second["slug"], first["slug"]]
    assert body["articlesCount"] == 2


def test_list_filters_by_author(conduit: Conduit, http: httpx.Client) -> None:
    article = conduit.create_article()
    author = article["author"]["username"]

    body = http.get("/api/articles", params={"author": author, "limit": 100}).json()
    nobody = http.get("/api/articles", params={"author": unique("nobody")}).json()

    assert body["articles"]
    assert {a["author"]["username"] for a in body["articles"]} == {author}
    assert nobody == {"articles": [], "articlesCount": 0}


def test_limit_and_offset_page_through_the_list(conduit: Conduit, http: httpx.Client) -> None:
    tag = unique("page")
    slugs = [conduit.create_article(tagList=[tag])["slug"] for _ in range(5)]
    newest_first = slugs[::-1]

    default = http.get("/api/articles", params={"tag": tag}).json()
    page = http.get("/api/articles", params={"tag": tag, "limit": 2, "offset": 2}).json()
    beyond = http.get("/api/articles", params={"tag": tag, "offset": 10}).json()

    assert [a["slug"] for a in default["articles"]] == newest_first
    assert [a["slug"] for a in page["articles"]] == newest_first[2:4]
    assert page["articlesCount"] == 5
    assert beyond == {"articles": [], "articlesCount": 5}


def test_update_changes_the_fields_and_the_slug_follows_the_title(
    conduit: Conduit, http: httpx.Client
) -> None:
    created = conduit.create_article()
    title = f"Renamed {unique()}"

    response = http.put(
        f"/api/articles/{created['slug']}",
        json={"article": {"title": title, "body": "Rewritten"}},
    )

    assert response.status_code == 200
    assert_matches(response.json(), "SingleArticleResponse")
    article = response.json()["article"]
    assert (article["title"], article["body"]) == (title, "Rewritten")
    assert article["description"] == created["description"]
    assert article["slug"] != created["slug"]
    assert http.get(f"/api/articles/{article['slug']}").status_code == 200
    assert http.get(f"/api/articles/{created['slug']}").status_code == 404


def test_a_title_whose_slug_is_taken_still_gets_an_article(conduit: Conduit) -> None:
    title = f"Same {unique()}"

    first = conduit.create_article(title=title)
    second = conduit.create_article(title=title)

    assert first["slug"] != second["slug"]


def test_unicode_titles_are_kept(conduit: Conduit, http: httpx.Client) -> None:
    title = f"Crème brûlée, 日本語 {unique()}"

    article = conduit.create_article(title=title)

    assert article["title"] == title
    assert http.get(f"/api/articles/{article['slug']}").json()["article"]["title"] == title


def test_delete_answers_204_and_the_article_is_gone(conduit: Conduit, http: httpx.Client) -> None:
    created = conduit.create_article()

    response = http.delete(f"/api/articles/{created['slug']}")

    assert response.status_code in (200, 204)
    assert http.get(f"/api/articles/{created['slug']}").status_code == 404


def test_unknown_slugs_answer_404_in_the_error_format(http: httpx.Client) -> None:
    slug = unique("missing-")
    for response in (
        http.get(f"/api/articles/{slug}"),
        http.put(f"/api/articles/{slug}", json={"article": {"title": "x"}}),
        http.delete(f"/api/articles/{slug}"),
    ):
        assert response.status_code == 404
        assert isinstance(response.json()["errors"]["body"], list)
