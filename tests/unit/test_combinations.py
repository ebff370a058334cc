"""The pairwise generator really covers every pair."""

from __future__ import annotations

import itertools
from typing import Any

from tests.helpers.combinations import buildable_combinations, pairwise


def test_pairwise_covers_every_pair_of_values_with_fewer_rows_than_the_product() -> None:
    factors: dict[str, list[Any]] = {
        "a": [1, 2, 3],
        "b": ["x", "y"],
        "c": [True, False],
        "d": ["p", "q", "r"],
    }

    rows = pairwise(factors)

    for first, second in itertools.combinations(factors, 2):
        for pair in itertools.product(factors[first], factors[second]):
            assert any((row[first], row[second]) == pair for row in rows), (first, second, pair)
    assert len(rows) < 3 * 2 * 2 * 3


def test_pairwise_starts_with_the_defaults() -> None:
    assert pairwise({"a": [1, 2], "b": [3, 4]})[0] == {"a": 1, "b": 3}


def test_a_single_factor_gives_each_value_once() -> None:
    assert pairwise({"a": [1, 2, 3]}) == [{"a": 1}, {"a": 2}, {"a": 3}]


def test_combination_ids_are_unique_and_readable() -> None:
    ids = [combo.id for combo in buildable_combinations()]

    assert len(ids) == len(set(ids))
    assert "python-s1-default" in ids
