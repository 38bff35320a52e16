"""Published civil cases, and the page's 500 / 3,000 yuan claim set beside the statutory rules."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import PAGE_CLAIM
from pilaw.rules.compensation import claimed_rule, page_claim, statutory_damages
from pilaw.show.judgment import as_recorded, judgment_html
from pilaw.teaching import cases
from pilaw.teaching.cases import Case, at_page_floor, case, compare, floor_sources, grade_caveat, judgment, scenarios

D = Decimal
REFERENCE = Path("/work/shared/reference/cases-civil.md")
DATA = law.DATA / "cases_civil.json"
PAGE_DAY = date(2025, 7, 6)

# The money awarded, exactly as the reference table states it, per case and party.
STATED_AWARDS = {
    "B1": None,
    "B2": ["50000"],
    "B3": ["1038"],
    "B4": ["5231"],
    "B5": ["15000"],
    "B6": ["3000"],
    "B7": ["8000"],
    "B8": [],
    "B9": ["34000"],
    "B10": ["14000"],
    "B11": ["30000", "15170"],
    "B12": ["300000"],
    "B13": ["13000", "30000", "30000", "30000"],
    "B14": ["100000"],
    "B15": ["16000"],
}


def texts(steps) -> str:
    return "\n".join(s.text_zh + "\n" + s.text_en for s in steps)


# --------------------------------------------------------------------------- the loader


def test_there_are_fifteen_cases_numbered_b1_to_b15():
    loaded = cases.cases()
    assert len(loaded) == 15
    assert [c.id for c in loaded] == [f"B{i}" for i in range(1, 16)]
    assert all(isinstance(c, Case) for c in loaded)


def test_every_award_is_the_one_the_reference_states_exactly():
    for c in cases.cases():
        stated = STATED_AWARDS[c.id]
        if stated is None:
            assert c.awarded is None and c.award_parts == ()
        else:
            assert [p.amount for p in c.award_parts] == [D(v) for v in stated]
            assert c.awarded == sum((D(v) for v in stated), D(0))


def test_amounts_are_decimal_or_none_never_float():
    for c in cases.cases():
        for value in (
            c.awarded,
            c.claimed,
            *(p.amount for p in c.award_parts),
            *(s.amount for s in c.stated_loss_or_gain),
        ):
            assert value is None or type(value) is Decimal


def test_the_awards_not_stated_or_zero_are_b1_and_b8():
    assert case("B1").awarded is None
    assert case("B8").awarded == D(0) and case("B8").measure == "none"


def test_over_14000_is_stored_as_14000_and_flagged_approximate():
    b10 = case("B10")
    assert b10.awarded == D(14000) and b10.awarded_approximate
    assert b10.award_parts[0].as_stated == "1.4万余"


def test_over_100000_is_stored_as_100000_and_flagged_approximate():
    loss = case("B2").stated_loss_or_gain[0]
    assert (loss.what, loss.amount, loss.approximate, loss.as_stated) == ("loss", D(100000), True, "10余万")
    gain = case("B13").stated_loss_or_gain[0]
    assert gain.what == "gain" and gain.amount == D(100000) and gain.approximate


def test_only_b10_has_an_approximate_award():
    assert [c.id for c in cases.cases() if c.awarded_approximate] == ["B10"]


def test_the_claims_are_those_stated_and_none_otherwise():
    claims = {c.id: c.claimed for c in cases.cases() if c.claimed is not None}
    assert claims == {"B1": D(1000), "B5": D(72000), "B6": D(300000), "B7": D(30000), "B8": D(0)}


def test_measures_kinds_and_grades_use_the_fixed_vocabularies():
    for c in cases.cases():
        assert c.measure in cases.MEASURES
        assert c.kind in cases.KINDS
        assert c.grades and set(c.grades) <= set(cases.GRADES)
        assert c.sources and all(s.url.startswith(("http://", "https://")) for s in c.sources)


def test_cases_b1_to_b8_are_individual_and_b9_to_b15_public_interest():
    kinds = [c.kind for c in cases.cases()]
    assert kinds == ["individual"] * 8 + ["public_interest"] * 7


def test_the_grades_are_read_as_the_reference_gives_them():
    assert case("B5").grades == ("O",) and case("B5").grade == "O (mirror)"
    assert case("B6").grades == ("M", "R")
    assert [c.id for c in cases.cases() if c.grades == ("R",)] == ["B8", "B12", "B13", "B15"]


def test_a_repost_only_case_says_reported_not_established():
    assert "repost, reported not established" in grade_caveat(case("B8"))[1]
    assert "reported, not established" in grade_caveat(case("B6"))[1]
    assert grade_caveat(case("B3")) == ("", "")


def test_no_case_uses_a_500_or_3000_yuan_floor():
    allowed = {"loss", "gain", "discretionary", "none", "not_stated"}
    for c in cases.cases():
        assert c.measure in allowed
        words = f"{c.measure_note} {c.how_fixed_as_stated}"
        assert "不低于" not in words and "floor" not in words.replace("not a floor", "")


def test_the_only_award_equal_to_a_page_floor_is_a_discretionary_mental_award():
    hits = at_page_floor()
    assert [c.id for c in hits] == ["B6"]
    assert hits[0].measure == "discretionary" and "mental" in hits[0].award_parts[0].head


def test_unknown_case_id_is_refused_bilingually():
    with pytest.raises(LawError) as err:
        case("B99")
    assert "B99" in err.value.en


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference file not available")
def test_the_data_matches_the_reference_table_row_by_row():
    rows = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        if re.match(r"\| B\d+ \|", line):
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            rows[cells[0]] = cells
    assert sorted(rows, key=lambda k: int(k[1:])) == [c.id for c in cases.cases()]
    for c in cases.cases():
        cells = rows[c.id]
        assert c.grade == cells[9]
        assert [s.url for s in c.sources] == re.findall(r"https?://\S+", cells[8])
        bold = " ".join(re.findall(r"\*\*(.+?)\*\*", cells[5]))
        numbers = re.findall(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?万余|\d+", bold)
        stated = STATED_AWARDS[c.id]
        expected = sorted(set(stated)) if stated else []
        read = sorted({str(int(D(n[:-2]) * 10000)) if n.endswith("万余") else n.replace(",", "") for n in numbers})
        assert read == expected, c.id


def test_the_data_file_is_valid_json_with_the_documented_keys():
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    assert set(raw["grades"]) == {"O", "M", "R"}
    assert raw["grades"]["R"]["caveat_en"] == "repost, reported not established"
    for rec in raw["cases"]:
        assert rec["awarded"] is None or isinstance(rec["awarded"], str)


# --------------------------------------------------------------------------- floors that do exist


def test_the_floor_sources_quote_cpl_55_and_zhejiang_37_from_the_corpus():
    fraud, mental = floor_sources()
    assert fraud.ref == "consumer_law/55" and mental.ref == "zhejiang_consumer/37"
    assert fraud.page_figure == page_claim().property_floor
    assert mental.page_figure == page_claim().mental_floor
    assert fraud.clause_zh == "增加赔偿的金额不足五百元的，为五百元"
    assert fraud.clause_zh in law.provision("consumer_law/55").text_zh
    assert "五千元以上的精神损害赔偿" in mental.clause_zh
    assert mental.clause_zh in law.provision("zhejiang_consumer/37").text_zh
    assert "500 yuan" in fraud.clause_en and "5,000 yuan" in mental.clause_en
    assert "fraud" in fraud.scope_en and "Zhejiang" in mental.scope_en
    assert all("inference" in f.caveat_en for f in (fraud, mental))


# --------------------------------------------------------------------------- the comparison


def test_with_nothing_determinable_online_the_page_says_at_least_500_and_the_law_leaves_it_to_the_court():
    c = compare(gain=None, loss=None, online=True, on=PAGE_DAY)
    assert c.page.property == D(500) and c.page.property_is_minimum
    assert c.law.property is None and c.law.court_decides and c.law.upper_bound == D(500000)
    assert not c.property_same and not c.same
    row = c.row("property")
    assert "at least 500 yuan" in row.page_en
    assert "up to 500,000 yuan" in row.law_en and "no statutory minimum" in row.law_en
    assert "spc_2020_online_rights/12" in {s.cites for s in c.steps}


def test_offline_with_nothing_determinable_the_law_has_neither_floor_nor_ceiling():
    c = compare(gain=None, loss=None, online=False, on=PAGE_DAY)
    assert c.law.upper_bound is None
    assert "no statutory ceiling" in c.row("property").law_en


def test_a_known_gain_of_400_gives_400_on_both_sides():
    c = compare(gain=400, loss=None, on=PAGE_DAY)
    assert c.page.property == D(400) == c.law.property
    assert c.property_same and c.same
    assert "does not lift" in texts(c.steps)


def test_serious_mental_harm_gets_3000_from_the_page_and_an_open_amount_from_the_law():
    c = compare(gain=None, loss=1000, severe_mental_harm=True, on=PAGE_DAY)
    assert c.page.mental == D(3000) and c.page.mental_is_minimum
    assert c.law.mental is None
    assert not c.mental_same
    cited = {s.cites for s in c.steps}
    assert "civil_code/1183" in cited and "zhejiang_consumer/37" in cited
    assert "court" in c.row("mental").law_en
    assert "1,000 yuan + mental damages set by the court" in c.row("total").law_en


def test_a_large_mental_claim_is_granted_in_full_by_the_page_but_not_by_the_law():
    c = compare(gain=None, loss=None, severe_mental_harm=True, mental_claim=50000, on=PAGE_DAY)
    assert c.page.mental == D(50000)
    assert c.law.mental is None


def test_reasonable_costs_count_for_the_law_and_not_for_the_page():
    c = compare(gain=None, loss=2000, costs=1500, on=PAGE_DAY)
    assert c.page.property == D(2000) and c.law.property == D(3500)
    assert not c.property_same
    assert "1,500" in texts(c.steps)


def test_the_page_has_no_date_but_the_law_does():
    before = compare(gain=None, loss=None, on=date(2021, 10, 31))
    after = compare(gain=None, loss=None, on=date(2021, 11, 1))
    assert before.page == after.page
    assert "pipl/69" not in before.law.basis and "pipl/69" in after.law.basis


def test_every_comparison_step_cites_the_page_or_a_provision_in_the_corpus():
    refs = {p.ref for p in law.provisions()} | {PAGE_CLAIM}
    for s in scenarios():
        for step in s.comparison.steps:
            assert step.cites in refs


def test_the_comparison_never_invents_a_number_where_the_law_leaves_it_to_the_court():
    c = compare(gain=None, loss=None, severe_mental_harm=True, on=PAGE_DAY)
    assert c.law.property is None and c.law.mental is None and c.law.total is None
    assert "set by the court" in c.row("total").law_en


def test_conduct_before_the_civil_code_is_refused():
    with pytest.raises(LawError):
        compare(gain=None, loss=None, on=date(2020, 12, 31))


@pytest.mark.parametrize("field", ["gain", "loss", "mental_claim", "costs"])
@pytest.mark.parametrize("bad", [True, "abc", "-1", "NaN", "1.005"])
def test_compare_refuses_bad_amounts(field, bad):
    kwargs = {"gain": None, "loss": None, "mental_claim": None, "costs": 0, "on": PAGE_DAY}
    kwargs[field] = bad
    with pytest.raises(InputError):
        compare(**kwargs)


def test_compare_refuses_none_costs_and_bad_flags_and_dates():
    with pytest.raises(InputError):
        compare(gain=None, loss=None, costs=None, on=PAGE_DAY)
    with pytest.raises(InputError):
        compare(gain=None, loss=None, online="yes", on=PAGE_DAY)
    with pytest.raises(InputError):
        compare(gain=None, loss=None, severe_mental_harm=None, on=PAGE_DAY)
    with pytest.raises(InputError):
        compare(gain=None, loss=None, on="abc")


@settings(max_examples=200, deadline=None)
@given(
    gain=st.none() | st.decimals(min_value=0, max_value=10**7, places=2),
    loss=st.none() | st.decimals(min_value=0, max_value=10**7, places=2),
    severe=st.booleans(),
    online=st.booleans(),
    costs=st.decimals(min_value=0, max_value=10**5, places=2),
)
def test_the_comparison_wraps_the_two_rules_unchanged(gain, loss, severe, online, costs):
    c = compare(gain=gain, loss=loss, severe_mental_harm=severe, online=online, costs=costs, on=PAGE_DAY)
    assert c.page == claimed_rule(gain=gain, loss=loss, severe_mental_harm=severe)
    assert c.law == statutory_damages(
        loss=loss, gain=gain, severe_mental_harm=severe, online=online, costs=costs, on=PAGE_DAY
    )
    # the two agree only where the law itself gives a number
    if c.same:
        assert c.law.total is not None and c.law.total == c.page.total
    if gain is None and loss is None:
        assert not c.property_same


# --------------------------------------------------------------------------- scenarios


def test_the_scenarios_start_with_the_largest_differences_and_include_one_that_agrees():
    rows = scenarios()
    assert len(rows) >= 5
    assert not rows[0].comparison.same
    keys = [r.key for r in rows]
    assert {"nothing_known_online", "small_gain", "severe_mental_harm"} <= set(keys)
    assert scenarios_by_key()["small_gain"].comparison.same


def test_the_scenario_totals_keep_the_known_bounds_where_the_court_decides():
    rows = scenarios_by_key()
    assert "up to 500,000 yuan" in rows["nothing_known_online"].comparison.row("total").law_en
    assert "no statutory ceiling" in rows["nothing_known_offline"].comparison.row("total").law_en


def scenarios_by_key():
    return {r.key: r for r in scenarios()}


def test_every_scenario_is_dated_on_the_page_date():
    assert all(r.comparison.on == page_claim().dated for r in scenarios())


def test_the_comparison_marks_what_the_course_leaves_to_the_court_and_what_is_an_inference():
    from pilaw.law.steps import Kind, of_kind

    c = compare(gain=None, loss=None, severe_mental_harm=True, online=True, on=PAGE_DAY)
    assert [s.text_en for s in of_kind(c.steps, Kind.NOT_ASSESSED)] == [
        "The course does not put a number in the court's place."
    ]
    assert any("inference" in s.text_en for s in of_kind(c.steps, Kind.READING))
    before = compare(gain=None, loss=None, on=date(2021, 10, 31))
    assert of_kind(before.steps, Kind.READING)[-1].cites == "civil_code/1165"


# --------------------------------------------------------------------------- the law that governed each case


CIVIL_CODE_ARTICLE = re.compile(r"Civil Code art|\bCC \d|民法典第")
CIVIL_CODE_START = date(2021, 1, 1)


def _decided_before_the_civil_code(c: Case) -> bool:
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", c.date)]
    return bool(years) and (date.fromisoformat(c.date) < CIVIL_CODE_START if len(c.date) == 10 else max(years) < 2021)


def _case_texts(c: Case) -> str:
    return "\n".join(
        (c.name_en, c.leaked, c.measure_note, c.how_fixed_as_stated, c.loss_or_gain_as_stated, c.non_money_orders)
    )


def test_no_case_decided_before_the_civil_code_is_described_with_a_civil_code_article_as_its_basis():
    early = [c for c in cases.cases() if _decided_before_the_civil_code(c)]
    assert {c.id for c in early} >= {"B1", "B2", "B4", "B15"}
    for c in early:
        assert not CIVIL_CODE_ARTICLE.search(_case_texts(c)), c.id


def test_notebook_04_describes_no_case_decided_before_the_civil_code_with_a_civil_code_article():
    notebook = json.loads((Path(__file__).resolve().parents[1] / "notebooks/05_compensation.ipynb").read_text("utf-8"))
    prose = "\n".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown")
    early = [c for c in cases.cases() if _decided_before_the_civil_code(c)]
    names = {"B2": "携程", "B1": "庞理鹏", "B4": "抖音"}
    for sentence in re.split(r"(?<=[.;。；])\s|\n", prose):
        for c in early:
            if re.search(rf"\b{c.id}\b", sentence) or (names.get(c.id) and names[c.id] in sentence):
                assert not CIVIL_CODE_ARTICLE.search(sentence), sentence


def test_b2_of_2018_names_the_tort_liability_law_then_in_force_and_why_50000_is_not_stated():
    b2 = case("B2")
    assert b2.date == "2018-12-29"
    assert "Tort Liability Law" in b2.measure_note and "not in the corpus" in b2.measure_note
    assert "not stated" in b2.measure_note


# --------------------------------------------------------------------------- the page's own frame: CRPL arts. 50–51


def test_crpl_50_and_51_the_page_s_business_consumer_frame_set_no_amount_and_51_names_its_acts():
    on = page_claim().dated
    art50, art51 = law.provision("consumer_law/50", on), law.provision("consumer_law/51", on)
    assert "侵害消费者个人信息依法得到保护的权利" in art50.text_zh and "赔偿损失" in art50.text_zh
    assert "侮辱诽谤、搜查身体、侵犯人身自由等" in art51.text_zh and "严重精神损害" in art51.text_zh
    assert "个人信息" not in art51.text_zh  # art. 51 does not name personal information among its acts
    for prov in (art50, art51):
        assert not re.search(r"[0-9０-９]|[一二三四五六七八九十百千万]+元", prov.text_zh)


# --------------------------------------------------------------------------- pinpoints


def test_the_comparison_cites_pipl_69_para_1_for_fault_and_the_online_ceiling_para_2():
    c = compare(gain=None, loss=None, online=True, on=PAGE_DAY)
    assert {s.paragraph for s in c.steps if s.cites == "pipl/69"} <= {1, 2}
    fault = next(s for s in c.steps if s.cites == "pipl/69" and "fault" in s.text_en)
    assert fault.paragraph == 1
    assert {s.paragraph for s in c.steps if s.cites == "spc_2020_online_rights/12"} == {2}


def test_every_case_is_named_as_a_chinese_textbook_cites_it_beside_the_name_the_reference_records():
    """某某诉某某案, Chinese brackets and quotation marks, no "v" and no English: the reference's own name stays as
    recorded (name_zh) and is shown as such in the judgment record."""
    for c in cases.cases():
        assert re.fullmatch(r"[^A-Za-z()\"]+?诉[^()\"]+?案(（.+）)?", c.title_zh), c.id
        assert not re.search(r"[A-Za-z]{2,}", c.title_zh), c.id
        assert c.title_zh in judgment_html(c.id) and as_recorded(judgment(c.id).title) in judgment_html(c.id)
