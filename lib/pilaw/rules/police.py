"""The police route: selling or providing personal information that is not yet a crime, by the date of the conduct.

One small function per regime, and one place, :data:`REGIMES`, that says which regime a date falls in (each is
keyed by the provision whose period of force defines it, so the dates come from the corpus, not from code):

* :func:`regime_2017_06_01` — Cybersecurity Law 2016 art. 64 para. 2 (2017-06-01 to 2025-12-31): where it is not
  yet a crime, the police confiscate the illegal gain and fine;
* :func:`regime_2026_01_01` — from 2026-01-01: CSL art. 46 forbids the sale and art. 71 para. 2 sends a sale that
  is not yet a crime to the police "under the relevant laws"; the obvious one is the Public Security
  Administration Punishments Law art. 56 (detention, no fine) — an inference, on texts verified in one mirror.

:func:`police_penalty` takes the severity the criminal rule found (:func:`pilaw.rules.criminal.pi_severity`) and
says whether the police route applies (the two routes take turns: a crime goes to the prosecution), with cited
steps of every kind (:class:`pilaw.law.steps.Kind`). The calculator computes no fine or detention here: the ranges
are quoted from the text.

    >>> from datetime import date
    >>> from pilaw.rules.criminal import Severity
    >>> police_penalty(Severity.NONE, on=date(2026, 1, 1)).ref
    'public_security_law/56'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pilaw import law
from pilaw.law.errors import InputError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.steps import Bilingual, Kind, Step
from pilaw.law.text import date_zh, kind_resting_on
from pilaw.rules.criminal import Severity

__all__ = [
    "REGIMES",
    "Outcome",
    "PolicePenalty",
    "Regime",
    "police_penalty",
    "police_ref",
    "regime_2017_06_01",
    "regime_2026_01_01",
    "text_caveat",
]

_STANDARDS = "spc_2017_personal_information/5"  # the numeric standards of 情节严重 and its other circumstances
_MIRROR = ("这些文本仅据一个非官方转载文本核对", "these texts are verified in one mirror only")


class Outcome(Bilingual):
    """Whether the police route applies."""

    PUNISHES = ("punishes", "由公安机关处罚", "the police punish")
    OPEN = ("open", "取决于事实：是否构成犯罪", "open: whether it is a crime depends on the facts")
    CRIME = ("crime", "不适用：已构成犯罪", "does not apply: the conduct is a crime")
    NO_PROVISION = ("no_provision", "当日没有相应的治安管理处罚条文", "no police-penalty provision on that day")


@dataclass(frozen=True)
class Regime:
    """The provisions of one period: those engaged (``refs``), the one that punishes (``ref``, its paragraph (款)
    ``paragraph``, counted from 1 as the law counts, named ``name_zh``/``name_en``), the penalty in brief, the steps that lead to it
    (``intro``) and follow its text (``after``), and what is known of the sources of its texts (``(zh, en)``)."""

    refs: tuple[str, ...]
    ref: str
    paragraph: int
    name_zh: str
    name_en: str
    penalty_zh: str
    penalty_en: str
    intro: tuple[Step, ...] = ()
    after: tuple[Step, ...] = ()
    sources: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class PolicePenalty:
    """The police route on one day: its :class:`Outcome`, the provisions engaged (``refs``), the one that punishes
    (``ref``; None where no provision existed), the penalty in brief, and the cited steps."""

    on: date
    outcome: Outcome
    refs: tuple[str, ...]
    ref: str | None
    penalty_zh: str
    penalty_en: str
    steps: tuple[Step, ...]

    @property
    def applies(self) -> bool:
        return self.outcome is Outcome.PUNISHES


# --------------------------------------------------------------------------- the regimes


def regime_2017_06_01(day: date) -> Regime:
    """Cybersecurity Law 2016 art. 64 para. 2: not yet a crime → the police confiscate the gain and fine."""
    ref = "cybersecurity_law/64"
    return Regime(
        refs=(ref,),
        ref=ref,
        paragraph=2,
        name_zh="网络安全法第六十四条第二款",
        name_en="Cybersecurity Law art. 64 para. 2",
        penalty_zh="网络安全法第六十四条第二款：公安机关没收违法所得并罚款",
        penalty_en="CSL art. 64 para. 2: police confiscation and a fine",
        after=(
            Step(
                "罚款的幅度见条文；在幅度内罚多少，由公安机关决定，本计算器不计算这一款的数额。",
                "The range of the fine is in the text; where in it the fine falls is for the police: the calculator "
                "does not compute this paragraph.",
                ref,
                Kind.NOT_ASSESSED,
                paragraph=2,
            ),
        ),
    )


def regime_2026_01_01(day: date) -> Regime:
    """From 2026-01-01: CSL art. 46 and art. 71 para. 2 send a sale that is not yet a crime to the police under the
    relevant laws; the obvious one is Public Security Administration Punishments Law art. 56 (an inference)."""
    csl = law.provision("cybersecurity_law/71", day)
    ban = law.provision("cybersecurity_law/46", day)
    caveat_zh, caveat_en = text_caveat(csl, _MIRROR)
    return Regime(
        refs=("cybersecurity_law/46", "cybersecurity_law/71", "public_security_law/56"),
        ref="public_security_law/56",
        paragraph=1,
        name_zh="治安管理处罚法第五十六条第一款",
        name_en="Public Security Administration Punishments Law art. 56 para. 1",
        penalty_zh="治安管理处罚法第五十六条：拘留（见条文）",
        penalty_en="Public Security Administration Punishments Law art. 56: detention (see the text)",
        intro=(
            Step(
                f"{date_zh(day)}适用2025年修正后的网络安全法：第四十六条“{ban.paragraphs_zh[0]}”"
                f"第七十一条第二款：“{csl.paragraphs_zh[-1]}”{caveat_zh}",
                f"On {day.isoformat()} the Cybersecurity Law as amended in 2025 applies: art. 46 — {ban.paragraphs_en[0]} "
                f"Art. 71 para. 2 — {csl.paragraphs_en[-1]}{caveat_en}",
                "cybersecurity_law/71",
                kind_resting_on(ban, csl),
                paragraph=2,
            ),
            Step(
                "第七十一条没有点名是哪部法律；最明显的有关规定是治安管理处罚法第五十六条（推论）。该条只规定拘留，没有罚款。",
                "Art. 71 does not name the law; the obvious relevant one is Public Security Administration Punishments "
                "Law art. 56 (an inference). That article sets detention only, no fine.",
                "cybersecurity_law/71",
                Kind.READING,
                paragraph=2,
            ),
        ),
        sources=_MIRROR,
    )


#: Which regime a date falls in: the first whose provision is in force on that day (newest first).
REGIMES: tuple[tuple[str, Callable[[date], Regime]], ...] = (
    ("public_security_law/56", regime_2026_01_01),
    ("cybersecurity_law/64", regime_2017_06_01),
)


def _regime(day: date) -> Regime | None:
    for ref, regime in REGIMES:
        if law.is_in_force(ref, day):
            return regime(day)
    return None


def police_ref(on: object = None) -> str | None:
    """The provision the police punish under on ``on`` (default today): ``"cybersecurity_law/64"`` until 2025-12-31,
    ``"public_security_law/56"`` from 2026-01-01; None before 2017-06-01."""
    regime = _regime(parse_date(on, "on 行为日期", allow_text=False))
    return None if regime is None else regime.ref


# --------------------------------------------------------------------------- the steps


def text_caveat(prov: law.Provision, sources: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """The caveat a step adds after quoting a provision not verified against an official source, with what is known
    of its sources (``(zh, en)``, optional): ``(zh, en)``, both empty for a verified text."""
    if prov.verified:
        return "", ""
    zh, en = (f"，{sources[0]}", f"; {sources[1]}") if sources[0] else ("", "")
    return (
        f"（注意：该条文本未经官方核实{zh}：{prov.note_zh}）",
        f" (Note: this text is not verified against an official source{en}: {prov.note})",
    )


def _text_step(regime: Regime, day: date, *, crime: bool) -> Step:
    """The punishing paragraph, quoted from the corpus with its caveat."""
    prov = law.provision(regime.ref, day)
    caveat_zh, caveat_en = text_caveat(prov, regime.sources)
    lines = prov.lines_of(regime.paragraph)
    text_zh = "".join(prov.paragraphs_zh[i] for i in lines)
    text_en = " ".join(prov.paragraphs_en[i] for i in lines)
    if crime:
        lead_zh = f"尚不构成犯罪时，{date_zh(day)}本应适用{regime.name_zh}"
        lead_en = f"Were it not a crime, {regime.name_en} would apply on {day.isoformat()}"
    else:
        lead_zh = f"故由公安机关依{regime.name_zh}处罚（{date_zh(day)}适用）"
        lead_en = f"So the police punish under {regime.name_en} (in force on {day.isoformat()})"
    return Step(
        f"{lead_zh}：“{text_zh}”{caveat_zh}",
        f"{lead_en}: {text_en}{caveat_en}",
        regime.ref,
        kind_resting_on(prov),
        paragraph=regime.paragraph,
    )


def _crime_step(severity: Severity, day: date) -> Step:
    if law.is_in_force("pipl/71", day):
        return Step(
            f"按数量或者数额已达到{severity.zh}：已构成犯罪。“构成犯罪的，依法追究刑事责任”（个人信息保护法第七十一条）："
            "应当依法追究刑事责任，不再适用“尚不构成犯罪”时由公安机关给予的处罚。",
            f"On the numbers the case is {severity.en}: a crime. 'Where it constitutes a crime, criminal liability shall "
            "be pursued' (PIPL art. 71): the criminal route applies, not the police penalty for conduct 'not yet a crime'.",
            "pipl/71",
        )
    return Step(
        f"按数量或者数额已达到{severity.zh}：已构成犯罪，应当依法追究刑事责任，不再适用“尚不构成犯罪”时由公安机关给予的处罚。",
        f"On the numbers the case is {severity.en}: a crime, so the criminal route applies instead of a police penalty "
        "for conduct 'not yet a crime'.",
        "criminal_law/253-1",
        paragraph=1,
    )


def _short_steps(knowledge_open: bool) -> tuple[Step, ...]:
    """Below the standards: not a crime on the numbers; what the numbers leave open, and what is not assessed."""
    steps = [
        Step(
            "按数量和数额未达到情节严重：仅凭数字尚不构成犯罪。",
            "Below 情节严重 on the numbers: on the numbers alone, not a crime.",
            _STANDARDS,
            paragraph=1,
        )
    ]
    if knowledge_open:
        steps.append(
            Step(
                "但若行为人知道或者应当知道他人利用公民个人信息实施犯罪，仍向其出售或者提供，依2017年个人信息刑事解释第五条第一款第二项即属情节严重，构成犯罪；"
                "不构成犯罪的，方由公安机关处罚。",
                "But if the offender knew or should have known that the recipient uses personal information to commit "
                "crimes and still sold or provided it, 2017 interpretation art. 5 para. 1 item (二) makes it serious — a crime; only if it is not a crime do the "
                "police punish it.",
                _STANDARDS,
                paragraph=1,
                item=2,
            )
        )
    steps.append(
        Step(
            "第五条的非数量情形（例如是否知道或者应当知道对方用于犯罪）是事实问题，本计算器不评估。",
            "The non-numeric circumstances of art. 5 (whether he knew or should have known the buyers' use for crime, "
            "say) are questions of fact the calculator does not assess.",
            _STANDARDS,
            Kind.NOT_ASSESSED,
            paragraph=1,
        )
    )
    return tuple(steps)


def _no_provision(severity: Severity, day: date) -> PolicePenalty:
    steps = [
        Step(
            f"行为日期{date_zh(day)}：语料库中没有针对出售个人信息的治安管理处罚条文。",
            f"Conduct on {day.isoformat()}: the corpus holds no police-penalty provision for selling personal "
            "information.",
            "criminal_law/253-1",
            paragraph=1,
        )
    ]
    crime = severity is not Severity.NONE
    if crime:
        steps.insert(0, _crime_step(severity, day))
    outcome = Outcome.CRIME if crime else Outcome.NO_PROVISION
    return PolicePenalty(day, outcome, (), None, outcome.zh, outcome.en, tuple(steps))


# --------------------------------------------------------------------------- the rule


def police_penalty(severity: Severity, *, on: object = None, knowledge_open: bool = False) -> PolicePenalty:
    """The police route for selling or providing personal information, as the law stood on ``on`` (default today).

    ``severity``: what :func:`pilaw.rules.criminal.pi_severity` found on the numbers. A crime
    (:attr:`Severity.SERIOUS` or worse) goes to the prosecution: PIPL art. 71, and both CSL texts reach only conduct
    "尚不构成犯罪" (not yet a crime). Below the standards the police punish — under CSL 2016 art. 64 para. 2 until
    2025-12-31, from 2026-01-01 under CSL art. 71 para. 2, which points to the relevant laws, most obviously Public
    Security Administration Punishments Law art. 56 (see :data:`REGIMES`). ``knowledge_open``: the buyer may be
    known to use the data for crime (a fraud ring), which would make it a crime whatever the numbers (2017
    interpretation art. 5 para. 1 item (二)): the route is then open.
    """
    if not isinstance(severity, Severity):
        raise InputError(
            "severity 情节", "需要刑法评估的情节（Severity）", f"needs a Severity, not {type(severity).__name__}"
        )
    day = parse_date(on, "on 行为日期", allow_text=False)
    open_ = parse_flag(knowledge_open, "knowledge_open 是否可能明知对方用于犯罪")
    regime = _regime(day)
    if regime is None:
        return _no_provision(severity, day)
    crime = severity is not Severity.NONE
    if crime:
        steps = (_crime_step(severity, day), *regime.intro, _text_step(regime, day, crime=True), *regime.after)
        outcome = Outcome.CRIME
    else:
        steps = (*regime.intro, *_short_steps(open_), _text_step(regime, day, crime=False), *regime.after)
        outcome = Outcome.OPEN if open_ else Outcome.PUNISHES
    penalty_zh, penalty_en = (outcome.zh, outcome.en) if crime else (regime.penalty_zh, regime.penalty_en)
    return PolicePenalty(day, outcome, regime.refs, regime.ref, penalty_zh, penalty_en, steps)
