"""What every finding is built with: labels, periods, cited steps, caveats, and the state of one check."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pilaw import law
from pilaw.law.errors import LawError
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh, kind_resting_on
from pilaw.teaching.sources.data import in_force, law_label, renumbering_of, versions_of
from pilaw.teaching.sources.layout import Span
from pilaw.teaching.sources.records import DiffSpan, Finding

# --------------------------------------------------------------------------- steps


def label_of(prov: law.Provision) -> tuple[str, str]:
    zh, en = law_label(prov.law)
    return f"{zh}{prov.article_zh}", f"{en} art. {prov.article}"


def ref_label(ref: str) -> tuple[str, str]:
    versions = versions_of(ref)
    if versions:
        return label_of(versions[-1])
    key, _, article = ref.partition("/")
    zh, en = law_label(key)
    return f"{zh}第{article}条", f"{en} art. {article}"


def period(prov: law.Provision) -> tuple[str, str]:
    start, start_zh = prov.effective_from.isoformat(), date_zh(prov.effective_from)
    if prov.effective_to is None:
        return f"{start_zh}起施行的文本", f"the text in force since {start}"
    end = prov.effective_to.isoformat()
    return f"{start_zh}至{date_zh(prov.effective_to)}有效的文本", f"the text in force from {start} to {end}"


def step_on(zh: str, en: str, prov: law.Provision | str, kind: Kind = Kind.APPLIES) -> Step:
    if isinstance(prov, str):
        return Step(zh, en, prov, kind)
    return Step(zh, en, prov.ref, kind_resting_on(prov, kind=kind))


def caveats(*provs: law.Provision | None) -> list[Step]:
    out = []
    for prov in dict.fromkeys(p for p in provs if p is not None):
        if not prov.verified:
            zh, en = label_of(prov)
            out.append(
                step_on(
                    f"注意：{zh}（{period(prov)[0]}）未经官方文本核实。{prov.note_zh}",
                    f"Caveat: {en} ({period(prov)[1]}) has not been checked against the official text. {prov.note}",
                    prov,
                )
            )
    return out


def renumber_step(ref: str, on: date) -> Step | None:
    moved = renumbering_of(ref)
    if moved is None or date.fromisoformat(moved["on"]) > on:
        return None
    new_zh, new_en = ref_label(moved["to"])
    target = versions_of(moved["to"])
    cites = moved["to"] if target else ref
    return Step(
        f"自{moved['on']}起，{moved['act_zh']}把这一条改为{new_zh}（{moved['changed_zh']}）。",
        f"Since {moved['on']}, {moved['act_en']} has made it {new_en} ({moved['changed_en']}).",
        cites,
    )


def successor_of(ref: str, on: date) -> law.Provision | None:
    moved = renumbering_of(ref)
    if moved is None or date.fromisoformat(moved["on"]) > on:
        return None
    return in_force(versions_of(moved["to"]), on)


# --------------------------------------------------------------------------- the checker


@dataclass
class State:
    text: str
    norm: str
    on: date
    findings: list[Finding] = field(default_factory=list)
    quoted: set[str] = field(default_factory=set)
    attributed: set[str] = field(default_factory=set)
    covered: list[Span] = field(default_factory=list)  # quotation regions

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def inside_quote(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.covered)

    def mostly_quoted(self, start: int, end: int) -> bool:
        """Whether more than half of ``start:end`` lies in a quotation."""
        inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in self.covered)
        return inside * 2 > end - start

    def found(
        self,
        kind: str,
        ref: str | None,
        where: tuple[int, int],
        explain: tuple[str, str],
        steps: Iterable[Step],
        *,
        expected: str | None = None,
        diff: Iterable[DiffSpan] = (),
        law: str | None = None,
        see_also: Iterable[str] = (),
    ) -> Finding:
        """Record one finding over ``where`` (start, end) of the text, quoted as written. Every step must name the
        provision it rests on (or ``page/claim``): a step without one is a fault of the checker, not of the text."""
        start, end = where
        steps = tuple(steps)
        blank = [s.text_en for s in steps if not s.cites]
        if blank:
            raise LawError("检查结果的步骤没有引用条文", f"a step of a {kind} finding cites nothing: {blank[0]!r}")
        finding = Finding(
            kind=kind,
            ref=ref,
            quote=self.text[start:end],
            start=start,
            end=end,
            expected=expected,
            diff=tuple(diff),
            explain_zh=explain[0],
            explain_en=explain[1],
            steps=steps,
            law=law,
            see_also=tuple(see_also),
        )
        self.findings.append(finding)
        return finding
