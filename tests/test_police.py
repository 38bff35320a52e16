"""The police route by date (pilaw.rules.police): one rule, one regime per period, both sides of 2026-01-01."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.steps import Kind, of_kind
from pilaw.rules import police
from pilaw.rules.criminal import Severity
from pilaw.rules.police import Outcome, police_penalty, police_ref
from test_no_hardcoded_figures import numbers_in

LAST_DAY_OF_CSL_64 = date(2025, 12, 31)
FIRST_DAY_OF_PSL_56 = date(2026, 1, 1)
FIRST_DAY_OF_CSL_64 = date(2017, 6, 1)


def test_the_regimes_are_chosen_by_the_corpus_dates_of_their_provisions():
    assert law.versions("cybersecurity_law/64")[-1].effective_to == LAST_DAY_OF_CSL_64
    assert law.versions("public_security_law/56")[0].effective_from == FIRST_DAY_OF_PSL_56
    assert [ref for ref, _regime in police.REGIMES] == ["public_security_law/56", "cybersecurity_law/64"]


@pytest.mark.parametrize(
    "day, ref",
    [
        (date(2017, 5, 31), None),
        (FIRST_DAY_OF_CSL_64, "cybersecurity_law/64"),
        (LAST_DAY_OF_CSL_64, "cybersecurity_law/64"),
        (FIRST_DAY_OF_PSL_56, "public_security_law/56"),
    ],
)
def test_the_punishing_provision_changes_on_2017_06_01_and_on_2026_01_01(day, ref):
    assert police_ref(day) == ref


def test_until_2025_12_31_the_police_confiscate_and_fine_under_csl_64_para_2():
    r = police_penalty(Severity.NONE, on=LAST_DAY_OF_CSL_64)
    assert r.outcome is Outcome.PUNISHES and r.applies
    assert r.refs == ("cybersecurity_law/64",) and r.ref == "cybersecurity_law/64"
    text = law.provision("cybersecurity_law/64", LAST_DAY_OF_CSL_64).paragraphs_zh[1]
    assert any(text in s.text_zh and s.cites == "cybersecurity_law/64" for s in r.steps)
    assert "confiscation and a fine" in r.penalty_en
    assert of_kind(r.steps, Kind.UNVERIFIED) == ()


def test_from_2026_01_01_csl_71_refers_to_psl_56_detention_by_inference_on_unverified_texts():
    r = police_penalty(Severity.NONE, on=FIRST_DAY_OF_PSL_56)
    assert r.outcome is Outcome.PUNISHES
    assert r.refs == ("cybersecurity_law/46", "cybersecurity_law/71", "public_security_law/56")
    assert r.steps[0].cites == "cybersecurity_law/71" and r.steps[-1].cites == "public_security_law/56"
    assert law.provision("public_security_law/56", FIRST_DAY_OF_PSL_56).paragraphs_zh[0] in r.steps[-1].text_zh
    assert "detention" in r.penalty_en
    assert [s.cites for s in of_kind(r.steps, Kind.UNVERIFIED)] == ["cybersecurity_law/71", "public_security_law/56"]
    assert [s.cites for s in of_kind(r.steps, Kind.READING)] == ["cybersecurity_law/71"]
    assert "inference" in of_kind(r.steps, Kind.READING)[0].text_en


@pytest.mark.parametrize("day", [LAST_DAY_OF_CSL_64, FIRST_DAY_OF_PSL_56])
@pytest.mark.parametrize("severity", [Severity.SERIOUS, Severity.ESPECIALLY_SERIOUS])
def test_a_crime_on_the_numbers_takes_the_criminal_route_on_both_sides_of_2026(day, severity):
    r = police_penalty(severity, on=day)
    assert r.outcome is Outcome.CRIME and not r.applies
    assert r.steps[0].cites == "pipl/71" and "does not apply" in r.penalty_en


def test_before_pipl_a_crime_cites_art_253_1_since_pipl_71_was_not_yet_in_force():
    r = police_penalty(Severity.SERIOUS, on=date(2021, 10, 31))
    assert r.steps[0].cites == "criminal_law/253-1"
    assert police_penalty(Severity.SERIOUS, on=date(2021, 11, 1)).steps[0].cites == "pipl/71"


@pytest.mark.parametrize("day", [LAST_DAY_OF_CSL_64, FIRST_DAY_OF_PSL_56])
def test_a_sale_to_buyers_who_may_use_it_for_crime_leaves_the_route_open_on_what_he_knew(day):
    r = police_penalty(Severity.NONE, on=day, knowledge_open=True)
    assert r.outcome is Outcome.OPEN and not r.applies
    assert any("item (二)" in s.text_en for s in r.steps)


def test_below_the_standards_the_non_numeric_circumstances_are_listed_as_not_assessed():
    r = police_penalty(Severity.NONE, on=LAST_DAY_OF_CSL_64)
    assessed = of_kind(r.steps, Kind.NOT_ASSESSED)
    assert [s.cites for s in assessed] == ["spc_2017_personal_information/5", "cybersecurity_law/64"]
    assert "non-numeric circumstances" in assessed[0].text_en and "does not compute" in assessed[1].text_en


def test_before_2017_06_01_no_police_provision_exists():
    r = police_penalty(Severity.NONE, on=date(2017, 5, 31))
    assert r.outcome is Outcome.NO_PROVISION and r.ref is None and r.refs == ()
    assert police_penalty(Severity.SERIOUS, on=date(2017, 5, 31)).outcome is Outcome.CRIME


@pytest.mark.parametrize("bad", ["serious", None, 1])
def test_the_rule_refuses_a_severity_that_is_not_one(bad):
    with pytest.raises(InputError):
        police_penalty(bad, on=LAST_DAY_OF_CSL_64)


@pytest.mark.parametrize("bad", ["2025-12-31", 20251231, True])
def test_the_rule_refuses_a_date_that_is_not_a_date(bad):
    with pytest.raises(InputError):
        police_penalty(Severity.NONE, on=bad)


def test_the_rule_refuses_a_knowledge_flag_that_is_not_yes_or_no():
    with pytest.raises(InputError):
        police_penalty(Severity.NONE, on=LAST_DAY_OF_CSL_64, knowledge_open="yes")


def pinpoint_numbers(path) -> set[tuple[int, object]]:
    """The numbers written as a step's paragraph (款) or item (项): where a provision is cited, not a figure."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        (number.lineno, number.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and node.arg in ("paragraph", "item")
        for number in ast.walk(node.value)
        if isinstance(number, ast.Constant)
    }


def test_the_police_rule_writes_no_figure_of_its_own():
    path = Path(police.__file__)
    assert [found for found in numbers_in(path) if found not in pinpoint_numbers(path)] == []


def test_every_police_step_cites_the_paragraph_and_item_it_applies():
    for severity, day in ((Severity.NONE, LAST_DAY_OF_CSL_64), (Severity.SERIOUS, FIRST_DAY_OF_PSL_56)):
        for knowledge_open in (False, True):
            result = police_penalty(severity, on=day, knowledge_open=knowledge_open)
            for step in result.steps:
                if len(law.provision(step.cites, day).paragraph_lines()) > 1:
                    assert step.paragraph is not None, step.text_en
    csl = police_penalty(Severity.NONE, on=LAST_DAY_OF_CSL_64)
    assert (csl.steps[-2].cites, csl.steps[-2].paragraph) == ("cybersecurity_law/64", 2)
    assert csl.steps[-2].text_zh.endswith(
        law.provision("cybersecurity_law/64", LAST_DAY_OF_CSL_64).paragraphs_zh[1] + "”"
    )
    psl = police_penalty(Severity.NONE, on=FIRST_DAY_OF_PSL_56)
    assert [(s.cites, s.paragraph) for s in psl.steps[:2]] == [("cybersecurity_law/71", 2)] * 2
    assert (psl.steps[-1].cites, psl.steps[-1].paragraph) == ("public_security_law/56", 1)
    ring = police_penalty(Severity.NONE, on=FIRST_DAY_OF_PSL_56, knowledge_open=True)
    assert any(s.paragraph == 1 and s.item == 2 for s in ring.steps)
