"""Profiles and follows (stage 5): `following` is the viewer's, follow/unfollow are idempotent."""

from __future__ import annotations

import httpx
import pytest

from tests.conformance.client import USERS, Conduit, unique
from tests.conformance.errors import assert_error
from tests.conformance.schema import assert_matches

pytestmark = pytest.mark.stage(USERS)


def test_a_profile_shows_the_user_and_is_not_followed_by_anonymous_viewers(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    user = conduit.register()

    response = anonymous.get(f"/api/profiles/{user.username}")

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "ProfileResponse")
    profile = response.json()["profile"]
    assert profile["username"] == user.username
    assert profile["following"] is False
    assert "email" not in profile
    assert "token" not in profile


def test_follow_answers_the_profile_followed_for_that_viewer_only(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    author, follower, stranger = conduit.register(), conduit.register(), conduit.register()

    response = anonymous.post(f"/api/profiles/{author.username}/follow", headers=follower.headers)

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "ProfileResponse")
    assert response.json()["profile"]["username"] == author.username
    assert response.json()["profile"]["following"] is True
    assert conduit.profile(author.username, viewer=follower)["following"] is True
    assert conduit.profile(author.username, viewer=stranger)["following"] is False
    assert conduit.profile(author.username)["following"] is False
    assert conduit.profile(follower.username, viewer=author)["following"] is False


def test_unfollow_answers_the_profile_no_longer_followed(
    conduit: Conduit, anonymous: httpx.Client
) -> None:
    author, follower = conduit.register(), conduit.register()
    conduit.follow(author.username, by=follower)

    response = anonymous.delete(f"/api/profiles/{author.username}/follow", headers=follower.headers)

    assert response.status_code == 200, response.text
    assert_matches(response.json(), "ProfileResponse")
    assert response.json()["profile"]["following"] is False
    assert conduit.profile(author.username, viewer=follower)["following"] is False


def test_follow_and_unfollow_are_idempotent(conduit: Conduit) -> None:
    author, follower = conduit.register(), conduit.register()

    twice = [conduit.follow(author.username, by=follower) for _ in range(2)]
    once_undone = conduit.unfollow(author.username, by=follower)
    twice_undone = conduit.unfollow(author.username, by=follower)

    assert [p["following"] for p in twice] == [True, True]
    assert (once_undone["following"], twice_undone["following"]) == (False, False)
    assert conduit.profile(author.username, viewer=follower)["following"] is False


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_following_an_unknown_user_answers_404(
    conduit: Conduit, anonymous: httpx.Client, method: str
) -> None:
    follower = conduit.register()

    response = anonymous.request(
        method, f"/api/profiles/{unique('nobody')}/follow", headers=follower.headers
    )

    assert_error(response, 404)


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_follow_and_unfollow_need_a_token(
    conduit: Conduit, anonymous: httpx.Client, method: str
) -> None:
    author = conduit.register()

    response = anonymous.request(method, f"/api/profiles/{author.username}/follow")

    assert_error(response, 401)


def test_authors_in_articles_lists_and_comments_are_followed_for_the_follower_only(
    conduit: Conduit,
) -> None:
    author, follower = conduit.register(), conduit.register()
    tag = unique("tag")
    article = conduit.create_article(by=author, tagList=[tag])
    conduit.add_comment(article["slug"], by=author)
    conduit.follow(author.username, by=follower)

    for viewer, following in ((follower, True), (None, False)):
        assert conduit.article(article["slug"], viewer)["author"]["following"] is following
        listed = conduit.articles(viewer, tag=tag)["articles"]
        assert [a["author"]["following"] for a in listed] == [following]
        comments = conduit.comments(article["slug"], viewer)
        assert [c["author"]["following"] for c in comments] == [following]
