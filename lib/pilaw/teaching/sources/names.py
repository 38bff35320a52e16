"""Names replaced by a later act: crime names and authorities."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh
from pilaw.teaching.sources.data import crime_name_records, day_of, in_force, terms, versions_of
from pilaw.teaching.sources.findings import State, label_of, period, step_on
from pilaw.teaching.sources.layout import lines_in
from pilaw.teaching.sources.records import OUTDATED_TERM


@cache
def crime_table() -> dict[str, tuple[str, date | None, date | None, str, str | None]]:
    """Crime name → (ref, from, to, source, name in force now); names of crime_names.json and terms.json."""
    out: dict[str, tuple[str, date | None, date | None, str, str | None]] = {}
    for ref, records in crime_name_records().items():
        for rec in records:
            for part in re.split(r"[；;]", rec["name_zh"]):
                name = re.sub(r"（[^）]*）", "", part).strip()
                if name:
                    out[name] = (
                        ref,
                        day_of(rec["effective_from"]),
                        day_of(rec["effective_to"]),
                        rec["source_zh"],
                        None,
                    )
    for name, rec in terms()["crime_articles"].items():
        if not name.startswith("_"):
            out.setdefault(name, (rec["ref"], None, None, rec["source"], None))
    return out


@cache
def crime_pattern() -> re.Pattern[str] | None:
    names = sorted(crime_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


# --------------------------------------------------------------------------- names replaced


@cache
def _term_table() -> dict[str, dict[str, Any]]:
    """Old name → what replaced it, when, by which act, and the provision to show (crime names and authorities)."""
    out: dict[str, dict[str, Any]] = {}
    for name, (ref, _start, end, _source, _now) in crime_table().items():
        if end is None:
            continue
        records = crime_name_records().get(ref, [])
        later = [r for r in records if (d := day_of(r["effective_from"])) is not None and d > end]
        if not later:
            continue
        new = later[0]
        out[name] = {
            "kind": "crime",
            "new_zh": new["name_zh"],
            "new_en": new["name_en"],
            "on": new["effective_from"],
            "act_zh": new["source_zh"],
            "act_en": f"the SPC/SPP supplementary provisions on crime names ({new['source_zh']})",
            "ref": ref,
            "see_also": [],
            "verified": True,
            "note": "",
            "competent": [],
        }
    for entry in terms()["authorities"]:
        for name in entry["old_zh"]:
            out[name] = {
                "kind": "authority",
                "new_zh": entry["new_zh"],
                "new_en": entry["new_en"],
                "old_en": entry["old_en"],
                "on": entry["replaced_on"],
                "act_zh": entry["act_zh"],
                "act_en": entry["act_en"],
                "ref": entry["ref"],
                "see_also": entry.get("see_also", []),
                "verified": bool(entry.get("verified", False)),
                "note": entry.get("note", ""),
                "competent": entry.get("competent", []),
            }
    return out


@cache
def _term_pattern() -> re.Pattern[str] | None:
    names = sorted(_term_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)) if names else None


def check_terms(state: State) -> None:
    """Each crime name or authority, outside a quotation, that a later act had replaced by the day of reading."""
    pattern = _term_pattern()
    if pattern is None:
        return
    for m in pattern.finditer(state.norm):
        entry = _term_table()[m.group(0)]
        since = date.fromisoformat(entry["on"])
        if state.inside_quote(m.start(), m.end()) or since > state.on:
            continue
        name = m.group(0)
        competent = _competent(state, entry, m.start(), m.end())
        ref = competent[0].cites if competent else entry["ref"]
        see_also = [r for r in [entry["ref"], *entry["see_also"]] if r != ref]
        what_zh, what_en = ("罪名", "crime name") if entry["kind"] == "crime" else ("机关名称", "authority's name")
        state.found(
            OUTDATED_TERM,
            ref if versions_of(ref) else None,
            (m.start(), m.end()),
            (
                f"“{name}”这个{what_zh}自{date_zh(since)}起已被“{entry['new_zh']}”取代（{entry['act_zh']}）。",
                f"The {what_en} '{name}' was replaced on {since.isoformat()} by {entry['new_en']} ({entry['act_en']}).",
            ),
            (*_term_steps(state, entry, name, since, m.start(), m.end()), *competent),
            expected=entry["new_zh"],
            see_also=see_also,
        )


def _term_steps(state: State, entry: dict[str, Any], name: str, since: date, start: int, end: int) -> list[Step]:
    """The replacement, its caveat, the older texts that keep the old name, and the current name nearby."""
    ref = entry["ref"]
    held = bool(versions_of(ref))
    kind = Kind.APPLIES if entry["verified"] and held else (Kind.UNVERIFIED if held else Kind.NOT_ASSESSED)
    steps = [
        Step(
            f"自{date_zh(since)}起，{entry['act_zh']}以“{entry['new_zh']}”取代了“{name}”。",
            f"Since {since.isoformat()}, {entry['act_en']} has replaced '{name}' with {entry['new_en']}.",
            ref,
            kind,
        )
    ]
    if entry["note"]:
        steps.append(Step(f"注意：{entry['note']}", f"Caveat: {entry['note']}", ref, Kind.UNVERIFIED))
    for other in entry["see_also"]:
        versions = versions_of(other)
        if versions and name in versions[-1].text_zh:
            o_zh, o_en = label_of(versions[-1])
            steps.append(
                step_on(
                    f"{o_zh}（{period(versions[-1])[0]}）仍写“{name}”：旧的条文里还能见到旧名称。",
                    f"{o_en} ({period(versions[-1])[1]}) still says '{name}': older texts keep the old name.",
                    versions[-1],
                )
            )
    nearby = state.norm[max(0, start - 40) : end + 40]
    new_names = [n for n in re.split(r"[；;]", re.sub(r"（[^）]*）", "", entry["new_zh"])) if n]
    if any(n in nearby for n in new_names):
        steps.append(
            Step(
                "原文在旁边也写了现在的名称，但仍把旧名称当作正式名称使用。",
                "The text also gives the current name nearby, but still uses the old one as if it were current.",
                ref,
            )
        )
    return steps


def _competent(state: State, entry: dict[str, Any], start: int, end: int) -> list[Step]:
    """Where the text's subject has its own authority (``terms.json`` "competent": a trade-secret complaint goes to
    the Anti-Unfair Competition Law's supervision and inspection department), the provision in force that names it."""
    line = next(s for s in lines_in(state.norm) if s.start <= start <= s.end)
    around = state.norm[line.start : line.end]
    for rule in entry["competent"]:
        if not all(k in around for k in rule["keywords"]):
            continue
        prov = next((p for r in rule["refs"] if (p := in_force(versions_of(r), state.on)) is not None), None)
        if prov is None:
            continue
        zh, en = label_of(prov)
        period_zh, period_en = period(prov)
        return [
            step_on(
                f"这里说的是{rule['subject_zh']}：依{zh}（{period_zh}），由“{rule['authority_zh']}”处罚。",
                f"The text speaks of {rule['subject_en']}: under {en} ({period_en}), {rule['authority_en']} imposes "
                "the penalty.",
                prov,
            )
        ]
    return []
