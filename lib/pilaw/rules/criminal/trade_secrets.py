"""Criminal Law art. 219 (侵犯商业秘密罪): which regime — a text of the article with the interpretation that fixes
its figures — and which band.

Two texts (:data:`_TEXTS`: 1997, Amendment XI from 2021-03-01) and three interpretations (:data:`_INTERPRETATIONS`:
2004, 2020 (III), 2025), one function each. :func:`trade_secret` builds the regime of the time of the conduct
and the regime at trial and applies the lighter one entirely (Criminal Law art. 12, :mod:`.temporal`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from pilaw import law
from pilaw.law import Figure, Provision, money
from pilaw.law.errors import LawError
from pilaw.law.inputs import parse_date, parse_flag
from pilaw.law.money import yuan_zh
from pilaw.law.steps import Kind, Step
from pilaw.law.text import chinese_number, date_zh, fraction_text
from pilaw.rules.criminal import temporal
from pilaw.rules.criminal.common import (
    Fine,
    Pin,
    Severity,
    as_yuan,
    check_trial,
    cite_name,
    figure_in_force,
    pin,
    split_band,
    times,
    yuan,
)
from pilaw.rules.criminal.penalty import ip_fine, unit_sentence, unit_steps

ART = "criminal_law/219"
ART_220 = "criminal_law/220"  # the unit crime of arts. 213-219(-1)
_BASIC = "criminal_law219.basic_band_max_years"
_TOP = "criminal_law219.top_band_max_years"


@dataclass(frozen=True)
class TradeSecretAssessment:
    """The result of :func:`trade_secret`.

    ``text_from`` is the first day of the version of art. 219 applied; ``text_version`` looks that
    version up in the corpus. ``contested`` is True when the result depends on the unsettled reading
    of the 2025 interpretation's tenfold rule for repeat offenders (see the steps).
    """

    severity: Severity
    text_from: date
    interpretation_ref: str
    amount: Decimal
    band_zh: str
    band_en: str
    contested: bool
    steps: tuple[Step, ...]
    unit: bool = False  # the offender is a unit (art. 220): a fine on it, the band for its responsible persons
    fine: Fine | None = None  # the fine range, where a band applies

    @property
    def penalty_zh(self) -> str:
        """The band with the fine, or for a unit the double penalty (art. 220)."""
        return self._penalty()[0]

    @property
    def penalty_en(self) -> str:
        return self._penalty()[1]

    def _penalty(self) -> tuple[str, str]:
        if self.unit and self.fine is not None:
            return unit_sentence(self.band_zh, self.band_en, self.fine)
        if self.fine is None or self.fine.low is None:
            return self.band_zh, self.band_en
        return f"{self.band_zh}；{self.fine.text_zh}", f"{self.band_en}; {self.fine.text_en}"

    @property
    def text_version(self) -> Provision:
        """The Provision of art. 219 applied (needs the statute corpus)."""
        return law.provision(ART, on=self.text_from)

    @property
    def band(self) -> str:
        return f"{self.band_zh} / {self.band_en}"


@dataclass(frozen=True)
class _Facts:
    loss: Decimal
    gain: Decimal
    repeat: bool
    bankrupt: bool
    literal: bool  # the tenfold rule of the 2025 interpretation read as reaching the repeat-offender figure


@dataclass(frozen=True)
class _Tiering:
    """What one interpretation makes of the amounts."""

    ref: str
    severity: Severity
    amount: Decimal
    steps: tuple[Step, ...]


#: The tiers in the words of the 1997 text, which the 2004 and 2020 (III) interpretations define.
_OLD_WORDS: dict[Severity, tuple[str, str]] = {
    Severity.NONE: ("未达到“重大损失”", "below 重大损失 (no crime on these amounts)"),
    Severity.SERIOUS: ("“重大损失”", "重大损失 (major loss)"),
    Severity.ESPECIALLY_SERIOUS: ("“特别严重后果”", "特别严重后果 (especially serious consequences)"),
}


def _not_assessed(text_zh: str, text_en: str, ref: str, name: str | None = None) -> Step:
    """A NOT_ASSESSED step, narrowed to the paragraph and item ``name`` of ``items.json`` where given."""
    where = pin(ref, name) if name else Pin(paragraph=None, item=None)
    return Step(
        f"{text_zh}本计算器不评估。", f"{text_en} not assessed by this calculator.", ref, Kind.NOT_ASSESSED, **where
    )


# ---------------------------------------------------------------------------------------------
# One function per interpretation


def _spc_2004(f: _Facts, day: date) -> _Tiering:
    """2004 interpretation art. 7: the loss only; 重大损失 and 特别严重后果."""
    ref = "spc_2004_ip/7"
    name_zh, name_en = cite_name(ref)
    serious = as_yuan(law.value("spc2004.trade_secret.serious_loss", day))
    especially = as_yuan(law.value("spc2004.trade_secret.especially_serious_loss", day))
    steps: list[Step] = []
    if f.gain:
        steps.append(
            Step(
                f"{name_zh}只计算给权利人造成的损失数额；违法所得{yuan_zh(f.gain)}不计入。",
                f"{name_en} counts only the owner's loss; the illegal gain of {yuan(f.gain)} yuan does not count.",
                ref,
            )
        )
    if f.bankrupt or f.repeat:
        steps.append(
            Step(
                f"{name_zh}没有针对“破产、倒闭”或者受过处罚后再次实施的单独标准：只看损失数额。",
                f"{name_en} has no separate rule for the owner's bankruptcy or for a repeat offender: only the loss counts.",
                ref,
            )
        )
    severity = Severity.NONE
    if f.loss >= especially:
        severity = Severity.ESPECIALLY_SERIOUS
    elif f.loss >= serious:
        severity = Severity.SERIOUS
    steps.append(
        Step(
            f"损失{yuan_zh(f.loss)}：“重大损失”自{yuan_zh(serious)}起，“特别严重后果”自{yuan_zh(especially)}起"
            f"（{name_zh}）。结论：{_OLD_WORDS[severity][0]}。",
            f"Loss {yuan(f.loss)} yuan: 重大损失 (major loss) from {yuan(serious)} yuan, 特别严重后果 (especially serious "
            f"consequences) from {yuan(especially)} yuan ({name_en}). Result: {_OLD_WORDS[severity][1]}.",
            ref,
        )
    )
    return _Tiering(ref, severity, f.loss, tuple(steps))


def _larger_amount(f: _Facts, ref: str) -> tuple[Decimal, Step]:
    name_zh, name_en = cite_name(ref)
    amount = max(f.loss, f.gain)
    return amount, Step(
        f"{name_zh}计算损失数额或者违法所得数额，取较大者：损失{yuan_zh(f.loss)}，违法所得{yuan_zh(f.gain)} → {yuan_zh(amount)}。",
        f"{name_en} counts the owner's loss or the illegal gain; the larger is used: loss {yuan(f.loss)}, gain "
        f"{yuan(f.gain)} → {yuan(amount)} yuan.",
        ref,
    )


def _spc_2020(f: _Facts, day: date) -> _Tiering:
    """2020 interpretation (III) art. 4: loss or gain; bankruptcy at the entry tier; no repeat-offender figure."""
    ref = "spc_2020_ip3/4"
    name_zh, name_en = cite_name(ref)
    amount, first = _larger_amount(f, ref)
    steps = [first]
    serious = as_yuan(law.value("spc2020.trade_secret.serious_amount", day))
    especially = as_yuan(law.value("spc2020.trade_secret.especially_serious_amount", day))
    if f.repeat:
        steps.append(
            Step(
                f"{name_zh}没有针对受过处罚后再次实施的较低标准（2025年知识产权刑事解释才规定）：该情形不影响结论。",
                f"{name_en} has no lower figure for a repeat offender: the flag changes nothing.",
                ref,
            )
        )
    severity = Severity.NONE
    if amount >= especially:
        severity = Severity.ESPECIALLY_SERIOUS
    elif amount >= serious or f.bankrupt:
        severity = Severity.SERIOUS
    if f.bankrupt:
        steps.append(
            Step(
                f"直接导致权利人因重大经营困难而破产、倒闭：属于“重大损失”（{name_zh}第一款第二项，入罪情形）。",
                f"The owner was directly driven into bankruptcy or closure: 重大损失, the entry tier ({name_en}, para. 1 item 2).",
                ref,
                **pin(ref, "bankrupt"),
            )
        )
    steps += [
        Step(
            f"{yuan_zh(amount)}：“重大损失”自{yuan_zh(serious)}起，“特别严重后果”自{yuan_zh(especially)}起。"
            f"结论：{_OLD_WORDS[severity][0]}。",
            f"{yuan(amount)} yuan: 重大损失 from {yuan(serious)} yuan, 特别严重后果 from {yuan(especially)} yuan. "
            f"Result: {_OLD_WORDS[severity][1]}.",
            ref,
        ),
        _not_assessed("“其他重大损失”（第一款第三项）", "'Other major loss' (para. 1 item 3) is", ref, "other"),
    ]
    return _Tiering(ref, severity, amount, tuple(steps))


def _spc_2025(f: _Facts, day: date) -> _Tiering:
    """2025 interpretation art. 17: 情节严重 from the amount (lower for a repeat); ten times, or bankruptcy, 情节特别严重."""
    ref = "spc_2025_ip/17"
    amount, first = _larger_amount(f, ref)
    steps = [first]
    serious = as_yuan(law.value("spc2025.trade_secret.serious_amount", day))
    repeat_std = as_yuan(law.value("spc2025.trade_secret.serious_repeat", day))
    window = law.value("spc2025.trade_secret.repeat_window", day)
    multiple = Fraction(law.value("spc2025.trade_secret.especially_serious_multiple", day))
    top, top_repeat = times(serious, multiple), times(repeat_std, multiple)
    is_serious = amount >= serious or (f.repeat and amount >= repeat_std)
    is_top = f.bankrupt or amount >= top or (f.literal and f.repeat and amount >= top_repeat)
    severity = Severity.ESPECIALLY_SERIOUS if is_top else Severity.SERIOUS if is_serious else Severity.NONE
    if f.repeat:
        steps.append(
            Step(
                f"{chinese_number(int(window))}年内因侵犯商业秘密受过刑事处罚或者行政处罚后再次实施：情节严重的标准为{yuan_zh(repeat_std)}（第一款第三项）。",
                f"A repeat within {window} years of a criminal or administrative punishment for an art. 219/219-1 act: "
                f"情节严重 from {yuan(repeat_std)} yuan (para. 1 item 3).",
                ref,
                **pin(ref, "repeat"),
            )
        )
    if f.bankrupt:
        steps.append(
            Step(
                "直接导致权利人因重大经营困难而破产、倒闭：情节特别严重（第二款）。",
                "The owner was directly driven into bankruptcy or closure by serious business difficulty: 情节特别严重 (para. 2).",
                ref,
                **pin(ref, "especially"),
            )
        )
    steps += [
        Step(
            f"{yuan_zh(amount)}：情节严重自{yuan_zh(serious)}起；情节特别严重为相应标准的{fraction_text(multiple)}倍，"
            f"即{yuan_zh(top)}（第二款）。结论：{severity.zh}。",
            f"{yuan(amount)} yuan: 情节严重 from {yuan(serious)} yuan; 情节特别严重 at {fraction_text(multiple)} times the "
            f"corresponding standard, {yuan(top)} yuan (para. 2). Result: {severity.en}.",
            ref,
        ),
        _not_assessed(
            "“其他情节严重的情形”（第一款第四项）", "'Other serious circumstances' (para. 1 item 4) are", ref, "other"
        ),
    ]
    return _Tiering(ref, severity, amount, tuple(steps))


#: The interpretations, newest first: (article, a figure of it, the function). A later one prevails over an
#: earlier one still formally in force.
_INTERPRETATIONS: tuple[tuple[str, str, Callable[[_Facts, date], _Tiering]], ...] = (
    ("spc_2025_ip/17", "spc2025.trade_secret.serious_amount", _spc_2025),
    ("spc_2020_ip3/4", "spc2020.trade_secret.serious_amount", _spc_2020),
    ("spc_2004_ip/7", "spc2004.trade_secret.serious_loss", _spc_2004),
)

#: The texts of art. 219 by their first day (as in the corpus): the name of each text, in both languages.
_TEXTS: dict[str, tuple[str, str]] = {
    "1997-10-01": ("1997年刑法第二百一十九条文本", "the 1997 text of art. 219"),
    "2021-03-01": ("刑法修正案（十一）的文本", "the Amendment XI text"),
}


def _interpretation_on(day: date) -> tuple[str, Callable[[_Facts, date], _Tiering]] | None:
    """The newest trade-secret interpretation in force on ``day``."""
    for ref, key, function in _INTERPRETATIONS:
        if figure_in_force(key, day):
            return ref, function
    return None


# ---------------------------------------------------------------------------------------------
# A regime: a text with an interpretation


def _mapping_step(ref: str, text_day: date) -> Step | None:
    """Where an interpretation defines the words of another text, using its figures for them is a reading."""
    basic = law.figure(_BASIC, text_day)
    tier_zh = split_band(basic)[0]
    new_words = tier_zh == Severity.SERIOUS.zh
    if ref == "spc_2020_ip3/4" and new_words:
        return Step(
            "2020年知识产权刑事解释（三）第四条解释的是修正前的用语“重大损失”“特别严重后果”；修正后的文本用“情节严重”“情节特别严重”。"
            "2021年3月1日至2025年4月25日，实务中把这些数额用于新用语——这是实务做法，不是条文。",
            "Art. 4 of the 2020 interpretation (III) defines the old terms 重大损失 / 特别严重后果; the amended text uses "
            "情节严重 / 情节特别严重. From 2021-03-01 to 2025-04-25 practice applied its figures to the new terms — that "
            "mapping is practice, not text.",
            ref,
            Kind.READING,
        )
    if ref == "spc_2025_ip/17" and not new_words:
        return Step(
            f"2025年知识产权刑事解释第十七条界定的是现行文本的“情节严重”“情节特别严重”；修正前的文本用“{tier_zh}”“造成特别严重后果”，"
            "把这些数额用于旧用语是对应适用，不是条文本身的规定。",
            "Art. 17 of the 2025 interpretation defines 情节严重 / 情节特别严重 of the current text; the old text speaks of "
            "重大损失 / 特别严重后果, and using the 2025 figures for the old terms is a mapping, not the text.",
            ref,
            Kind.READING,
        )
    return None


_Interpretation = tuple[str, Callable[[_Facts, date], _Tiering]]


def _regime(
    text_day: date, interpretation: _Interpretation, figures_day: date, f: _Facts
) -> tuple[temporal.Outcome, Decimal]:
    """The text in force on ``text_day`` with ``interpretation`` (its figures of ``figures_day``): an Outcome and
    the amount counted."""
    ref, function = interpretation
    tiering = function(f, figures_day)
    text_zh, text_en = _TEXTS[law.provision(ART, text_day).effective_from.isoformat()]
    band = None
    if tiering.severity is not Severity.NONE:
        band = law.figure(_BASIC if tiering.severity is Severity.SERIOUS else _TOP, text_day)
    mapping = _mapping_step(ref, text_day)
    steps = tiering.steps if mapping is None else (*tiering.steps, mapping)
    short_zh, short_en = cite_name(ref)
    outcome = temporal.Outcome(
        f"{text_zh}与{short_zh}", f"{text_en} with {short_en}", tiering.severity, band, steps, ref
    )
    return outcome, tiering.amount


def _text_kind(day: date) -> Kind:
    return _text_kind_of(ART, day)


def _timing_steps(
    conduct: date, trial: date, old: temporal.Outcome, new: temporal.Outcome, pending: bool
) -> tuple[list[Step], list[Step]]:
    """Why this regime, as the steps before and after the regimes' own: the interpretation in time (2001
    provisions) and the text in time (art. 12)."""
    head: list[Step] = []
    if pending:
        zh, en = cite_name(old.interpretation)
        head.append(temporal.pending_case_step(conduct, trial, zh, en, old.interpretation))
    if law.provision(ART, conduct).effective_from != law.provision(ART, trial).effective_from:
        return head, [temporal.comparison_step(conduct, trial, old, new), temporal.court_compares_step(ART)]
    start = law.provision(ART, conduct).effective_from.isoformat()
    head.append(
        Step(
            f"行为时（{date_zh(conduct)}）与审理时（{date_zh(trial)}）施行的是同一文本的刑法第二百一十九条"
            f"（{date_zh(law.provision(ART, conduct).effective_from)}起施行）。",
            f"The same text of art. 219 (in force from {start}) applied at the conduct ({conduct.isoformat()}) and at "
            f"trial ({trial.isoformat()}).",
            ART,
            _text_kind(conduct),
        )
    )
    if old.interpretation != new.interpretation:
        return head, [temporal.favourable_step(old, new, temporal.lighter(old, new))]
    if not pending:
        zh, en = cite_name(new.interpretation)
        head.append(
            Step(
                f"行为时与审理时施行的是同一司法解释：{zh}。",
                f"The same interpretation was in force at the conduct and at trial: {en}.",
                new.interpretation,
            )
        )
    return head, []


@dataclass(frozen=True)
class _Decision:
    applied: temporal.Outcome
    amount: Decimal
    text_day: date
    steps: tuple[Step, ...]


def _decide(conduct: date, trial: date, f: _Facts) -> _Decision:
    """Both regimes, and the one art. 12 applies."""
    at_trial = _interpretation_on(trial)
    if at_trial is None:
        first = law.figure_versions(_INTERPRETATIONS[-1][1])[0].effective_from
        raise LawError(
            f"审理日期{date_zh(trial)}尚无关于商业秘密犯罪数额的司法解释（第一个自{date_zh(first)}起施行）；“重大损失”由法院个案认定，"
            "本计算器没有可用的数额标准。",
            f"On the trial date {trial.isoformat()} no interpretation set figures for art. 219 (the first applies from "
            f"{first.isoformat()}); 重大损失 was for the court to judge, and this calculator has no figure to apply.",
        )
    at_conduct = _interpretation_on(conduct)
    pending = at_conduct is None
    old, old_amount = _regime(conduct, at_conduct or at_trial, trial if pending else conduct, f)
    new, new_amount = _regime(trial, at_trial, trial, f)
    same = old.name_en == new.name_en
    applied = old if same else temporal.lighter(old, new)
    compared = () if same else new.steps
    head, tail = _timing_steps(conduct, trial, old, new, pending)
    steps = [*head, *old.steps, *(s for s in compared if s not in old.steps), *tail]
    text_day = conduct if applied is old else trial
    return _Decision(applied, old_amount if applied is old else new_amount, text_day, tuple(steps))


# ---------------------------------------------------------------------------------------------
# The result


def _contested_step(trial: date, literal: Severity, narrow: Severity) -> Step:
    repeat_std = law.value("spc2025.trade_secret.serious_repeat", trial)
    return Step(
        f"有争议（尚无定论）：第十七条第二款的“相应规定标准十倍以上”若也适用于受过处罚后再次实施的标准{yuan_zh(repeat_std)}，"
        f"则该情形达到十倍即为情节特别严重（本结果采此字面解读：{literal.zh}）；若十倍只适用于第一项、第二项，"
        f"结论为{narrow.zh}。这是对文本的解读，尚无官方释义确认。",
        f"Contested (not settled): if 'ten times the corresponding standard' in art. 17 para. 2 also reaches the "
        f"repeat-offender figure of {yuan(repeat_std)} yuan, a repeat offender is 情节特别严重 at ten times it (this "
        f"result follows that literal reading: {literal.en}); if the tenfold applies only to items 1-2, the "
        f"result is {narrow.en}. A textual reading, not settled: no official commentary confirms it.",
        "spc_2025_ip/17",
        Kind.READING,
        **pin("spc_2025_ip/17", "especially"),
    )


def _band_steps(outcome: temporal.Outcome, text_day: date) -> tuple[str, str, list[Step]]:
    text = law.provision(ART, text_day)
    start = date_zh(text.effective_from)
    caveat_zh = caveat_en = ""
    basic = law.figure(_BASIC, text_day)
    if not basic.verified:
        caveat_zh = "注意：该文本未经官方核实（" + basic.note_zh + "）。"
        caveat_en = " Note: this text is not verified against an official source (" + basic.note + ")."
    kind = _text_kind(text_day)
    if outcome.band is None:
        band_zh = "仅就数额而言未达到入罪标准，不适用第二百一十九条的刑罚（非数额情形本计算器不评估）"
        band_en = "Below the thresholds on the amounts alone: no art. 219 band applies (non-monetary circumstances are not assessed)"
        return (
            band_zh,
            band_en,
            [
                _not_assessed("非数额情形（数额以外的严重情节）", "Non-monetary circumstances are", ART),
                Step(
                    f"刑法第二百一十九条（{start}起施行的文本）：仅就数额而言未达到入罪标准，不适用第二百一十九条的刑罚。{caveat_zh}",
                    f"Art. 219 (text in force from {start}): below the thresholds on the amounts alone, no art. 219 band "
                    f"applies.{caveat_en}",
                    ART,
                    kind,
                ),
            ],
        )
    tier_zh, band_zh, tier_en, band_en = split_band(outcome.band)
    return (
        band_zh,
        band_en,
        [
            Step(
                f"法定刑（刑法第二百一十九条，{start}起施行的文本）：{tier_zh}的，处{band_zh}。{caveat_zh}",
                f"Band (art. 219, text in force from {start}): {tier_en}: {band_en}.{caveat_en}",
                ART,
                kind,
                **pin(ART, "acts", text_day),
            )
        ],
    )


def _penalty_steps(decision: _Decision, gain: Decimal, trial: date, unit: bool) -> tuple[Fine | None, list[Step]]:
    """Where a band applies: the fine (2025 interpretation art. 25) and, for a unit, art. 220 with arts. 30-31."""
    severity = decision.applied.severity
    if severity is Severity.NONE:
        if not unit:
            return None, []
        return None, [
            Step(
                "刑法第二百二十条（单位犯罪）以单位构成第二百一十九条之罪为前提，此处不适用。",
                "Art. 220 (unit crime) presupposes the art. 219 offence; it does not apply here.",
                ART_220,
                _text_kind_of(ART_220, decision.text_day),
            )
        ]
    fine = ip_fine(gain, severity, decision.applied.interpretation, trial, unit)
    steps = list(fine.steps)
    if unit:
        steps += unit_steps(ART_220, decision.text_day, None, "刑法第二百二十条", "Criminal Law art. 220")
        steps.append(
            _not_assessed(
                "本计算器对单位适用与个人相同的数额标准；司法解释对单位犯罪的定罪量刑标准是否另有规定，相关条文未收入本课程语料，",
                "The same amounts are applied to a unit as to an individual; whether an interpretation sets other "
                "standards for a unit is not in the corpus and is",
                ART_220,
            )
        )
    return fine, steps


def _text_kind_of(ref: str, day: date) -> Kind:
    return Kind.APPLIES if law.provision(ref, day).verified else Kind.UNVERIFIED


def trade_secret(
    *,
    loss: object = 0,
    illegal_gain: object = 0,
    conduct_date: date,
    trial_date: date | None = None,
    repeat_within_two_years: bool = False,
    owner_bankrupt: bool = False,
    unit: bool = False,
) -> TradeSecretAssessment:
    """Severity and band of infringing trade secrets (侵犯商业秘密罪, Criminal Law art. 219).

    A regime is a text of art. 219 with the interpretation that fixes its figures: the 1997 text (重大损失 /
    特别严重后果: up to three years or 拘役; three to seven years) until 2021-02-28, the Amendment XI text
    (情节严重 / 情节特别严重: up to three years, no 拘役; three to ten years) from 2021-03-01; the 2004
    interpretation art. 7 (loss only: 500,000 / 2,500,000 yuan), from 2020-09-14 the 2020 interpretation (III)
    art. 4 (loss or gain: 300,000 / 2,500,000; bankruptcy at the entry tier), from 2025-04-26 the 2025
    interpretation art. 17 (300,000; 100,000 for a repeat within two years; ten times, or bankruptcy, for
    情节特别严重).

    Criminal Law art. 12 (从旧兼从轻) compares whole regimes: the text at the conduct with the interpretation then
    in force (none: the one in force when the case is handled, 2001 provisions art. 2 — flagged) against the text
    at trial with its interpretation; the lighter band (maximum, then 拘役; no crime lightest) applies entirely,
    and on a tie the law of the time. With the same text the 2001 provisions art. 3 give the same comparison.
    The tenfold rule applied to the repeat-offender figure is a textual reading, not settled: the literal result
    is returned and ``contested`` is set when the answer depends on it. ``trial_date`` defaults to today.
    Where a band applies, ``fine`` is the range of the 2025 interpretation art. 25 (one to ten times the illegal
    gain) if that interpretation's figures are applied, else None figures (the court decides). ``unit``: a unit
    commits the offence (art. 220): the unit is fined and its responsible persons get the band (``penalty_zh``).
    Conduct before 1997-10-01, or a trial before any interpretation, raises :class:`LawError`.
    """
    loss_ = money.parse_yuan(loss, "loss")
    gain = money.parse_yuan(illegal_gain, "illegal_gain")
    repeat = parse_flag(repeat_within_two_years, "repeat_within_two_years")
    bankrupt = parse_flag(owner_bankrupt, "owner_bankrupt")
    is_unit = parse_flag(unit, "unit")
    conduct = parse_date(conduct_date, "conduct_date", required=True, allow_text=False)
    trial = check_trial(parse_date(trial_date, "trial_date", allow_text=False), conduct)
    if not law.is_in_force(ART, conduct):
        first = law.versions(ART)[0].effective_from
        raise LawError(
            f"刑法第二百一十九条自{date_zh(first)}起施行；{date_zh(conduct)}的行为不在本计算器范围内。",
            f"Criminal Law art. 219 applies from {first.isoformat()}; conduct on {conduct.isoformat()} is outside this calculator.",
        )
    literal = _decide(conduct, trial, _Facts(loss_, gain, repeat, bankrupt, literal=True))
    narrow = _decide(conduct, trial, _Facts(loss_, gain, repeat, bankrupt, literal=False))
    contested = literal.applied.severity is not narrow.applied.severity
    steps = list(literal.steps)
    if contested:
        steps.append(_contested_step(trial, literal.applied.severity, narrow.applied.severity))
    band_zh, band_en, band_steps = _band_steps(literal.applied, literal.text_day)
    fine, penalty_steps = _penalty_steps(literal, gain, trial, is_unit)
    return TradeSecretAssessment(
        severity=literal.applied.severity,
        text_from=law.provision(ART, literal.text_day).effective_from,
        interpretation_ref=literal.applied.interpretation,
        amount=literal.amount,
        band_zh=band_zh,
        band_en=band_en,
        contested=contested,
        steps=(*steps, *penalty_steps, *band_steps),
        unit=is_unit,
        fine=fine,
    )


# ---------------------------------------------------------------------------------------------
# The three generations of figures


@dataclass(frozen=True)
class TradeSecretThresholdRow:
    """One interpretation's figures for art. 219: the entry tier, the top tier (a figure, or the multiple of the
    entry figure) and, for the 2025 interpretation, the repeat offender's figure and ten times it (a contested
    reading)."""

    ref: str
    effective_from: date
    effective_to: date | None
    entry: Figure
    top: Figure
    top_amount: Decimal
    repeat: Figure | None
    repeat_top: Decimal | None


#: The figures of each interpretation, oldest first: (entry tier, top tier or its multiple, repeat offender).
_GENERATIONS: tuple[tuple[str, str, str | None], ...] = (
    ("spc2004.trade_secret.serious_loss", "spc2004.trade_secret.especially_serious_loss", None),
    ("spc2020.trade_secret.serious_amount", "spc2020.trade_secret.especially_serious_amount", None),
    (
        "spc2025.trade_secret.serious_amount",
        "spc2025.trade_secret.especially_serious_multiple",
        "spc2025.trade_secret.serious_repeat",
    ),
)


def trade_secret_threshold_table() -> tuple[TradeSecretThresholdRow, ...]:
    """The three generations of figures for art. 219, each read on its first day, with its dates."""
    rows = []
    for entry_key, top_key, repeat_key in _GENERATIONS:
        entry = law.figure_versions(entry_key)[0]
        start = entry.effective_from
        top = law.figure(top_key, start)
        multiple = top.value if top.unit == "times" else None
        top_amount = as_yuan(top.value) if multiple is None else times(entry.value, multiple)
        repeat = None if repeat_key is None else law.figure(repeat_key, start)
        repeat_top = None
        if repeat is not None and multiple is not None:
            repeat_top = times(repeat.value, multiple)
        rows.append(
            TradeSecretThresholdRow(entry.ref, start, entry.effective_to, entry, top, top_amount, repeat, repeat_top)
        )
    return tuple(rows)
