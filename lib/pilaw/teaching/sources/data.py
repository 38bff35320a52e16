"""The course's data the checker reads beyond the corpus (``terms.json``, ``crime_names.json``), and the corpus by article."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from pilaw import law

# --------------------------------------------------------------------------- data


@cache
def terms() -> dict[str, Any]:
    """``data/terms.json``: law names, article counts, renumbering, authorities, penalty words, subjects."""
    raw = law.data("terms.json")
    assert isinstance(raw, dict)
    return raw


@cache
def crime_name_records() -> dict[str, list[dict[str, Any]]]:
    raw = law.data("crime_names.json")
    assert isinstance(raw, dict)
    names: dict[str, list[dict[str, Any]]] = raw["names"]
    return names


def day_of(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


@cache
def law_names() -> dict[str, str]:
    """Every name a text may give a law (simplified), mapped to its key: laws.json's full and short names, with
    and without 中华人民共和国, and the aliases of terms.json."""
    names: dict[str, str] = {}
    prefix = "中华人民共和国"
    for key, entry in law.laws().items():
        for name in (entry.zh, entry.short_zh):
            names[name] = key
            if name.startswith(prefix):
                names[name.removeprefix(prefix)] = key
    for key, entry in terms()["laws"].items():
        if key.startswith("_"):
            continue
        for name in entry.get("aliases", ()):
            names[name] = key
            names.setdefault(prefix + name, key)
    return names


def law_label(key: str | None) -> tuple[str, str]:
    """A law's short name in both languages (``民法典``, ``Civil Code``)."""
    if key is None:
        return "未指明的法律", "an unnamed law"
    known = law.laws().get(key)
    if known is not None:
        return known.short_zh, known.short_en
    entry = terms()["laws"].get(key, {})
    return entry.get("zh", key), entry.get("en", key)


@cache
def corpus_table() -> dict[str, dict[str, tuple[law.Provision, ...]]]:
    """law key → article → versions (oldest first)."""
    table: dict[str, dict[str, list[law.Provision]]] = {}
    for prov in law.provisions():
        table.setdefault(prov.law, {}).setdefault(prov.article, []).append(prov)
    return {k: {a: tuple(vs) for a, vs in arts.items()} for k, arts in table.items()}


def versions_of(ref: str) -> tuple[law.Provision, ...]:
    key, _, article = ref.partition("/")
    return corpus_table().get(key, {}).get(article, ())


def in_force(versions: Iterable[law.Provision], on: date) -> law.Provision | None:
    return next((v for v in versions if v.in_force(on)), None)


def article_count(key: str, on: date) -> int | None:
    """How many articles law ``key`` has on ``on`` (its last text before, if none yet), or None if unknown."""
    rows = terms()["article_counts"].get(key)
    if not rows:
        return None
    best = None
    for row in rows:
        start, end = day_of(row["effective_from"]), day_of(row["effective_to"])
        if start is not None and start <= on and (end is None or on <= end):
            return int(row["count"])
        if best is None or (start is not None and start <= on):
            best = int(row["count"])
    return best if best is not None else int(rows[-1]["count"])


def renumbering_of(ref: str) -> dict[str, Any] | None:
    return next((r for r in terms()["renumbered"] if r["from"] == ref), None)
