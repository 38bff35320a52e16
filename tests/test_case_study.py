"""The case study: one fictional breach at 星河网店 walked through every route, as the law stood on the conduct date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilaw import InputError, law
from pilaw.law.steps import PAGE_CLAIM, Kind, of_kind
from pilaw.rules.classify import Sensitive
from pilaw.rules.criminal import Severity
from pilaw.teaching.case_study import CONDUCT_DATE, CaseFacts, Section, summary_table, walk

D = Decimal
LAST_DAY_OF_CSL_64 = date(2025, 12, 31)
FIRST_DAY_OF_CSL_71 = date(2026, 1, 1)


def outcome(key: str, facts: CaseFacts | None = None, on: date = CONDUCT_DATE):
    return next(o for s in walk(facts, on) for o in s.outcomes if o.key == key)


# --------------------------------------------------------------------------- the facts


def test_the_default_facts_are_the_case_as_told():
    f = CaseFacts()
    assert date(2025, 11, 15) == CONDUCT_DATE
    assert f.sold == {"transaction": 2000, "whereabouts": 60}
    assert f.employee_gain == D(6000) and f.victim_loss == D(12000) and f.turnover == D(1200000000)
    assert f.exposed == {"transaction": 4000, "whereabouts": 100}
    assert f.fraud_called == 300 and f.refused and f.ordered_to_correct and f.serious
    assert isinstance(f.employee_gain, Decimal) and isinstance(f.sold_transaction, int)


def test_facts_typed_as_text_are_read_exactly():
    f = CaseFacts(sold_transaction="2,000", employee_gain="6,000.50", turnover="", victim_loss=" ")
    assert f.sold_transaction == 2000 and f.employee_gain == D("6000.50")
    assert f.turnover is None and f.victim_loss is None


@pytest.mark.parametrize(
    "name",
    [
        "sold_transaction",
        "sold_whereabouts",
        "exposed_transaction",
        "exposed_whereabouts",
        "fraud_called",
        "employee_gain",
        "victim_costs",
    ],
)
@pytest.mark.parametrize("bad", [True, None, "abc", "-1", "NaN", "1.005"])
def test_a_bad_count_or_amount_is_refused_naming_the_field(name, bad):
    with pytest.raises(InputError) as caught:
        CaseFacts(**{name: bad})
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize("name", ["turnover", "victim_loss"])
@pytest.mark.parametrize("bad", [True, "abc", "-1", "NaN", "1.005"])
def test_a_bad_optional_amount_is_refused(name, bad):
    with pytest.raises(InputError):
        CaseFacts(**{name: bad})


@pytest.mark.parametrize("name", ["serious", "refused", "ordered_to_correct", "remedied"])
def test_a_flag_must_be_a_bool(name):
    with pytest.raises(InputError):
        CaseFacts(**{name: "yes"})


@pytest.mark.parametrize("bad", [None, "2025-11-15", 20251115])
def test_walk_needs_a_real_date(bad):
    with pytest.raises(InputError):
        walk(on=bad)


def test_walk_refuses_something_that_is_not_the_facts_and_summary_table_something_that_is_not_a_walk():
    with pytest.raises(InputError):
        walk({"sold_transaction": 1})
    with pytest.raises(InputError):
        summary_table("abc")
    with pytest.raises(InputError):
        summary_table(walk()[0])


def test_a_datetime_counts_as_its_day():
    assert walk(on=datetime(2025, 11, 15, 9, 30))[0].on == CONDUCT_DATE


# --------------------------------------------------------------------------- the walk's shape


def test_the_walk_has_five_sections_with_bilingual_titles_and_provisions_in_the_corpus():
    sections = walk()
    assert [s.key for s in sections] == ["information", "processing", "civil", "administrative", "criminal"]
    for s in sections:
        assert isinstance(s, Section) and s.title_zh and s.title_en and s.outcomes and s.reading
        for ref in s.refs:
            law.provision(ref, CONDUCT_DATE)


@pytest.mark.parametrize("on", [date(2016, 1, 1), date(2021, 6, 1), CONDUCT_DATE, FIRST_DAY_OF_CSL_71])
def test_every_step_cites_a_provision_of_the_corpus_or_the_page(on):
    known = {p.ref for p in law.provisions()} | {PAGE_CLAIM}
    for s in walk(on=on):
        assert all(step.cites in known for step in s.steps), s.key
        assert all(step.text_zh and step.text_en for step in s.steps)


def test_the_summary_table_has_one_row_per_route():
    rows = summary_table(walk())
    assert [r.key for r in rows] == [
        "classification",
        "processing",
        "pipl_security",
        "pipl_breach",
        "victim_law",
        "victim_page",
        "customer_law",
        "customer_page",
        "public_interest",
        "pipl66",
        "csl",
        "crpl56",
        "one_fine",
        "employee_police",
        "employee_253_1",
        "shop_leak",
        "shop_286_1",
    ]
    assert all(r.applies and r.route_zh and r.route_en and r.outcome_zh and r.outcome_en for r in rows)


def test_a_date_before_the_civil_code_keeps_every_route_and_marks_the_ones_not_in_force():
    rows = {r.key: r for r in summary_table(walk(on=date(2020, 1, 1)))}
    assert not rows["classification"].applies and not rows["victim_law"].applies and not rows["pipl66"].applies
    assert "2021-01-01" in rows["victim_law"].outcome_en and "2021-11-01" in rows["pipl66"].outcome_en
    assert rows["csl"].applies and rows["employee_253_1"].applies
    assert rows["victim_page"].applies  # the page's claim has no date: it is not law


# --------------------------------------------------------------------------- 1. information


def test_all_five_items_are_personal_and_only_delivery_tracking_is_listed_sensitive():
    o = outcome("classification")
    assert [c.key for c in o.result] == ["name", "phone", "address", "shopping_history", "whereabouts"]
    assert all(c.is_personal for c in o.result)
    assert [c.key for c in o.result if c.is_sensitive] == ["whereabouts"]
    assert "whereabouts" in o.outcome_en and "the other 4" in o.outcome_en


def test_before_the_pipl_there_is_no_sensitive_category():
    o = outcome("classification", on=date(2021, 10, 31))
    assert all(c.sensitive is Sensitive.NOT_IN_FORCE for c in o.result)
    assert "not yet in force" in o.outcome_en
    assert outcome("classification", on=date(2021, 11, 1)).result[-1].sensitive is Sensitive.LISTED


# --------------------------------------------------------------------------- 2. processing


def test_the_shop_fails_six_conditions_and_owes_every_duty_after_the_leak():
    check = outcome("processing").result
    assert check.failed == {
        "civil_code/1035#(一)",
        "civil_code/1038#1.leak",
        "civil_code/1038#1.provide",
        "civil_code/1038#2.security",
        "consumer_law/29#2.confidential",
        "consumer_law/29#2.security",
    }
    assert [d.key for d in check.outstanding] == ["remedy", "inform", "report", "remedy_immediately"]


def test_once_the_shop_remedies_informs_and_reports_no_duty_is_outstanding():
    facts = CaseFacts(remedied=True, persons_informed=True, authority_reported=True)
    assert outcome("processing", facts).result.outstanding == ()


def test_without_any_sale_only_the_security_failures_remain():
    facts = CaseFacts(sold_transaction=0, sold_whereabouts=0)
    assert outcome("processing", facts).result.failed == {"civil_code/1038#2.security", "consumer_law/29#2.security"}


# --------------------------------------------------------------------------- 3. civil


def test_the_fraud_victim_can_claim_the_loss_plus_reasonable_costs_the_page_only_the_loss():
    law_ = outcome("victim_law").result
    assert law_.property == D(12800) and law_.total == D(12800) and not law_.court_decides
    page = outcome("victim_page").result
    assert page.total == D(12000)
    assert all(s.cites == PAGE_CLAIM for s in page.steps)


def test_a_customer_with_no_provable_loss_gets_what_the_court_decides_up_to_500000_the_page_says_at_least_500():
    law_ = outcome("customer_law").result
    assert law_.property is None and law_.court_decides and law_.upper_bound == D(500000)
    page = outcome("customer_page").result
    assert page.total == D(500) and page.property_is_minimum


def test_a_victim_loss_that_cannot_be_determined_goes_to_the_court_too():
    assert outcome("victim_law", CaseFacts(victim_loss=None)).result.court_decides


def test_the_public_interest_suit_cites_pipl_70_and_computes_no_amount():
    o = outcome("public_interest")
    assert o.ref == "pipl/70" and all(s.cites == "pipl/70" for s in o.steps)
    assert "300" in o.steps[1].text_en and "6,160" in o.steps[1].text_en
    assert "not settled" in o.steps[1].text_en and "no amount" in o.outcome_en


def test_the_public_interest_suit_starts_with_the_pipl():
    assert not outcome("public_interest", on=date(2021, 10, 31)).applies
    assert outcome("public_interest", on=date(2021, 11, 1)).applies


# --------------------------------------------------------------------------- 4. administrative


def test_pipl_66_gives_the_shop_two_caps_50000000_or_60000000():
    fine = outcome("pipl66").result
    assert (fine.cap_fixed, fine.cap_turnover, fine.max_fine) == (D(50000000), D(60000000), None)
    assert (fine.person_min, fine.person_max) == (D(100000), D(1000000))
    assert "60,000,000" in outcome("pipl66").outcome_en and "或者" in outcome("pipl66").outcome_en


def test_at_a_turnover_of_1000000000_the_two_caps_coincide():
    fine = outcome("pipl66", CaseFacts(turnover=1000000000)).result
    assert fine.max_fine == D(50000000)


def test_an_ordinary_case_with_a_refusal_is_up_to_1000000_and_without_it_no_fine():
    assert outcome("pipl66", CaseFacts(serious=False)).result.max_fine == D(1000000)
    assert outcome("pipl66", CaseFacts(serious=False, refused=False)).result.max_fine == 0


def test_the_cybersecurity_law_changes_from_art_64_to_art_71_on_2026_01_01():
    before = outcome("csl", on=LAST_DAY_OF_CSL_64)
    after = outcome("csl", on=FIRST_DAY_OF_CSL_71)
    assert before.ref == "cybersecurity_law/64" and before.result.max_fine == D(1000000)
    assert after.ref == "cybersecurity_law/71" and after.result.max_fine is None
    assert "no figure of its own" in after.outcome_en
    assert outcome("csl", on=CONDUCT_DATE).ref == "cybersecurity_law/64"


def test_crpl_56_caps_the_fine_at_500000_without_illegal_gain_and_notes_the_proviso():
    o = outcome("crpl56")
    assert o.result.max_fine == D(500000) and "PIPL art. 66 may displace" in o.outcome_en


def test_the_police_route_does_not_apply_to_the_employee_because_his_sale_is_a_crime():
    o = outcome("employee_police")
    assert "does not apply" in o.outcome_en and o.steps[0].cites == "pipl/71"


def test_if_the_sale_were_no_crime_the_police_route_changes_on_2026_01_01():
    small = CaseFacts(sold_transaction=10, sold_whereabouts=1, employee_gain=100)
    before = outcome("employee_police", small, LAST_DAY_OF_CSL_64)
    after = outcome("employee_police", small, FIRST_DAY_OF_CSL_71)
    assert before.ref == "cybersecurity_law/64" and before.steps[-1].cites == "cybersecurity_law/64"
    assert after.ref == "public_security_law/56" and after.steps[-1].cites == "public_security_law/56"
    assert after.steps[0].cites == "cybersecurity_law/71"
    assert "one mirror" in after.steps[-1].text_en
    assert law.provision("public_security_law/56", FIRST_DAY_OF_CSL_71).paragraphs_zh[0] in after.steps[-1].text_zh


# --------------------------------------------------------------------------- 5. criminal


def test_the_insider_s_mixed_records_add_up_to_52_5_especially_serious():
    a = outcome("employee_253_1").result
    assert a.ratio == Fraction(2000, 250) + Fraction(60, 25) == Fraction(52, 5)
    assert a.gain_ratio == Fraction(6000, 2500) == Fraction(12, 5)
    assert a.severity is Severity.ESPECIALLY_SERIOUS
    assert "52/5" in outcome("employee_253_1").outcome_en


def test_at_exactly_ten_times_it_is_still_especially_serious_one_record_less_it_is_serious():
    at = outcome("employee_253_1", CaseFacts(sold_whereabouts=50)).result
    below = outcome("employee_253_1", CaseFacts(sold_whereabouts=49)).result
    assert at.ratio == 10 and at.severity is Severity.ESPECIALLY_SERIOUS
    assert below.ratio == Fraction(249, 25) and below.severity is Severity.SERIOUS


def test_with_nothing_sold_the_gain_alone_decides_from_2500_yuan():
    at = CaseFacts(sold_transaction=0, sold_whereabouts=0, employee_gain=2500)
    below = replace(at, employee_gain=D("2499.99"))
    assert outcome("employee_253_1", at).result.severity is Severity.SERIOUS
    assert outcome("employee_253_1", below).result.severity is Severity.NONE


def test_the_databases_leak_is_exactly_at_the_286_1_threshold():
    leak = outcome("shop_leak").result
    assert leak.ratio == Fraction(4000, 5000) + Fraction(100, 500) == 1 and leak.severity is Severity.SERIOUS
    short = outcome("shop_leak", CaseFacts(exposed_whereabouts=99)).result
    assert short.ratio == Fraction(499, 500) and short.severity is Severity.NONE


def test_the_shop_commits_the_286_1_offence_as_a_unit():
    o = outcome("shop_286_1")
    assert o.result.severity is Severity.SERIOUS
    assert "The unit: a fine" in o.outcome_en and "made out" in o.outcome_en


@pytest.mark.parametrize(
    "changes", [{"refused": False}, {"ordered_to_correct": False, "refused": False}, {"exposed_whereabouts": 99}]
)
def test_without_a_refused_order_or_enough_records_the_286_1_offence_fails(changes):
    o = outcome("shop_286_1", CaseFacts(**changes))
    assert o.result.severity is Severity.NONE and "not made out" in o.outcome_en


def test_conduct_the_day_before_the_2017_interpretation_is_judged_by_it_at_a_later_trial():
    """No interpretation existed on 2017-05-31; the case is tried later, so the 2017 interpretation applies to it
    (the 2001 provisions on interpretations in time, art. 2 — a text outside the reference files, flagged)."""
    o = outcome("employee_253_1", on=date(2017, 5, 31))
    assert o.applies
    flagged = of_kind(o.result.steps, Kind.UNVERIFIED)
    assert any("art. 2" in step.text_en and "2017-05-31" in step.text_en for step in flagged)
    assert outcome("employee_253_1", on=date(2017, 6, 1)).applies


# --------------------------------------------------------------------------- properties


@settings(max_examples=100, deadline=None)
@given(t=st.integers(0, 50000), w=st.integers(0, 5000), extra=st.integers(1, 500))
def test_selling_more_never_makes_the_employee_s_case_lighter(t, w, extra):
    on = CONDUCT_DATE
    base = outcome("employee_253_1", CaseFacts(sold_transaction=t, sold_whereabouts=w, employee_gain=0), on).result
    more = outcome(
        "employee_253_1", CaseFacts(sold_transaction=t + extra, sold_whereabouts=w, employee_gain=0), on
    ).result
    assert base.severity <= more.severity
    assert base.ratio == Fraction(t, 250) + Fraction(w, 25)


@settings(max_examples=100, deadline=None)
@given(turnover=st.integers(0, 10**11))
def test_the_turnover_cap_is_always_one_twentieth_of_the_turnover(turnover):
    fine = outcome("pipl66", CaseFacts(turnover=turnover)).result
    assert fine.cap_turnover == D(turnover) / 20 and fine.cap_fixed == D(50000000)


# --------------------------------------------------------------------------- kinds of steps


def test_the_walk_lists_what_it_does_not_assess_section_by_section():
    from pilaw.law.steps import Kind, of_kind

    sections = {s.key: s for s in walk()}
    civil = of_kind(sections["civil"].steps, Kind.NOT_ASSESSED)
    assert any("not computed here" in s.text_en for s in civil)
    criminal = of_kind(sections["criminal"].steps, Kind.NOT_ASSESSED)
    assert any("not decided here" in s.text_en and s.cites == "criminal_law/286-1" for s in criminal)
    readings = of_kind(sections["information"].steps, Kind.READING)
    assert readings[0].cites == "pipl/28" and "is a reading" in readings[0].text_en


def test_the_employee_police_route_uses_the_police_rule_and_marks_the_2026_texts_unverified():
    from pilaw.law.steps import Kind, of_kind
    from pilaw.rules.police import police_penalty

    small = CaseFacts(sold_transaction=10, sold_whereabouts=1, employee_gain=100)
    for day in (LAST_DAY_OF_CSL_64, FIRST_DAY_OF_CSL_71):
        o = outcome("employee_police", small, day)
        assert o.result == police_penalty(Severity.NONE, on=day, knowledge_open=True)
    after = outcome("employee_police", small, FIRST_DAY_OF_CSL_71)
    assert [s.cites for s in of_kind(after.steps, Kind.UNVERIFIED)] == [
        "cybersecurity_law/71",
        "public_security_law/56",
    ]
    assert of_kind(outcome("employee_police", small, LAST_DAY_OF_CSL_64).steps, Kind.UNVERIFIED) == ()
    assert "open" in after.outcome_en


# --------------------------------------------------------------------------- 2. the PIPL duties (arts. 51 and 57)


def test_on_the_facts_the_shop_did_not_meet_its_pipl_51_security_duties():
    o = outcome("pipl_security")
    assert o.ref == "pipl/51" and o.result.met is False
    items = {s.item for s in o.steps if s.cites == "pipl/51"}
    assert {3, 4} <= items  # technical measures (the unpatched flaw); access rights (the employee's sale)
    assert "not met" in o.outcome_en


def test_without_any_sale_only_the_unpatched_database_counts_against_art_51():
    o = outcome("pipl_security", CaseFacts(sold_transaction=0, sold_whereabouts=0))
    assert 4 not in {s.item for s in o.steps if s.cites == "pipl/51" and s.kind is not Kind.NOT_ASSESSED}
    assert o.result.met is False


def test_after_the_leak_pipl_57_demands_remedy_and_notice_and_the_shop_did_neither():
    o = outcome("pipl_breach")
    duties = o.result
    assert duties.notify_authority and duties.notify_individuals and "pipl/57" in duties.refs
    assert "not met" in o.outcome_en
    assert any(s.cites == "pipl/57" and s.paragraph == 1 for s in o.steps)


def test_once_the_shop_remedies_informs_and_reports_the_art_57_duties_are_met():
    done = CaseFacts(remedied=True, persons_informed=True, authority_reported=True)
    assert "not met" not in outcome("pipl_breach", done).outcome_en
    assert "met" in outcome("pipl_breach", done).outcome_en


def test_the_duties_are_tied_to_the_presumed_fault_of_pipl_69_and_to_pipl_66():
    steps = outcome("pipl_breach").steps + outcome("pipl_security").steps
    fault = [s for s in steps if s.cites == "pipl/69"]
    fine = [s for s in steps if s.cites == "pipl/66"]
    assert fault and all(s.paragraph == 1 and s.kind is Kind.READING for s in fault)
    assert fine and any(s.paragraph == 1 and "未履行本法规定的个人信息保护义务" in s.text_zh for s in fine)


def test_before_the_pipl_its_duties_do_not_apply_but_are_kept_as_routes():
    rows = {r.key: r for r in summary_table(walk(on=date(2021, 10, 31)))}
    assert not rows["pipl_security"].applies and not rows["pipl_breach"].applies
    assert "2021-11-01" in rows["pipl_breach"].outcome_en
    assert outcome("pipl_breach", on=date(2021, 11, 1)).applies


# --------------------------------------------------------------------------- 3. causation and apportionment


def test_pipl_69_presumes_fault_only_so_causation_and_apportionment_stay_for_the_court():
    civil = next(s for s in walk() if s.key == "civil")
    step = next(s for s in civil.steps if "causal" in s.text_en)
    assert step.cites == "pipl/69" and step.paragraph == 1
    assert step.kind in (Kind.NOT_ASSESSED, Kind.READING)
    assert "B2" in step.text_en and "apportion" in step.text_en and "因果关系" in step.text_zh
    victim = outcome("victim_law")
    assert victim.result.property == D(12800)  # the most that can be claimed, unchanged
    assert "at most" in victim.outcome_en and "causation" in victim.outcome_en


# --------------------------------------------------------------------------- pinpoints of the case study's own steps


def _own_steps(on: date = CONDUCT_DATE):
    sections = walk(on=on)
    for s in sections:
        yield from s.reading
    yield from outcome("public_interest", on=on).steps
    for key in ("pipl_security", "pipl_breach"):
        o = outcome(key, on=on)
        own = set(o.result.steps) if key == "pipl_breach" and o.result is not None else set()
        yield from (step for step in o.steps if step not in own)


@pytest.mark.parametrize("on", [CONDUCT_DATE, FIRST_DAY_OF_CSL_71])
def test_the_case_study_s_own_steps_name_the_paragraph_where_the_article_has_several(on):
    for step in _own_steps(on):
        if step.cites == PAGE_CLAIM:
            continue
        version = law.provision(step.cites, on)
        if len(version.paragraph_lines()) > 1:
            assert step.paragraph is not None, f"{step.cites}: {step.text_en}"
        if step.paragraph is not None:
            version.lines_of(step.paragraph, step.item)


def test_the_online_reading_of_the_case_cites_art_12_para_2_and_says_it_is_a_fact_to_prove():
    civil = next(s for s in walk() if s.key == "civil")
    step = next(s for s in civil.reading if s.cites == "spc_2020_online_rights/12")
    assert step.paragraph == 2 and step.kind is Kind.READING and "information networks" in step.text_en


# --------------------------------------------------------------------------- 4. one act, one fine (APL art. 29)


def test_one_act_one_fine_leaves_the_shop_only_the_pipl_66_fine_the_others_cannot_be_added():
    o = outcome("one_fine")
    assert o.ref == "admin_penalty_law/29"
    assert o.result.applied.article == "pipl/66"
    assert {r.article for r in o.result.displaced} == {"cybersecurity_law/64", "consumer_law/56"}
    assert "PIPL art. 66" in o.outcome_en and "once" in o.outcome_en


def test_from_2026_the_cybersecurity_law_has_no_fine_of_its_own_to_compare():
    o = outcome("one_fine", on=FIRST_DAY_OF_CSL_71)
    assert [r.article for r in o.result.without_fine] == ["cybersecurity_law/71"]
    assert o.result.applied.article == "pipl/66"


def test_before_the_pipl_one_act_one_fine_still_compares_what_there_is():
    o = outcome("one_fine", on=date(2021, 10, 31))
    assert o.applies and "pipl/66" not in {r.article for r in o.result.ranges}
