"""The lecturer's review of the civil lessons: online infringement is a fact, the page's rule is described only as
the reference allows, a reading of the page is marked as one, and every step names the paragraph it applies."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pilaw import law
from pilaw.law.steps import PAGE_CLAIM, Kind, of_kind
from pilaw.rules.compensation import claimed_rule, page_claim, statutory_damages, trade_secret_damages
from pilaw.teaching.cases import compare

ROOT = Path(__file__).resolve().parents[1]
PIPL_ERA = date(2024, 6, 1)
ONLINE = "spc_2020_online_rights/12"

#: The files of the civil and case-study lessons, whose every text must describe the page's rule as the reference does.
LESSON_FILES = (
    "lib/pilaw/rules/compensation.py",
    "lib/pilaw/data/figures/compensation.json",
    "lib/pilaw/data/page_claim.json",
    "lib/pilaw/data/cases_civil.json",
    "lib/pilaw/teaching/cases.py",
    "lib/pilaw/teaching/case_study.py",
    "lib/pilaw/widgets/compensation.py",
    "lib/pilaw/widgets/case_study.py",
    "notebooks/05_compensation.ipynb",
    "notebooks/11_case_study.ipynb",
)

#: Wordings that say more than the reference found ("not found … as of mid-2026; origin unknown").
OVERSTATEMENTS = (
    "no statute contains",
    "found in no law",
    "invents a floor",
    "does not exist",
    "no such rule exists",
    "no statutory minimum exists",
    "在法律中找不到",
    "grants any mental claim above it in full",
)


def _lesson_text(name: str) -> str:
    text = (ROOT / name).read_text(encoding="utf-8")
    if name.endswith(".ipynb"):
        cells = json.loads(text)["cells"]
        return "\n".join("".join(cell["source"]) for cell in cells)
    return text


# --------------------------------------------------------------------------- 3. what the page's rule is


@pytest.mark.parametrize("name", LESSON_FILES)
def test_no_lesson_file_says_more_about_the_page_s_rule_than_that_it_was_not_found(name):
    text = _lesson_text(name).lower()
    for phrase in OVERSTATEMENTS:
        assert phrase.lower() not in text, f"{name}: {phrase!r}"


def test_the_page_s_finding_says_not_found_as_of_mid_2026_and_origin_unknown():
    claim = page_claim()
    assert (
        "not found in national law, administrative regulations or judicial interpretations as of mid-2026"
        in claim.finding_en
    )
    assert "origin is unknown" in claim.finding_en
    assert "检索截至2026年年中" in claim.finding_zh and "来源不明" in claim.finding_zh


def test_granting_a_larger_mental_claim_in_full_is_marked_as_the_course_s_reading_of_the_page():
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True, mental_claim=50000)
    (reading,) = of_kind(award.steps, Kind.READING)
    assert reading.cites == PAGE_CLAIM and "不低于3000元" in reading.text_zh
    assert "reading" in reading.text_en and "does not say" in reading.text_en
    assert award.mental == 50000  # the result itself is unchanged


def test_the_page_s_floor_for_an_unclaimed_amount_stays_the_page_s_own_words():
    award = claimed_rule(gain=None, loss=None, severe_mental_harm=True)
    assert {s.kind for s in award.steps} == {Kind.PAGE}


def test_the_court_decides_step_says_the_page_s_floor_was_not_found_not_that_it_cannot_exist():
    award = statutory_damages(loss=None, gain=None, on=PIPL_ERA)
    first = of_kind(award.steps, Kind.NOT_ASSESSED)[0]
    assert "not found in national law" in first.text_en and "mid-2026" in first.text_en
    assert "检索截至2026年年中" in first.text_zh


# --------------------------------------------------------------------------- 1. online infringement is a fact


def test_offline_the_step_says_what_ticking_online_infringement_would_bring_in():
    award = statutory_damages(loss=None, gain=None, online=False, on=PIPL_ERA)
    step = next(s for s in award.steps if s.cites == ONLINE)
    assert step.paragraph == 2 and step.kind is Kind.NOT_ASSESSED
    assert "information networks" in step.text_en and "500,000" in step.text_en and "fact" in step.text_en
    assert "利用信息网络" in step.text_zh


def test_online_the_ceiling_rests_on_unverified_text_and_carries_its_provision_s_caveat():
    award = statutory_damages(loss=None, gain=None, online=True, on=PIPL_ERA)
    ceiling = next(s for s in award.steps if s.cites == ONLINE and "ceiling" in s.text_en)
    assert ceiling.kind is Kind.UNVERIFIED and ceiling.paragraph == 2
    assert "start date" in ceiling.text_en and "Not fully verified" in ceiling.text_en
    assert "as entered" in ceiling.text_en.lower()  # a fact entered, not a default of the law


def test_the_online_ceiling_figure_carries_the_caveat_of_its_provision():
    fig = law.figure("online_rights12.court_damages_cap", PIPL_ERA)
    prov = law.provision(ONLINE, PIPL_ERA)
    assert not prov.verified
    assert fig.verified is False and fig.note == prov.note and fig.last_checked


# --------------------------------------------------------------------------- 7. cite to the paragraph and item


def _damages_results():
    yield statutory_damages(loss=100, gain=200, costs=10, severe_mental_harm=True, online=True, on=PIPL_ERA)
    yield statutory_damages(loss=None, gain=None, costs=10, online=False, on=PIPL_ERA)
    yield statutory_damages(loss=None, gain=300, costs=10, on=PIPL_ERA)
    yield statutory_damages(loss=None, gain=None, costs=10, online=True, on=date(2021, 6, 1))
    yield statutory_damages(loss=100, gain=None, on=date(2021, 6, 1))
    for conduct, trial in ((date(2020, 1, 1), date(2025, 1, 1)), (date(2025, 11, 1), date(2026, 6, 1))):
        for loss, gain in ((100, 200), (None, None), (None, 50)):
            yield trade_secret_damages(
                loss=loss,
                gain=gain,
                conduct_date=conduct,
                trial_date=trial,
                wilful=True,
                serious=True,
                multiplier=3,
                costs=5,
            )
    for facts in ({"online": True}, {"online": False, "costs": 10}, {"loss": 1000, "severe_mental_harm": True}):
        yield compare(gain=facts.pop("gain", None), loss=facts.pop("loss", None), on=PIPL_ERA, **facts)
    yield compare(gain=None, loss=None, on=date(2021, 6, 1))


def _day_of(result) -> date:
    on = getattr(result, "on", None)
    return on if isinstance(on, date) else PIPL_ERA


@pytest.mark.parametrize("result", list(_damages_results()), ids=lambda r: type(r).__name__)
def test_every_damages_step_citing_an_article_of_several_paragraphs_names_the_paragraph_it_applies(result):
    for step in result.steps:
        if step.cites == PAGE_CLAIM:
            continue
        versions = law.versions(step.cites)
        if all(len(v.paragraph_lines()) == 1 for v in versions):
            continue
        assert step.paragraph is not None, f"{step.cites}: {step.text_en}"
        assert any(_has(v, step) for v in versions), f"{step.cites} para. {step.paragraph} item {step.item}"


def _has(version, step) -> bool:
    try:
        version.lines_of(step.paragraph, step.item)
    except law.LawError:
        return False
    return True


def test_pipl_69_is_cited_para_1_for_presumed_fault_and_para_2_for_the_measure():
    award = statutory_damages(loss=100, gain=None, on=PIPL_ERA)
    pipl = [s for s in award.steps if s.cites == "pipl/69"]
    fault = next(s for s in pipl if "presumed" in s.text_en)
    measure = next(s for s in pipl if "measured" in s.text_en)
    assert (fault.paragraph, measure.paragraph) == (1, 2)
    assert {s.paragraph for s in award.steps if s.cites == "civil_code/1165"} == {2}


def test_the_aucl_measure_is_cited_para_3_and_its_statutory_ceiling_para_4():
    known = trade_secret_damages(loss=100, conduct_date=date(2020, 1, 1), trial_date=date(2025, 1, 1))
    unknown = trade_secret_damages(conduct_date=date(2025, 11, 1), trial_date=date(2026, 6, 1))
    assert {s.paragraph for s in known.steps if s.cites == "aucl/17"} == {3}
    ceiling = next(s for s in unknown.steps if "statutory damages" in s.text_en and s.cites == "aucl/22")
    assert ceiling.paragraph == 4


def test_a_pinpointed_step_reads_with_its_paragraph():
    award = statutory_damages(loss=None, gain=None, online=True, on=PIPL_ERA)
    ceiling = next(s for s in award.steps if s.cites == ONLINE and "ceiling" in s.text_en)
    assert str(ceiling).endswith(f"[{ONLINE} para. 2]")
    assert re.search(r"第十二条第二款", ceiling.text_zh)
