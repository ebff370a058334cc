"""Favorites and the feed (stage 5): per-viewer flags, counts, the `favorited` filter, the feed."""

from __future__ import annotations

import httpx
import pytest

from tests.conformance.client import USERS, Conduit, unique
from tests.conformance.errors import assert_422, assert_error
from tests.conformance.schema import assert_matches

pytestmark = pytest.mark.stage(USERS)


def test_favorite_answers_the_article_favorited_and_counted(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    fan = conduit.register()
    article = conduit.create_article()

    response = anonymous.post(f"/api/articles/{article['slug']}/favorite", headers=fan.headers)

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "SingleArticleResponse")
    favorited = response.json()["article"]
    assert favorited["slug"] == article["slug"]
    assert (favorited["favorited"], favorited["favoritesCount"]) == (True, 1)


def test_favorited_is_the_viewers_and_the_count_everyones(conduit: Conduit) -> None:
    fan, other_fan, stranger = conduit.register(), conduit.register(), conduit.register()
    slug = conduit.create_article()["slug"]

    conduit.favorite(slug, by=fan)
    second = conduit.favorite(slug, by=other_fan)

    assert (second["favorited"], second["favoritesCount"]) == (True, 2)
    for viewer, favorited in ((fan, True), (other_fan, True), (stranger, False), (None, False)):
        article = conduit.article(slug, viewer)
        assert (article["favorited"], article["favoritesCount"]) == (favorited, 2)


def test_unfavorite_answers_the_article_no_longer_favorited(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    fan = conduit.register()
    slug = conduit.create_article()["slug"]
    conduit.favorite(slug, by=fan)

    response = anonymous.delete(f"/api/articles/{slug}/favorite", headers=fan.headers)

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "SingleArticleResponse")
    article = response.json()["article"]
    assert (article["favorited"], article["favoritesCount"]) == (False, 0)
    assert conduit.article(slug, fan)["favorited"] is False


@pytest.mark.parametrize("method", ["POST", "DELETE"], ids=["favorite", "unfavorite"])
def test_repeating_a_favorite_or_unfavorite_changes_nothing_more(
    conduit: Conduit, anonymous: httpx.Client, method: str
) -> None:
    fan = conduit.register()
    slug = conduit.create_article()["slug"]
    if method == "DELETE":
        conduit.favorite(slug, by=fan)
    url = f"/api/articles/{slug}/favorite"

    first, again = (anonymous.request(method, url, headers=fan.headers) for _ in range(2))

    expected = (True, 1) if method == "POST" else (False, 0)
    assert first.status_code == 200, first.text
    # The spec is silent on repeating one: it may answer the article again, or refuse.
    for answer in (first, again):
        if answer.status_code == 200:
            article = answer.json()["article"]
            assert (article["favorited"], article["favoritesCount"]) == expected
        else:
            assert 400 <= answer.status_code < 500, answer.text
            assert_error(answer, answer.status_code)
    article = conduit.article(slug, fan)
    assert (article["favorited"], article["favoritesCount"]) == expected


def test_favorites_show_in_lists_for_the_viewer(conduit: Conduit) -> None:
    fan = conduit.register()
    tag = unique("tag")
    liked = conduit.create_article(tagList=[tag])
    conduit.create_article(tagList=[tag])
    conduit.favorite(liked["slug"], by=fan)

    mine = conduit.articles(fan, tag=tag)["articles"]
    anyone = conduit.articles(None, tag=tag)["articles"]

    flags = {a["slug"]: (a["favorited"], a["favoritesCount"]) for a in mine}
    assert flags[liked["slug"]] == (True, 1)
    assert sorted(flags.values()) == [(False, 0), (True, 1)]
    assert {a["slug"]: (a["favorited"], a["favoritesCount"]) for a in anyone} == {
        slug: (False, count) for slug, (_, count) in flags.items()
    }


def test_the_favorited_filter_lists_what_a_user_favorited_newest_first(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    fan, author = conduit.register(), conduit.register()
    first = conduit.create_article(by=author)
    conduit.create_article(by=author)
    third = conduit.create_article()
    conduit.favorite(first["slug"], by=fan)
    conduit.favorite(third["slug"], by=fan)

    response = anonymous.get("/api/articles", params={"favorited": fan.username})

    assert response.status_code == 200, response.text
    body = response.json()
    assert_matches(body, "MultipleArticlesResponse")
    assert [a["slug"] for a in body["articles"]] == [third["slug"], first["slug"]]
    assert body["articlesCount"] == 2
    assert all(a["favoritesCount"] == 1 for a in body["articles"])
    assert all("body" not in a for a in body["articles"])
    paged = conduit.articles(fan, favorited=fan.username, limit=1, offset=1)
    assert [a["slug"] for a in paged["articles"]] == [first["slug"]]
    assert paged["articlesCount"] == 2
    assert all(a["favorited"] for a in paged["articles"])


def test_the_favorited_filter_of_a_user_without_favorites_is_empty(conduit: Conduit) -> None:
    idle = conduit.register()
    conduit.create_article()

    assert conduit.articles(favorited=idle.username) == {"articles": [], "articlesCount": 0}
    assert conduit.articles(favorited=unique("nobody")) == {"articles": [], "articlesCount": 0}


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_favorites_need_a_token(conduit: Conduit, anonymous: httpx.Client, method: str) -> None:
    slug = conduit.create_article()["slug"]

    response = anonymous.request(method, f"/api/articles/{slug}/favorite")

    assert_error(response, 401)
    assert conduit.article(slug)["favoritesCount"] == 0


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_favoriting_an_unknown_article_answers_404(
    conduit: Conduit, anonymous: httpx.Client, method: str
) -> None:
    fan = conduit.register()

    response = anonymous.request(
        method, f"/api/articles/{unique('missing-')}/favorite", headers=fan.headers
    )

    assert_error(response, 404)


def test_the_feed_lists_only_followed_authors_newest_first(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    reader, followed, also_followed, ignored = (conduit.register() for _ in range(4))
    conduit.follow(followed.username, by=reader)
    conduit.follow(also_followed.username, by=reader)
    tags = [unique("tag"), unique("tag")]
    first = conduit.create_article(by=followed, tagList=tags)
    conduit.create_article(by=ignored)
    second = conduit.create_article(by=also_followed)
    conduit.create_article(by=reader)
    third = conduit.create_article(by=followed)

    response = anonymous.get("/api/articles/feed", headers=reader.headers)

    assert response.status_code == 200, response.text
    body = response.json()
    assert_matches(body, "MultipleArticlesResponse")
    assert [a["slug"] for a in body["articles"]] == [third["slug"], second["slug"], first["slug"]]
    assert body["articlesCount"] == 3
    assert all("body" not in a for a in body["articles"])
    assert all(a["author"]["following"] is True for a in body["articles"])
    assert sorted(body["articles"][-1]["tagList"]) == sorted(tags)


def test_the_feed_pages_with_limit_and_offset(conduit: Conduit) -> None:
    reader, author = conduit.register(), conduit.register()
    conduit.follow(author.username, by=reader)
    newest_first = [conduit.create_article(by=author)["slug"] for _ in range(5)][::-1]

    page = conduit.feed(reader, limit=2, offset=2)
    beyond = conduit.feed(reader, offset=10)

    assert [a["slug"] for a in page["articles"]] == newest_first[2:4]
    assert page["articlesCount"] == 5
    assert beyond == {"articles": [], "articlesCount": 5}


def test_the_feed_shows_favorites_of_the_reader(conduit: Conduit) -> None:
    reader, author = conduit.register(), conduit.register()
    conduit.follow(author.username, by=reader)
    slug = conduit.create_article(by=author)["slug"]
    conduit.favorite(slug, by=reader)

    [article] = conduit.feed(reader)["articles"]

    assert (article["slug"], article["favorited"], article["favoritesCount"]) == (slug, True, 1)


def test_the_feed_of_a_reader_following_nobody_is_empty(conduit: Conduit) -> None:
    reader = conduit.register()
    conduit.create_article()

    assert conduit.feed(reader) == {"articles": [], "articlesCount": 0}


def test_unfollowing_takes_an_author_out_of_the_feed(conduit: Conduit) -> None:
    reader, author = conduit.register(), conduit.register()
    conduit.follow(author.username, by=reader)
    conduit.create_article(by=author)

    conduit.unfollow(author.username, by=reader)

    assert conduit.feed(reader) == {"articles": [], "articlesCount": 0}


def test_the_feed_needs_a_token(anonymous: httpx.Client) -> None:
    assert_error(anonymous.get("/api/articles/feed"), 401)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": -1}, {"offset": -1}])
def test_impossible_feed_pagination_answers_422(
    conduit: Conduit, anonymous: httpx.Client, params: dict[str, int]
) -> None:
    reader = conduit.register()

    assert_422(anonymous.get("/api/articles/feed", params=params, headers=reader.headers))
