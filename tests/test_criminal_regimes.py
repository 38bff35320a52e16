"""Criminal Law art. 12 and the 2001 provisions: whole regimes compared for arts. 219, 253-1 and 286-1."""

from __future__ import annotations

import inspect
from datetime import date, timedelta
from decimal import Decimal

import pytest

import pilaw
from pilaw import law
from pilaw.law.steps import Kind, of_kind
from pilaw.rules import criminal
from pilaw.rules.criminal import Severity, network_duty_offence, network_leak_serious, pi_severity, trade_secret
from pilaw.rules.criminal import pi as pi_module
from pilaw.rules.criminal import trade_secrets as ts_module

S, ES, NO = Severity.SERIOUS, Severity.ESPECIALLY_SERIOUS, Severity.NONE
CONDUCT, TRIAL = date(2020, 10, 1), date(2026, 6, 1)


def art_12(result):
    return next(s for s in result.steps if s.cites == "criminal_law/12")


# --------------------------------------------------------------------------- art. 219: whole regimes


def test_a_loss_of_2600000_in_2020_tried_in_2026_takes_the_lighter_new_regime_entirely():
    result = trade_secret(loss=2_600_000, conduct_date=CONDUCT, trial_date=TRIAL)
    assert result.severity is S
    assert result.text_from == date(2021, 3, 1) and result.interpretation_ref == "spc_2025_ip/17"
    assert result.band_zh == "三年以下有期徒刑，并处或者单处罚金" and "拘役" not in result.band_zh
    step = art_12(result)
    assert step.kind is Kind.APPLIES  # art. 12 is verified text (legal-facts-2026.md §4.2)
    assert "造成特别严重后果" in step.text_zh and "三年以上七年以下" in step.text_zh  # the old regime, its own words
    assert "“情节严重”" in step.text_zh and "lighter" in step.text_en and "heavier and does not" in step.text_en


def test_a_loss_of_400000_in_2020_tried_in_2026_keeps_the_lighter_old_regime_with_criminal_detention():
    result = trade_secret(loss=400_000, conduct_date=CONDUCT, trial_date=TRIAL)
    assert result.severity is S
    assert result.text_from == date(1997, 10, 1) and result.interpretation_ref == "spc_2020_ip3/4"
    assert result.band_zh == "三年以下有期徒刑或者拘役，并处或者单处罚金"
    step = art_12(result)
    assert "给商业秘密的权利人造成重大损失" in step.text_zh and "“情节严重”" in step.text_zh
    assert "law of the time punishes more lightly" in step.text_en
    assert result.steps[-1].kind is Kind.UNVERIFIED  # the 1997 text's band


def test_a_loss_of_400000_in_2019_is_no_crime_under_the_old_regime_with_the_2004_figures():
    result = trade_secret(loss=400_000, conduct_date=date(2019, 6, 1), trial_date=TRIAL)
    assert result.severity is NO and result.interpretation_ref == "spc_2004_ip/7"
    assert result.text_from == date(1997, 10, 1)
    assert "未达到入罪标准" in art_12(result).text_zh and "no crime" in art_12(result).text_en


def test_the_2020_figures_on_the_amended_text_are_a_reading_wherever_the_answer_depends_on_them():
    for trial in (date(2023, 1, 1), TRIAL):
        result = trade_secret(loss=2_600_000, conduct_date=date(2022, 1, 1), trial_date=trial)
        readings = of_kind(result.steps, Kind.READING)
        assert any("practice, not text" in s.text_en and s.cites == "spc_2020_ip3/4" for s in readings), trial
    old_text = trade_secret(loss=400_000, conduct_date=CONDUCT, trial_date=TRIAL)
    assert not any("practice, not text" in s.text_en for s in old_text.steps)


def test_the_2001_provisions_speak_of_the_suspect_or_defendant_and_are_unverified():
    result = trade_secret(loss=2_600_000, conduct_date=date(2024, 1, 1), trial_date=TRIAL)
    step = next(s for s in result.steps if "第三条" in s.text_zh and "时间效力" in s.text_zh)
    assert "犯罪嫌疑人、被告人" in step.text_zh and step.kind is Kind.UNVERIFIED
    assert step.cites == "spc_2025_ip/17"


def test_a_tie_keeps_the_law_of_the_time():
    result = trade_secret(loss=500_000, conduct_date=date(2021, 3, 1), trial_date=TRIAL)
    assert result.interpretation_ref == "spc_2020_ip3/4" and result.severity is S


@pytest.mark.parametrize(
    "kw",
    [
        {"loss": 1_000_000, "repeat_within_two_years": True, "conduct_date": date(2025, 6, 1)},
        {"loss": 1, "conduct_date": date(2025, 6, 1)},
        {"loss": 400_000, "conduct_date": CONDUCT},
    ],
)
def test_a_trade_secret_result_lists_what_it_did_not_assess(kw):
    result = trade_secret(trial_date=TRIAL, **kw)
    assert of_kind(result.steps, Kind.NOT_ASSESSED)


def test_the_contested_tenfold_is_a_reading():
    result = trade_secret(loss=1_000_000, repeat_within_two_years=True, conduct_date=date(2025, 6, 1), trial_date=TRIAL)
    assert [s.text_en.split(":")[0] for s in of_kind(result.steps, Kind.READING)] == ["Contested (not settled)"]


# --------------------------------------------------------------------------- art. 253-1 in time


def test_the_2009_text_is_lighter_than_the_2015_text_for_an_especially_serious_count():
    result = pi_severity({"credit": 500}, on=date(2014, 6, 1), trial_date=TRIAL)
    assert result.severity is S and "三年以上七年以下" not in result.sentence_zh
    step = art_12(result)
    assert "情节特别严重" in step.text_zh and "law of the time punishes more lightly" in step.text_en
    not_assessed = [s.text_en for s in of_kind(result.steps, Kind.NOT_ASSESSED)]
    assert any("staff" in text for text in not_assessed)


def test_the_2009_text_ties_with_the_2015_text_for_a_serious_count_and_stays():
    result = pi_severity({"credit": 50}, on=date(2015, 10, 31), trial_date=TRIAL)
    assert result.severity is S and "not lighter" in art_12(result).text_en
    assert result.crime_name_zh.startswith("出售、非法提供公民个人信息罪")


def test_the_day_the_2015_text_took_effect_needs_no_comparison_of_texts():
    result = pi_severity({"credit": 500}, on=date(2015, 11, 1), trial_date=TRIAL)
    assert result.severity is ES and not any(s.cites == "criminal_law/12" for s in result.steps)


def test_conduct_before_the_first_crime_name_takes_the_first_names_fixed():
    result = pi_severity({"credit": 50}, on=date(2009, 3, 1), trial_date=TRIAL)
    assert result.crime_name_zh.startswith("出售、非法提供公民个人信息罪")


def test_a_pi_result_lists_the_non_numeric_circumstances_it_did_not_assess():
    for pieces in ({"credit": 1}, {"credit": 50}, {"credit": 500}):
        texts = [s.text_en for s in of_kind(pi_severity(pieces, on=TRIAL).steps, Kind.NOT_ASSESSED)]
        assert any("item 10" in t and "art. 11" in t for t in texts), pieces


def test_the_guiding_cases_are_marked_unverified():
    result = pi_severity({"other_safety": 500}, on=TRIAL)
    assert any("Guiding Case 193" in s.text_en for s in of_kind(result.steps, Kind.UNVERIFIED))


# --------------------------------------------------------------------------- art. 286-1 in time


def test_the_network_why_ten_times_is_a_reading_beside_the_computed_ratios():
    result = network_leak_serious({"credit": 600}, on=TRIAL)
    assert any("a reading, not the text" in s.text_en for s in of_kind(result.steps, Kind.READING))
    assert any("= 10" in s.text_en for s in of_kind(result.steps, Kind.APPLIES))


def test_the_network_offence_lists_the_premise_and_the_other_items_as_not_assessed():
    result = network_duty_offence(
        is_network_service_provider=True, ordered_to_correct=True, refused=True, pieces={"credit": 600}, on=TRIAL
    )
    texts = [s.text_en for s in of_kind(result.steps, Kind.NOT_ASSESSED)]
    assert any(t.startswith("Element 2") for t in texts) and any("Items 1, 3 and 4" in t for t in texts)


def test_other_consequences_before_2019_11_01_take_art_4_when_tried_later():
    result = network_duty_offence(
        is_network_service_provider=True,
        ordered_to_correct=True,
        refused=True,
        other_serious_consequence=True,
        on=date(2018, 6, 1),
        trial_date=TRIAL,
    )
    assert result.severity is S and any(s.cites == "spc_2019_network/4" for s in result.steps)


# --------------------------------------------------------------------------- the regimes are chosen in one place


def test_every_text_of_art_253_1_and_art_219_has_its_function():
    assert set(pi_module._TEXTS) == {v.effective_from.isoformat() for v in law.versions("criminal_law/253-1")}
    assert set(ts_module._TEXTS) == {v.effective_from.isoformat() for v in law.versions("criminal_law/219")}


def test_no_function_of_the_criminal_rules_is_longer_than_100_lines():
    for module in (criminal.pi, criminal.network, criminal.trade_secrets, criminal.temporal, criminal.common):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__:
                assert len(inspect.getsource(function).splitlines()) <= 100, f"{module.__name__}.{name}"


# --------------------------------------------------------------------------- a sweep over the dates


def _quarters(start: date, end: date = date(2027, 1, 1)):
    day = date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    while day <= end:
        yield max(day, start)
        month = day.month + 3
        day = date(day.year + (month > 12), (month - 1) % 12 + 1, 1)


SWEEP = [
    ("criminal_law/253-1", lambda d: pi_severity({"credit": 60, "other": 100}, illegal_gain=100, insider=True, on=d)),
    ("criminal_law/286-1", lambda d: network_leak_serious({"credit": 600}, on=d)),
    (
        "criminal_law/286-1",
        lambda d: network_duty_offence(
            is_network_service_provider=True, ordered_to_correct=True, refused=True, pieces={"credit": 600}, on=d
        ),
    ),
    ("criminal_law/286-1", lambda d: criminal.network_duty_checklist(provider=True, ordered=True, refused=True, on=d)),
    ("criminal_law/219", lambda d: trade_secret(loss=2_600_000, conduct_date=d)),
    ("criminal_law/286-1", criminal.threshold_table),
    ("criminal_law/253-1", criminal.pi_threshold_table),
]


@pytest.mark.parametrize(("ref", "rule"), SWEEP)
def test_every_rule_gives_a_result_or_a_bilingual_error_on_every_quarter_day(ref, rule):
    start = law.versions(ref)[0].effective_from - timedelta(days=366 * 2)
    for day in _quarters(start):
        try:
            rule(day)
        except (pilaw.LawError, pilaw.InputError) as error:
            assert error.zh and error.en, day


def test_the_tables_of_figures_carry_their_items_and_dates():
    table = criminal.pi_threshold_table(TRIAL)
    assert [(r.key, r.item_zh) for r in table.rows] == [
        ("sensitive", "第三项"),
        ("safety", "第四项"),
        ("other", "第五项"),
        ("illegal_gain", "第七项"),
    ]
    assert [r.especially for r in table.rows] == [500, 5000, 50000, 50000]
    assert table.rows[0].insider == 25 and table.rows[-1].insider_especially == 25000
    rows = criminal.trade_secret_threshold_table()
    assert [r.ref for r in rows] == ["spc_2004_ip/7", "spc_2020_ip3/4", "spc_2025_ip/17"]
    assert [r.top_amount for r in rows] == [Decimal(2_500_000), Decimal(2_500_000), Decimal(3_000_000)]
    assert rows[-1].repeat_top == Decimal(1_000_000) and rows[0].repeat is None
    assert rows[0].effective_to == date(2025, 4, 25) and rows[-1].effective_to is None


def test_the_short_category_labels_cover_every_category():
    assert set(criminal.CATEGORY_LABELS) == set(criminal.CATEGORIES)
