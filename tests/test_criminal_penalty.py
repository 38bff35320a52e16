"""The unit crime (单位犯罪), the criminal fine (罚金), purchases for lawful business (2017 interpretation art. 6) and
the paragraph (款) and item (项) every criminal step cites."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from pilaw import law
from pilaw.law.steps import Kind, of_kind
from pilaw.rules.criminal import Severity, network_duty_offence, pi_severity, trade_secret

ON = date(2024, 3, 15)
S, ES, NO = Severity.SERIOUS, Severity.ESPECIALLY_SERIOUS, Severity.NONE
ROOT = Path(__file__).resolve().parents[1]
D = Decimal


def cited(result, ref):
    return [s for s in result.steps if s.cites == ref]


# --------------------------------------------------------------------------- the unit crime, art. 253-1


def test_a_company_that_sells_data_is_fined_and_its_responsible_persons_get_the_band():
    result = pi_severity({"credit": 35, "transaction": 150}, illegal_gain=6000, unit=True, on=ON)
    assert result.severity is S and result.unit
    assert result.sentence_zh.startswith("单位：判处罚金")
    assert "直接负责的主管人员和其他直接责任人员：情节严重：三年以下有期徒刑或者拘役" in result.sentence_zh
    assert "6000元至3万元" in result.sentence_zh
    (unit_para,) = cited(result, "criminal_law/253-1")[-1:]
    assert (unit_para.paragraph, unit_para.item) == (4, None) and "单位犯前三款罪的" in unit_para.text_zh
    assert cited(result, "criminal_law/30") and cited(result, "criminal_law/31")
    assert cited(result, "spc_2017_personal_information/7")


def test_a_unit_is_judged_on_the_standards_of_a_natural_person_on_both_sides_of_the_threshold():
    assert pi_severity({"credit": 49}, unit=True, on=ON).severity is NO
    assert pi_severity({"credit": 50}, unit=True, on=ON).severity is S
    below = pi_severity({"credit": 49}, unit=True, on=ON)
    assert not below.sentence_zh.startswith("单位") and below.fine is None
    assert any("presupposes" in s.text_en and s.paragraph == 4 for s in below.steps)


def test_under_the_amendment_vii_text_the_unit_paragraph_is_paragraph_3():
    result = pi_severity({"credit": 50}, unit=True, on=date(2014, 6, 1), trial_date=date(2018, 1, 1))
    unit_steps = [s for s in cited(result, "criminal_law/253-1") if "unit crime" in s.text_en]
    assert [s.paragraph for s in unit_steps] == [3] and "单位犯前两款罪的" in unit_steps[0].text_zh


def test_an_individual_is_not_told_about_a_unit_fine():
    result = pi_severity({"credit": 50}, on=ON)
    assert not result.unit and not cited(result, "criminal_law/31") and "单位" not in result.sentence_zh


# --------------------------------------------------------------------------- the fine, art. 253-1 (2017 art. 12)


def test_the_fine_is_generally_one_to_five_times_the_illegal_gain():
    result = pi_severity({}, illegal_gain=5000, on=ON)
    assert (result.fine.low, result.fine.high) == (D(5000), D(25000))
    assert law.value("spc2017.fine_min_multiple", ON) == 1 and law.value("spc2017.fine_max_multiple", ON) == 5
    assert "5000元至25000元" in result.sentence_zh
    assert any(s.cites == "spc_2017_personal_information/12" for s in of_kind(result.steps, Kind.NOT_ASSESSED))


def test_with_no_illegal_gain_the_interpretation_gives_no_fine_figure_and_the_court_decides():
    result = pi_severity({"credit": 50}, on=ON)
    assert result.fine.low is None and result.fine.high is None
    assert "由法院确定" in result.fine.text_zh
    assert "罚金一般为" not in result.sentence_zh


def test_below_the_threshold_there_is_no_fine():
    assert pi_severity({}, illegal_gain="4999.99", on=ON).fine is None
    assert pi_severity({}, illegal_gain=5000, on=ON).fine is not None


def test_the_fine_range_of_a_unit_is_marked_as_a_reading():
    result = pi_severity({}, illegal_gain=5000, unit=True, on=ON)
    assert any(s.cites == "spc_2017_personal_information/12" for s in of_kind(result.steps, Kind.READING))


# --------------------------------------------------------------------------- 2017 interpretation art. 6


def test_bought_for_lawful_business_other_information_needs_a_profit_of_50000_yuan():
    pieces = {"other": 10_000}
    assert pi_severity(pieces, on=ON).severity is S  # art. 5 item 5: 10,000 / 5,000
    assert pi_severity(pieces, illegal_gain="49999.99", lawful_business=True, on=ON).severity is NO
    at = pi_severity(pieces, illegal_gain=50_000, lawful_business=True, on=ON)
    assert at.severity is S and at.gain_ratio == 1 and at.ratio == 0
    step = next(s for s in at.steps if s.cites == "spc_2017_personal_information/6" and s.item == 1)
    assert step.paragraph == 1 and "50,000" in step.text_en


def test_art_6_has_no_especially_serious_tier():
    result = pi_severity({"other": 100_000}, illegal_gain=5_000_000, lawful_business=True, on=ON)
    assert result.severity is S


def test_below_the_art_6_profit_the_no_crime_line_names_art_6():
    result = pi_severity({"other": 10_000}, illegal_gain=1000, lawful_business=True, on=ON)
    assert "第六条" in result.sentence_zh and "第五条第一款第三项至第八项" not in result.sentence_zh


@pytest.mark.parametrize(
    ("pieces", "insider"),
    [({"other": 10_000, "credit": 50}, False), ({"other": 10_000}, True)],
    ids=["items-3-4", "sold"],
)
def test_art_6_does_not_reach_items_3_and_4_or_information_sold_on(pieces, insider):
    result = pi_severity(pieces, lawful_business=True, insider=insider, on=ON)
    assert result.severity is S and result.ratio >= 1
    why = cited(result, "spc_2017_personal_information/6")
    assert len(why) == 1 and why[0].paragraph == (2 if insider else 1)


# --------------------------------------------------------------------------- art. 219: unit (art. 220) and fine (2025 art. 25)


def test_a_company_infringing_a_trade_secret_is_fined_under_art_220():
    result = trade_secret(loss=D(400_000), conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), unit=True)
    assert result.severity is S and result.band_zh == "三年以下有期徒刑，并处或者单处罚金"
    assert result.penalty_zh.startswith("单位：判处罚金") and "直接负责的主管人员" in result.penalty_zh
    art_220, thresholds = cited(result, "criminal_law/220")
    assert thresholds.kind is Kind.NOT_ASSESSED and "individual" in thresholds.text_en
    assert art_220.kind is Kind.APPLIES and "二百一十九条之一" in art_220.text_zh
    assert result.steps[-1].cites == "criminal_law/219"  # the band still closes the steps


def test_the_pre_2021_text_of_art_220_is_unverified():
    result = trade_secret(loss=D(600_000), conduct_date=date(2019, 1, 1), trial_date=date(2020, 1, 1), unit=True)
    art_220 = cited(result, "criminal_law/220")[0]
    assert art_220.kind is Kind.UNVERIFIED and "整体未经核实" in art_220.text_zh and "UNVERIFIED" in art_220.text_en


def test_the_2025_fine_is_one_to_ten_times_the_illegal_gain():
    result = trade_secret(illegal_gain=D(400_000), conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert (result.fine.low, result.fine.high) == (D(400_000), D(4_000_000)) and not result.fine.conditional
    assert "40万元至400万元" in result.penalty_zh


@pytest.mark.parametrize(
    ("loss", "low", "high"), [(D(400_000), D(30_000), D(1_000_000)), (D(3_000_000), D(150_000), D(5_000_000))]
)
def test_with_no_gain_the_fixed_ranges_hold_only_if_neither_gain_nor_turnover_can_be_ascertained(loss, low, high):
    result = trade_secret(loss=loss, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1))
    assert (result.fine.low, result.fine.high, result.fine.conditional) == (low, high, True)
    assert result.penalty_zh.count("若违法所得和非法经营数额均无法查清") == 1


def test_before_the_2025_interpretation_no_fine_figure_is_applied():
    result = trade_secret(loss=D(2_600_000), conduct_date=date(2024, 3, 1), trial_date=date(2025, 4, 25))
    assert result.fine.low is None and result.penalty_zh == result.band_zh


def test_below_the_threshold_art_220_does_not_apply():
    result = trade_secret(loss=D(299_999), conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1), unit=True)
    assert result.severity is NO and result.fine is None and result.penalty_zh == result.band_zh


# --------------------------------------------------------------------------- art. 286-1


def test_the_network_offence_names_its_unit_paragraph_and_leaves_the_fine_to_the_court():
    result = network_duty_offence(
        is_network_service_provider=True,
        ordered_to_correct=True,
        refused=True,
        pieces={"whereabouts": 500},
        unit=True,
        on=ON,
    )
    assert result.unit and result.fine.low is None
    assert [s.paragraph for s in cited(result, "criminal_law/286-1") if "unit crime" in s.text_en] == [2]
    assert cited(result, "criminal_law/30") and cited(result, "criminal_law/31")
    assert any("fine" in s.text_en for s in of_kind(result.steps, Kind.NOT_ASSESSED))


# --------------------------------------------------------------------------- paragraphs and items


def test_a_representative_result_cites_paragraphs_and_items():
    result = pi_severity({"credit": 35, "transaction": 150}, insider=True, on=ON)
    pins = {(s.cites, s.paragraph, s.item) for s in result.steps}
    art5 = "spc_2017_personal_information/5"
    for item in (3, 4, 6, 7, 8):
        assert (art5, 1, item) in pins
    assert (art5, 2, 3) in pins
    assert ("criminal_law/253-1", 2, None) in pins and ("criminal_law/253-1", 1, None) in pins


def test_trade_secret_and_network_steps_cite_their_paragraphs_and_items():
    ts = trade_secret(
        loss=D(150_000), repeat_within_two_years=True, conduct_date=date(2025, 6, 1), trial_date=date(2026, 1, 1)
    )
    assert ("spc_2025_ip/17", 1, 3) in {(s.cites, s.paragraph, s.item) for s in ts.steps}
    assert (ts.steps[-1].cites, ts.steps[-1].paragraph) == ("criminal_law/219", 1)
    net = network_duty_offence(
        is_network_service_provider=True, ordered_to_correct=True, refused=True, pieces={"whereabouts": 500}, on=ON
    )
    pins = {(s.cites, s.paragraph, s.item) for s in net.steps}
    assert ("criminal_law/286-1", 1, 2) in pins and ("spc_2019_network/4", 1, 1) in pins
    regimes = trade_secret(loss=D(400_000), conduct_date=date(2020, 1, 1), trial_date=date(2026, 1, 1))
    assert {s.paragraph for s in regimes.steps if s.cites == "criminal_law/12"} == {1}


def _pinpoints():
    raw = json.loads((resources.files("pilaw") / "data" / "items.json").read_text(encoding="utf-8"))
    for ref, versions in raw["pinpoints"].items():
        for start, names in versions.items():
            for name, numbers in names.items():
                yield ref, start, name, numbers


@pytest.mark.parametrize(("ref", "start", "name", "numbers"), list(_pinpoints()), ids=str)
def test_every_pinpoint_names_a_paragraph_and_item_the_version_has(ref, start, name, numbers):
    version = law.provision(ref, date.fromisoformat(start))
    assert version.effective_from.isoformat() == start
    assert version.lines_of(*numbers)


def _fine_figures():
    path = resources.files("pilaw") / "data" / "figures" / "criminal.json"
    return [rec for rec in json.loads(path.read_text(encoding="utf-8")) if "paragraph" in rec]


@pytest.mark.parametrize("rec", _fine_figures(), ids=lambda r: r["key"])
def test_a_figure_tied_to_a_paragraph_is_written_in_that_paragraph(rec):
    from tests.test_figures import written_forms

    figure = law.figure(rec["key"], date.fromisoformat(rec["effective_from"]))
    version = law.provision(rec["ref"], figure.effective_from)
    lines = version.lines_of(rec["paragraph"], rec.get("item"))
    text = "".join(version.paragraphs_zh[i] for i in lines)
    assert any(form in text for form in written_forms(figure)) and rec["last_checked"]


# --------------------------------------------------------------------------- the crime name of art. 286-1

WRONG_NAME = "拒不履行网络安全管理义务罪"  # the name lacks 信息: 拒不履行信息网络安全管理义务罪


def test_the_art_286_1_crime_bears_the_name_the_2017_interpretation_gives_it_and_the_glossary_bars_the_wrong_one():
    """The glossary lists the wrong name among the names the course never writes, and
    test_chinese_style sweeps every text of the course for it."""
    from pilaw.teaching.glossary import term

    assert re.search("拒不履行信息网络安全管理义务罪", law.provision("spc_2017_personal_information/9").text_zh)
    assert WRONG_NAME in term("拒不履行信息网络安全管理义务罪").not_zh
