"""The decision map of an employee's leak: which routes are engaged, against whom, and why (pilaw.teaching.routes)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.law.steps import PAGE_CLAIM
from pilaw.rules.criminal import CATEGORIES, Severity
from pilaw.teaching.routes import TO_WHOM, WHAT, WHO, Party, Status, engaged
from test_no_hardcoded_figures import numbers_in
from test_police import pinpoint_numbers

D = Decimal
DAY = date(2025, 11, 3)
TRIAL = date(2026, 6, 1)
ZHAO = {
    "who": "employee",
    "what": "customer_list",
    "to_whom": "competitor",
    "gain": "8,000",
    "pieces": {"transaction": 600},
    "on": DAY,
    "trial_date": TRIAL,
}


def zhao(**changes):
    return engaged(**{**ZHAO, **changes})


# --------------------------------------------------------------------------------------------- the worked example


def test_zhao_liu_selling_600_order_records_for_8000_yuan_is_serious_as_an_insider():
    r = zhao()
    assert r.pi.severity is Severity.SERIOUS
    assert r.pi.ratio == Fraction(12, 5)  # 600 / (500 × 1/2)
    assert r.pi.gain_ratio == Fraction(16, 5)  # 8,000 / (5,000 × 1/2)
    e = r.engagement("criminal.pi")
    assert e.status is Status.ENGAGED and e.targets == (Party.LEAKER,)
    assert any("从重处罚" in s.text_zh and s.cites == "criminal_law/253-1" for s in e.steps)


def test_the_criminal_route_targets_the_employee_and_not_the_employer():
    r = zhao()
    assert r.criminal.targets() == (Party.LEAKER,)
    holder = r.engagement("criminal.holder")
    assert holder.status is Status.NOT_ENGAGED and holder.targets == (Party.HOLDER,)
    assert set(holder.refs) == {"criminal_law/253-1", "criminal_law/286-1"}


def test_pipl_66_targets_the_employer_as_processor_not_the_employee():
    r = zhao()
    e = r.engagement("admin.holder")
    assert e.targets == (Party.HOLDER,) and e.refs == ("pipl/66",)
    assert Party.LEAKER not in e.targets
    assert r.pipl_fine is not None
    assert (r.pipl_fine.min_fine, r.pipl_fine.max_fine) == (0, 0)
    assert (r.pipl_fine.person_min, r.pipl_fine.person_max) == (D(10_000), D(100_000))


def test_with_security_measures_in_place_the_employers_liability_is_open_and_without_them_engaged():
    r = zhao()
    assert r.engagement("civil.holder").status is Status.OPEN
    assert r.engagement("admin.holder").status is Status.OPEN
    r = zhao(employer_failed_security=True)
    assert r.engagement("civil.holder").status is Status.ENGAGED
    assert r.engagement("admin.holder").status is Status.ENGAGED
    assert "civil_code/1038#2.security" in r.processing.failed


def test_the_employer_is_presumed_at_fault_and_the_court_sets_the_damages_without_a_minimum():
    r = zhao()
    award = r.holder_damages
    assert award.court_decides and award.property is None and award.total is None
    e = r.engagement("civil.holder")
    assert {"civil_code/1038", "pipl/69", "consumer_law/29"} <= set(e.refs)
    assert any(s.cites == "pipl/69" and "presumed" in s.text_en for s in e.steps)
    assert any("1191" in s.text_en and "not in the course corpus" in s.text_en for s in e.steps)
    # the holder's post-leak duties of art. 1038 para. 2 are listed
    assert {d.key for d in r.processing.duties} == {"remedy", "inform", "report", "remedy_immediately"}


def test_before_the_pipl_no_law_presumes_the_holders_fault_so_the_injured_person_proves_it_as_a_reading():
    e = zhao(on=date(2021, 10, 31), trial_date=date(2022, 6, 1)).engagement("civil.holder")
    step = next(s for s in e.steps if "持有单位采取了安全措施" in s.text_zh)
    assert step.cites == "civil_code/1165" and step.paragraph == 1 and step.kind.value == "reading"
    assert "由被侵权人证明" in step.text_zh and "must still prove" not in step.text_en
    assert not any(s.cites == "pipl/69" for s in e.steps)
    e = zhao(on=date(2021, 11, 1), trial_date=date(2022, 6, 1)).engagement("civil.holder")
    assert any(s.cites == "pipl/69" and "presumed" in s.text_en for s in e.steps)


def test_posting_online_is_providing_under_art_3_of_the_2017_interpretation_which_the_corpus_holds():
    e = zhao(to_whom="public").engagement("criminal.pi")
    step = next(s for s in e.steps if s.cites == "spc_2017_personal_information/3")
    assert step.kind.value == "applies" and step.paragraph == 1 and "通过信息网络或者其他途径发布" in step.text_zh
    assert "未经核实" not in step.text_zh


def test_the_leakers_civil_damages_follow_his_gain_under_art_1182():
    e = zhao().engagement("civil.personal_information")
    assert e.status is Status.ENGAGED and e.targets == (Party.LEAKER,)
    assert any(s.cites == "civil_code/1182" and "8,000" in s.text_en for s in e.steps)
    assert "pipl/70" in e.refs


def test_without_a_gain_the_court_decides_and_the_page_floor_is_not_law():
    e = zhao(gain=0).engagement("civil.personal_information")
    assert any(s.cites == "civil_code/1182" and "no minimum" in s.text_en for s in e.steps)


def test_posting_online_brings_the_online_ceiling_read_from_the_figures():
    e = zhao(to_whom="public").engagement("civil.personal_information")
    cap = law.value("online_rights12.court_damages_cap", DAY)
    assert any(s.cites == "spc_2020_online_rights/12" and f"{cap:,}" in s.text_en for s in e.steps)


# --------------------------------------------------------------------------------------------- the half standard


@pytest.mark.parametrize("count, severity", [(249, Severity.NONE), (250, Severity.SERIOUS)])
def test_an_insider_reaches_serious_at_half_of_500_transaction_records(count, severity):
    assert zhao(gain=0, pieces={"transaction": count}).pi.severity is severity


@pytest.mark.parametrize("count, severity", [(499, Severity.NONE), (500, Severity.SERIOUS)])
def test_an_outsider_needs_the_full_500_transaction_records(count, severity):
    r = zhao(who="outsider", gain=0, pieces={"transaction": count})
    assert r.pi.severity is severity
    assert not any("从重处罚" in s.text_zh for s in r.engagement("criminal.pi").steps)


@pytest.mark.parametrize(
    "gain, severity",
    [
        ("2,499.99", Severity.NONE),
        ("2,500", Severity.SERIOUS),
        ("24,999.99", Severity.SERIOUS),
        ("25,000", Severity.ESPECIALLY_SERIOUS),
    ],
)
def test_an_insiders_gain_is_measured_against_half_of_5000_yuan_and_ten_times_that(gain, severity):
    assert zhao(gain=gain, pieces=None).pi.severity is severity


# --------------------------------------------------------------------------------------------- police or prosecution


def test_the_police_route_is_not_engaged_once_the_leak_is_a_crime():
    r = zhao()
    e = r.engagement("admin.police")
    assert e.status is Status.NOT_ENGAGED and e.refs == ("cybersecurity_law/64",)


def test_below_the_standards_the_police_punish_instead_of_the_prosecution():
    r = zhao(gain="2,000", pieces={"transaction": 200})
    assert r.pi.severity is Severity.NONE
    assert r.engagement("criminal.pi").status is Status.NOT_ENGAGED
    assert r.engagement("admin.police").status is Status.ENGAGED


def test_below_the_standards_a_sale_to_a_fraud_ring_leaves_both_open_on_what_he_knew():
    r = zhao(to_whom="fraud_ring", gain="2,000", pieces={"transaction": 200})
    assert r.engagement("criminal.pi").status is Status.OPEN
    assert r.engagement("admin.police").status is Status.OPEN
    assert any(
        s.cites == "spc_2017_personal_information/5" and "item (二)" in s.text_en
        for s in r.engagement("criminal.pi").steps
    )


@pytest.mark.parametrize(
    "day, refs, verified",
    [
        (date(2025, 12, 31), ("cybersecurity_law/64",), True),
        (date(2026, 1, 1), ("cybersecurity_law/46", "cybersecurity_law/71", "public_security_law/56"), False),
    ],
)
def test_the_police_provision_changes_on_2026_01_01_and_the_new_texts_carry_their_caveat(day, refs, verified):
    e = zhao(on=day, trial_date=max(day, TRIAL), gain="2,000", pieces={"transaction": 200}).engagement("admin.police")
    assert e.refs == refs and e.status is Status.ENGAGED
    caveat = any("not verified" in s.text_en for s in e.steps)
    assert caveat is not verified


# --------------------------------------------------------------------------------------------- trade secrets


def test_an_unmarked_list_leaves_every_trade_secret_path_not_engaged_and_says_it_is_a_question_of_fact():
    r = zhao()
    for key in ("civil.trade_secret", "admin.trade_secret", "criminal.trade_secret"):
        e = r.engagement(key)
        assert e.status is Status.NOT_ENGAGED
        assert any("question of fact" in s.text_en for s in e.steps)
    assert r.trade_secret is None and r.trade_secret_damages is None and r.aucl_fine is None
    definition = r.engagement("civil.trade_secret").steps[0]
    assert definition.cites == "aucl/10"
    assert law.provision("aucl/10", DAY).paragraphs_zh[-1] in definition.text_zh


def test_a_secret_list_engages_aucl_damages_a_fine_on_the_employee_himself_and_art_219():
    r = zhao(customer_list_is_secret=True)
    assert r.engagement("civil.trade_secret").status is Status.ENGAGED
    assert r.trade_secret_damages.article == "aucl/22"
    assert r.trade_secret_damages.base_kind == "gain" and r.trade_secret_damages.total == D(8_000)
    fine = r.engagement("admin.trade_secret")
    assert fine.status is Status.ENGAGED and fine.targets == (Party.LEAKER,)
    assert (r.aucl_fine.min_fine, r.aucl_fine.max_fine) == (D(100_000), D(1_000_000))
    assert any("工商行政管理部门" in s.text_zh for s in fine.steps)
    # 8,000 yuan is far below the 300,000 yuan of the 2025 interpretation
    assert r.trade_secret.severity is Severity.NONE
    assert r.engagement("criminal.trade_secret").status is Status.NOT_ENGAGED


@pytest.mark.parametrize("loss, severity", [("299,999.99", Severity.NONE), ("300,000", Severity.SERIOUS)])
def test_the_employers_loss_decides_art_219_at_300000_yuan(loss, severity):
    r = zhao(customer_list_is_secret=True, employer_loss=loss)
    assert r.trade_secret.severity is severity
    expected = Status.NOT_ENGAGED if severity is Severity.NONE else Status.ENGAGED
    assert r.engagement("criminal.trade_secret").status is expected


@pytest.mark.parametrize(
    "day, rule, damages, fine",
    [
        (date(2025, 10, 14), "aucl/9", "aucl/17", "aucl/21"),
        (date(2025, 10, 15), "aucl/10", "aucl/22", "aucl/26"),
    ],
)
def test_the_aucl_articles_follow_the_date_of_the_conduct(day, rule, damages, fine):
    r = zhao(on=day, customer_list_is_secret=True)
    assert r.engagement("civil.trade_secret").refs[:2] == (rule, damages)
    assert r.engagement("admin.trade_secret").refs == (rule, fine)
    assert r.trade_secret_damages.article == damages and r.aucl_fine.article == fine


def test_on_2025_10_14_the_2019_text_takes_the_loss_before_the_gain():
    r = zhao(on=date(2025, 10, 14), customer_list_is_secret=True, employer_loss="5,000")
    assert r.trade_secret_damages.base_kind == "loss" and r.trade_secret_damages.total == D(5_000)
    r = zhao(on=date(2025, 10, 15), customer_list_is_secret=True, employer_loss="5,000")
    assert r.trade_secret_damages.base_kind == "gain" and r.trade_secret_damages.total == D(8_000)


def test_the_competitor_is_reached_only_if_it_knew_a_question_of_fact():
    r = zhao(customer_list_is_secret=True)
    for key in ("civil.recipient", "admin.recipient", "criminal.recipient"):
        e = r.engagement(key)
        assert e.status is Status.OPEN and e.targets == (Party.RECIPIENT,)
    assert "criminal_law/219" in r.engagement("criminal.recipient").refs
    with pytest.raises(KeyError):
        zhao().engagement("civil.recipient")


def test_posting_online_has_no_recipient_and_measures_the_loss_by_the_secrets_value():
    r = zhao(to_whom="public", customer_list_is_secret=True)
    with pytest.raises(KeyError):
        r.engagement("criminal.recipient")
    assert any(
        s.cites == "spc_2025_ip/18" and "item (五)" in s.text_en for s in r.engagement("criminal.trade_secret").steps
    )


def test_before_amendment_xi_the_unverified_old_text_of_art_219_is_flagged():
    r = zhao(on=date(2021, 2, 28), customer_list_is_secret=True)
    assert r.trade_secret.text_from == date(1997, 10, 1)
    text = " ".join(s.text_en for s in r.engagement("criminal.trade_secret").steps)
    assert "not verified" in text or "unverified" in text


# --------------------------------------------------------------------------------------------- dates


def test_before_pipl_took_effect_the_cybersecurity_law_stands_in_for_pipl_66():
    r = zhao(on=date(2021, 10, 31))
    assert r.pipl_fine is None and r.csl_fine is not None
    assert r.engagement("admin.holder").refs == ("cybersecurity_law/64",)
    assert "pipl/69" not in r.engagement("civil.holder").refs
    r = zhao(on=date(2021, 11, 1))
    assert r.pipl_fine is not None and r.engagement("admin.holder").refs == ("pipl/66",)


def test_conduct_before_the_civil_code_is_outside_the_course():
    with pytest.raises(LawError):
        zhao(on=date(2020, 12, 31))
    assert zhao(on=date(2021, 1, 1)).on == date(2021, 1, 1)


def test_the_date_defaults_to_today_and_the_trial_to_no_earlier_than_the_conduct():
    r = engaged(who="employee", what="customer_list", to_whom="competitor", gain=0)
    assert r.on == date.today()
    assert zhao(on=datetime(2025, 11, 3, 9, 30)).on == DAY


# --------------------------------------------------------------------------------------------- medical staff, privacy


def test_medical_staff_leaking_patient_records_engage_art_1226_against_staff_and_hospital():
    r = engaged(who="medical_staff", what="patient_records", to_whom="public", gain=0, pieces={"health": 300}, on=DAY)
    e = r.engagement("civil.medical")
    assert e.status is Status.ENGAGED and e.targets == (Party.LEAKER, Party.HOLDER)
    assert any("公开其病历资料" in s.text_zh for s in e.steps)
    assert r.pi.severity is Severity.SERIOUS  # 300 health records ≥ 250 for an insider
    assert r.party_label(Party.HOLDER)[1].startswith("the medical institution")


@pytest.mark.parametrize(
    "who, what, status",
    [
        ("employee", "customer_list", Status.NOT_ENGAGED),
        ("outsider", "patient_records", Status.NOT_ENGAGED),
        ("medical_staff", "customer_list", Status.OPEN),
    ],
)
def test_art_1226_binds_only_medical_institutions_and_their_staff(who, what, status):
    assert zhao(who=who, what=what).engagement("civil.medical").status is status


@pytest.mark.parametrize("what, word", [("customer_list", "question of fact"), ("patient_records", "usually private")])
def test_privacy_is_always_open_and_health_data_is_usually_private(what, word):
    e = zhao(what=what).engagement("civil.privacy")
    assert e.status is Status.OPEN
    assert word in e.steps[-1].text_en
    assert set(e.refs) == {"civil_code/1032", "civil_code/1033", "civil_code/1034"}


# --------------------------------------------------------------------------------------------- the page


def test_the_page_check_quotes_the_page_and_says_what_1032_1034_and_1226_cover():
    r = zhao()
    first, *rest = r.page_check
    assert first.cites == PAGE_CLAIM and "第一千零三十二條" in first.text_zh
    cites = [s.cites for s in rest]
    assert cites == ["civil_code/1032", "civil_code/1034", "civil_code/1226", "civil_code/1038"]
    assert "does not apply" in rest[2].text_en
    assert "does apply" in zhao(who="medical_staff", what="patient_records").page_check[3].text_en


# --------------------------------------------------------------------------------------------- every step is cited


@pytest.mark.parametrize("who", list(WHO))
@pytest.mark.parametrize("to_whom", list(TO_WHOM))
def test_every_step_cites_a_provision_of_the_corpus_or_the_page(who, to_whom):
    for what in WHAT:
        r = zhao(who=who, what=what, to_whom=to_whom, customer_list_is_secret=True, employer_failed_security=True)
        for step in r.steps:
            assert step.text_zh and step.text_en
            if step.cites != PAGE_CLAIM:
                assert law.versions(step.cites)
        for route in r.routes:
            for e in route.engagements:
                assert e.refs and e.targets and e.by_zh and e.by_en
                for ref in e.refs:
                    assert law.versions(ref)


def test_each_route_lists_its_provisions_once_and_the_result_is_frozen():
    r = zhao(customer_list_is_secret=True)
    for route in r.routes:
        assert len(route.refs) == len(set(route.refs))
    assert [route.key for route in r.routes] == ["civil", "administrative", "criminal"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.gain = D(0)


def test_the_rule_module_holds_no_legal_figure_of_its_own():
    path = Path(__file__).resolve().parents[1] / "lib" / "pilaw" / "teaching" / "routes.py"
    assert [found for found in numbers_in(path) if found not in pinpoint_numbers(path)] == []


# --------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "field, bad",
    [
        ("gain", True),
        ("gain", None),
        ("gain", "abc"),
        ("gain", "-1"),
        ("gain", "NaN"),
        ("gain", "1.005"),
        ("who", "manager"),
        ("who", None),
        ("what", "secrets"),
        ("to_whom", 3),
        ("pieces", {"nonsense": 1}),
        ("pieces", {"transaction": "-1"}),
        ("pieces", {"transaction": True}),
        ("pieces", ["transaction"]),
        ("customer_list_is_secret", "yes"),
        ("customer_list_is_secret", 1),
        ("employer_failed_security", None),
        ("employer_loss", "abc"),
        ("employer_loss", "NaN"),
        ("employer_loss", True),
        ("on", "2025-11-03"),
        ("trial_date", date(2025, 1, 1)),
    ],
)
def test_a_bad_input_is_refused_with_a_bilingual_message(field, bad):
    with pytest.raises(InputError) as caught:
        zhao(**{field: bad})
    assert caught.value.zh and caught.value.en


# --------------------------------------------------------------------------------------------- properties

counts = st.integers(min_value=0, max_value=100_000)
gains = st.integers(min_value=0, max_value=1_000_000)


@settings(max_examples=200, deadline=None)
@given(category=st.sampled_from(list(CATEGORIES)), n=counts, extra=counts, gain=gains)
def test_more_pieces_never_make_the_personal_information_route_weaker(category, n, extra, gain):
    low = zhao(gain=gain, pieces={category: n})
    high = zhao(gain=gain, pieces={category: n + extra})
    assert low.pi.severity <= high.pi.severity
    assert low.engagement("criminal.pi").status.rank <= high.engagement("criminal.pi").status.rank


@settings(max_examples=200, deadline=None)
@given(category=st.sampled_from(list(CATEGORIES)), n=counts, gain=gains)
def test_an_insider_is_never_treated_more_lightly_than_an_outsider(category, n, gain):
    inside = zhao(gain=gain, pieces={category: n})
    outside = zhao(who="outsider", gain=gain, pieces={category: n})
    assert outside.pi.severity <= inside.pi.severity


@settings(max_examples=200, deadline=None)
@given(
    category=st.sampled_from(list(CATEGORIES)), n=counts, gain=gains, to_whom=st.sampled_from(["competitor", "public"])
)
def test_exactly_one_of_the_police_and_the_prosecution_is_engaged_when_no_fraud_ring_is_involved(
    category, n, gain, to_whom
):
    r = zhao(gain=gain, pieces={category: n}, to_whom=to_whom)
    police = r.engagement("admin.police").status is Status.ENGAGED
    prosecution = r.engagement("criminal.pi").status is Status.ENGAGED
    assert police != prosecution
    assert prosecution == (r.pi.severity is not Severity.NONE)


# --------------------------------------------------------------------------------------------- kinds of steps


def test_zhao_lius_map_lists_what_the_calculator_does_not_assess():
    from pilaw.law.steps import Kind, of_kind

    r = zhao()
    keys = {e.key for e in r.engagements for s in of_kind(e.steps, Kind.NOT_ASSESSED)}
    assert {
        "civil.privacy",
        "civil.holder",
        "civil.trade_secret",
        "admin.trade_secret",
        "criminal.trade_secret",
    } <= keys
    assert any("performing work tasks" in s.text_en for s in of_kind(r.steps, Kind.NOT_ASSESSED))
    assert all(s.kind is not Kind.APPLIES or "not assessed" not in s.text_en for s in r.steps)


def test_zhao_lius_map_marks_the_unverified_texts_it_rests_on_before_and_after_2026():
    from pilaw.law.steps import Kind, of_kind

    before = {s.cites for s in of_kind(zhao().steps, Kind.UNVERIFIED)}
    assert before == {"civil_code/1038"}  # art. 1191, outside the corpus
    small = {"gain": "2,000", "pieces": {"transaction": 200}}
    after = of_kind(zhao(on=date(2026, 1, 1), **small).engagement("admin.police").steps, Kind.UNVERIFIED)
    assert [s.cites for s in after] == ["cybersecurity_law/71", "public_security_law/56"]


def test_the_police_engagement_is_the_police_rule_on_both_sides_of_2026():
    from pilaw.rules.police import police_penalty

    for day in (date(2025, 12, 31), date(2026, 1, 1)):
        r = zhao(on=day, trial_date=TRIAL, gain="2,000", pieces={"transaction": 200})
        rule = police_penalty(r.pi.severity, on=day)
        assert r.engagement("admin.police").steps == rule.steps and r.engagement("admin.police").refs == rule.refs


def test_readings_of_unsettled_law_are_marked_as_readings():
    from pilaw.law.steps import Kind, of_kind

    readings = of_kind(zhao().steps, Kind.READING)
    assert any("is not settled" in s.text_en and s.cites == "civil_code/1165" for s in readings)
    assert any("not settled" in s.text_en and s.cites == "civil_code/1182" for s in readings)


# --------------------------------------------------------------------------------------------- the lecturer's review

from pilaw.law.steps import Kind, of_kind  # noqa: E402
from pilaw.teaching.routes import trade_secret_burden_of_proof  # noqa: E402

BEFORE_2019 = date(2018, 6, 1)


@pytest.mark.parametrize(("trial", "ref"), [(date(2025, 10, 14), "aucl/32"), (date(2025, 10, 15), "aucl/39")])
def test_the_burden_of_proof_is_the_2019_rule_unchanged_and_follows_the_trial_not_the_conduct(trial, ref):
    step = trade_secret_burden_of_proof(trial_date=trial, conduct_date=BEFORE_2019)
    assert (step.cites, step.paragraph, step.kind) == (ref, 1, Kind.APPLIES)
    assert "date of the trial" in step.text_en and "not of the conduct" in step.text_en
    assert "unchanged since 2019-04-23" in step.text_en and "2018-06-01" in step.text_en
    assert law.provision("aucl/32", date(2025, 10, 14)).paragraphs_zh == law.versions("aucl/39")[0].paragraphs_zh


def test_a_trade_secret_trial_before_2019_04_23_has_no_such_rule_in_the_corpus():
    with pytest.raises(LawError):
        trade_secret_burden_of_proof(trial_date=date(2019, 4, 22), conduct_date=BEFORE_2019)
    assert trade_secret_burden_of_proof(trial_date=date(2019, 4, 23)).cites == "aucl/32"


def test_a_leak_before_2025_10_15_tried_the_day_before_rests_on_art_32_and_tried_on_it_on_art_39():
    # the route once keyed art. 39 to the conduct and gave no rule on proof for conduct before 2025-10-15
    day = date(2025, 6, 1)
    for trial, ref in ((date(2025, 10, 14), "aucl/32"), (date(2025, 10, 15), "aucl/39")):
        e = zhao(on=day, trial_date=trial, customer_list_is_secret=True).engagement("civil.trade_secret")
        assert ref in e.refs and any(s.cites == ref and "rule of procedure" in s.text_en for s in e.steps)


def test_the_pages_500_yuan_is_described_as_not_found_as_of_mid_2026_with_its_origin_unknown():
    steps = zhao(gain=0).engagement("civil.personal_information").steps
    text = " ".join(s.text_en for s in steps)
    assert "not found in national law, administrative regulations or judicial interpretations as of mid-2026" in text
    assert "origin is unknown" in text and "found in no law" not in text
    assert "截至2026年年中在国家法律、行政法规和司法解释中均未找到，来源不明" in " ".join(s.text_zh for s in steps)


def test_whether_the_employee_is_a_processor_is_taught_both_ways_with_the_public_interest_cases():
    (reading,) = [s for s in zhao().engagement("admin.holder").steps if s.cites == "pipl/73"]
    assert (reading.kind, reading.paragraph, reading.item) == (Kind.READING, 1, 1)
    assert "Two readings" in reading.text_en and "processor in his own right" in reading.text_en
    assert all(case in reading.text_en for case in ("B9", "B10", "B11", "B15"))
    assert "自主决定处理目的、处理方式" in law.provision("pipl/73", DAY).paragraphs_zh[1]


def test_the_employers_own_pipl_duties_security_and_notice_sit_beside_its_claims_and_fines():
    r = zhao()
    e = r.engagement("admin.holder_duties")
    assert e.refs == ("pipl/51", "pipl/57") and e.targets == (Party.HOLDER,) and e.status is Status.ENGAGED
    assert r.breach is not None and r.breach.notify_authority and r.breach.notify_individuals
    assert any((s.cites, s.paragraph, s.item) == ("pipl/51", 1, 4) for s in e.steps)
    assert any(s.cites == "pipl/57" and s.kind is Kind.APPLIES for s in e.steps)
    assert of_kind(e.steps, Kind.NOT_ASSESSED)  # whether the measures met art. 51
    assert (
        of_kind(zhao(employer_failed_security=True).engagement("admin.holder_duties").steps, Kind.NOT_ASSESSED)[0].cites
        != "pipl/51"
    )
    before = zhao(on=date(2021, 10, 31))
    assert before.breach is None and "admin.holder_duties" not in {x.key for x in before.engagements}


def test_the_network_duty_crime_has_its_statutory_name():
    title = zhao().engagement("criminal.holder").title_zh
    assert "拒不履行信息网络安全管理义务罪" in title
    assert "拒不履行信息网络安全管理义务罪" in str(law.data("crime_names.json"))


def _rule_steps(r) -> set:
    """The steps the called rules made (their own pinpoints are their own modules' business)."""
    results = (r.pi, r.trade_secret, r.trade_secret_damages, r.holder_damages, r.processing, r.breach)
    steps = {s for x in results if x is not None for s in x.steps}
    steps |= {c.step for c in r.processing.failures} | {d.step for d in r.processing.duties}
    return steps


@pytest.mark.parametrize("who", list(WHO))
@pytest.mark.parametrize("to_whom", list(TO_WHOM))
def test_every_step_of_the_routes_cites_the_paragraph_and_item_where_the_article_has_more_than_one(who, to_whom):
    r = zhao(who=who, to_whom=to_whom, customer_list_is_secret=True, gain=0)
    own = [s for s in r.steps if s not in _rule_steps(r) and s.cites != PAGE_CLAIM]
    assert own
    for step in own:
        prov = law.provision(step.cites, r.on) if law.is_in_force(step.cites, r.on) else law.versions(step.cites)[-1]
        if len(prov.paragraph_lines()) > 1:
            assert step.paragraph is not None, step.text_en
            assert prov.lines_of(step.paragraph, step.item)
