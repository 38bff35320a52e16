"""Every public rule, called with representative valid facts on the first day of every quarter from 1997-10-01
(the first day of the 1997 Criminal Law, the corpus's earliest text) to the end of 2027, returns a result or
raises the library's own LawError or InputError — never any other exception. A date the law does not reach is
an answer the student can read, not a traceback."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date

import pytest

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.rules import administrative, classify, compensation, criminal, pipl, police, processing
from pilaw.rules.criminal import Severity
from pilaw.teaching import case_study, routes, sources

QUARTERS = [
    date(year, month, 1)
    for year in range(1997, 2028)
    for month in (1, 4, 7, 10)
    if date(year, month, 1) >= date(1997, 10, 1)
]
TRIAL = date(2027, 12, 31)

PIECES = {"credit": 35, "transaction": 150}

RULES: dict[str, Callable[[date], object]] = {
    "compensation.statutory_damages": lambda day: compensation.statutory_damages(loss="12000", gain=None, on=day),
    "compensation.statutory_damages online": lambda day: compensation.statutory_damages(
        loss=None, gain=None, online=True, severe_mental_harm=True, on=day
    ),
    "compensation.trade_secret_damages": lambda day: compensation.trade_secret_damages(
        loss="2600000", conduct_date=day, wilful=True, serious=True, multiplier=3, trial_date=TRIAL
    ),
    "criminal.crime_name": lambda day: criminal.crime_name(on=day),
    "criminal.pi_severity": lambda day: criminal.pi_severity(PIECES, illegal_gain="6000", on=day),
    "criminal.pi_severity insider": lambda day: criminal.pi_severity({"other": 3000}, insider=True, on=day),
    "criminal.network_leak_serious": lambda day: criminal.network_leak_serious({"whereabouts": 600}, on=day),
    "criminal.network_duty_offence": lambda day: criminal.network_duty_offence(
        is_network_service_provider=True, ordered_to_correct=True, refused=True, pieces={"other": 60000}, on=day
    ),
    "criminal.network_duty_checklist": lambda day: criminal.network_duty_checklist(
        provider=True, ordered=True, refused=True, pieces={"other": 60000}, on=day
    ),
    "criminal.threshold_table": lambda day: criminal.threshold_table(on=day),
    "criminal.trade_secret": lambda day: criminal.trade_secret(loss="2600000", conduct_date=day, trial_date=TRIAL),
    "criminal.trade_secret at trial": lambda day: criminal.trade_secret(
        loss="400000", conduct_date=day, trial_date=day
    ),
    "administrative.pipl_fine": lambda day: administrative.pipl_fine(serious=True, turnover="2000000000", on=day),
    "administrative.pipl_serious_caps": lambda day: administrative.pipl_serious_caps("2000000000", on=day),
    "administrative.aucl_trade_secret_fine": lambda day: administrative.aucl_trade_secret_fine(serious=True, on=day),
    "administrative.consumer_fine": lambda day: administrative.consumer_fine(illegal_gain="8000", on=day),
    "administrative.cybersecurity_fine": lambda day: administrative.cybersecurity_fine(illegal_gain="8000", on=day),
    "classify.classify": lambda day: classify.classify("health", day),
    "processing.check": lambda day: processing.check(processing.EXAMPLE, on=day),
    "routes.engaged": lambda day: routes.engaged(
        who="employee", what="customer_list", to_whom="competitor", gain="8000", pieces={"transaction": 600}, on=day
    ),
    "case_study.walk": lambda day: case_study.walk(on=day),
    "criminal.pi_threshold_table": lambda day: criminal.pi_threshold_table(on=day),
    "administrative.pipl66_cap_words": lambda day: administrative.pipl66_cap_words(on=day),
    "administrative.pipl_crossing_turnover": lambda day: administrative.pipl_crossing_turnover(on=day),
    "administrative.pipl_serious_ratio": lambda day: administrative.pipl_serious_ratio(on=day),
    "administrative.one_act_one_fine": lambda day: administrative.one_act_one_fine(
        administrative.pipl_fine(refused_to_correct=True, on=day),
        administrative.consumer_fine(illegal_gain="8000", on=day),
        on=day,
    ),
    "routes.trade_secret_burden_of_proof": lambda day: routes.trade_secret_burden_of_proof(
        trial_date=day, conduct_date=date(2018, 6, 1) if day >= date(2018, 6, 1) else day
    ),
    "police.police_penalty": lambda day: police.police_penalty(Severity.NONE, on=day, knowledge_open=True),
    "police.police_ref": lambda day: police.police_ref(on=day),
    "pipl.consent_required": lambda day: pipl.consent_required(on=day, basis="consent", sensitive=True),
    "pipl.breach_duties": lambda day: pipl.breach_duties(
        on=day, measures_avoid_harm=False, network_operator=True, people=12000, sensitive=True
    ),
    "pipl.rights_request": lambda day: pipl.rights_request(on=day, right="access_copy"),
    "sources.article_count": lambda day: sources.article_count("pipl", day),
    "sources.clean_example": lambda day: sources.check(sources.clean_example("criminal_law/253-1", on=day), on=day),
    "sources.check": lambda day: sources.check(
        "《中华人民共和国刑法》第二百五十三条之一规定，处三年以下有期徒刑或者管制。", on=day
    ),
}

#: Modules whose public functions taking a date must all be in the sweep (a regime's own function, named
#: ``regime_…`` or ``<text>_<date>``, is reached through its rule).
SWEPT_MODULES = {
    "compensation": compensation,
    "criminal": criminal,
    "administrative": administrative,
    "classify": classify,
    "processing": processing,
    "police": police,
    "pipl": pipl,
    "routes": routes,
    "case_study": case_study,
    "sources": sources,
}
DATE_PARAMETERS = {"on", "day", "conduct_date", "trial_date"}


def test_every_public_rule_that_takes_a_date_is_in_the_sweep():
    swept = {name.split(" ")[0] for name in RULES}
    missing = []
    for short, module in SWEPT_MODULES.items():
        names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for name in names:
            function = getattr(module, name)
            if not inspect.isfunction(function) or name.startswith("regime_") or name[-1].isdigit():
                continue
            if function.__module__.startswith("pilaw.law."):  # a text helper imported from the bottom layer
                continue
            if DATE_PARAMETERS & set(inspect.signature(function).parameters) and f"{short}.{name}" not in swept:
                missing.append(f"{short}.{name}")
    assert missing == []


CORPUS = {p.ref for p in law.provisions()}


def _has(version: law.Provision, step) -> bool:
    try:
        version.lines_of(step.paragraph, step.item)
    except LawError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_answers_or_refuses_in_its_own_words_on_every_quarter_day(name):
    rule = RULES[name]
    answered = 0
    for day in QUARTERS:
        try:
            result = rule(day)
        except (LawError, InputError) as refusal:
            assert refusal.zh and refusal.en, f"{name} on {day}: a refusal without both languages"
            continue
        answered += 1
        for step in getattr(result, "steps", None) or ():
            assert step.cites, f"{name} on {day}: a step without a citation"
            if step.paragraph is not None and step.cites in CORPUS:
                assert any(_has(version, step) for version in law.versions(step.cites)), (
                    f"{name} on {day}: {step.cites} has no para. {step.paragraph} item {step.item}"
                )
    assert answered, f"{name} answered on no quarter day from 1997 to 2027"


def test_the_sweep_covers_every_quarter_from_1997_to_2027():
    assert QUARTERS[0] == date(1997, 10, 1) and QUARTERS[-1] == date(2027, 10, 1)
    assert len(QUARTERS) == 121
