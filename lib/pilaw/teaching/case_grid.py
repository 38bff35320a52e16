"""The case study's map, drawn first by the student: one row per party, one column per kind of liability, each cell
"liable", "open" or "not liable"; then compared with the map the course computes from the same facts.

The computed map is read off the case study's own results (:func:`pilaw.teaching.case_study.walk`): no rule is
worked out here again. Each computed cell carries the provision it rests on and one sentence of why, which the
comparison shows beside any cell where the student's answer differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pilaw.law.errors import InputError
from pilaw.rules import criminal, police
from pilaw.teaching import case_study as cs

__all__ = ["ANSWERS", "PARTIES", "ROUTES", "Cell", "Verdict", "compare", "computed"]

#: the grid's rows: (key, Chinese, English)
PARTIES = (("shop", cs.SHOP_ZH, cs.SHOP_EN), ("employee", "出售信息的员工", "the employee who sold the records"))
#: the grid's columns
ROUTES = (("civil", "民事责任", "civil liability"), ("administrative", "行政责任", "administrative liability"),
          ("criminal", "刑事责任", "criminal liability"))  # fmt: skip
#: what a cell can say
ANSWERS = {"liable": ("承担", "liable"), "open": ("有争议", "open"), "not_liable": ("不承担", "not liable")}


@dataclass(frozen=True)
class Cell:
    party: str
    route: str
    answer: str  # a key of ANSWERS
    ref: str
    why_zh: str
    why_en: str


@dataclass(frozen=True)
class Verdict:
    cell: Cell  # the computed cell
    given: str | None  # the student's answer, None where left blank
    agrees: bool


def computed(facts: cs.CaseFacts | None = None) -> tuple[Cell, ...]:
    """The map the case study's results draw, party by party, route by route."""
    results = {o.key: o for section in cs.walk(facts) for o in section.outcomes}
    employee = results["employee_253_1"].result
    shop = results["shop_286_1"].result
    fine = results["pipl66"].result
    police_outcome = results["employee_police"].result
    cells = [
        Cell("shop", "civil", "liable", "pipl/69",
             "个人信息处理者不能证明自己没有过错的，承担侵权责任（过错推定）；本案安全措施不足。",
             "A processor that cannot prove it was not at fault is liable (presumed fault); here its security failed."),
        Cell("shop", "administrative", "liable" if fine is not None else "not_liable", "pipl/66",
             "违反个人信息保护义务，由履行个人信息保护职责的部门责令改正并处罚款。",
             "Breaching its protection duties, it is ordered to correct and fined by the authorities."),
        Cell("shop", "criminal", "not_liable" if shop.severity is criminal.Severity.NONE else "liable",
             "criminal_law/286-1",
             "经责令改正而拒不改正，致使用户信息泄露，达到标准的，构成拒不履行信息网络安全管理义务罪（单位犯罪）。"
             if shop.severity is not criminal.Severity.NONE
             else "未同时具备“经监管部门责令改正而拒不改正”和法定后果，不构成拒不履行信息网络安全管理义务罪。",
             "Ordered to correct, it refused, and records leaked past the standard: the art. 286-1 offence (a unit crime)."
             if shop.severity is not criminal.Severity.NONE
             else "Without both a refusal after an order and the statutory consequence, art. 286-1 is not made out."),
        Cell("employee", "civil", "liable", "civil_code/1165",
             "故意出售客户信息，因过错侵害他人民事权益，应当承担侵权责任。",
             "Selling customers' records on purpose, he infringed their rights by his fault: liable in tort."),
        Cell("employee", "administrative",
             "not_liable" if police_outcome.outcome is police.Outcome.CRIME else "liable", police_outcome.ref,
             "治安管理处罚只适用于尚不构成犯罪的行为；已构成犯罪的，依法追究刑事责任。"
             if police_outcome.outcome is police.Outcome.CRIME
             else "尚不构成犯罪，由公安机关依法给予处罚。",
             "The police fine is only for conduct that is not yet a crime; his is a crime."
             if police_outcome.outcome is police.Outcome.CRIME
             else "Not a crime: the police punish him according to law."),
        Cell("employee", "criminal", "not_liable" if employee.severity is criminal.Severity.NONE else "liable",
             "criminal_law/253-1",
             f"出售的信息达到标准：{employee.severity.zh}，构成侵犯公民个人信息罪。"
             if employee.severity is not criminal.Severity.NONE
             else "出售的信息未达到“情节严重”的标准。",
             f"What he sold reaches the standard: {employee.severity.en}; the crime of art. 253-1."
             if employee.severity is not criminal.Severity.NONE
             else "What he sold stays below the 情节严重 standards."),
    ]  # fmt: skip
    return tuple(cells)


def compare(answers: Mapping[tuple[str, str], str | None], facts: cs.CaseFacts | None = None) -> tuple[Verdict, ...]:
    """The student's map against the computed one, cell by cell. At least one cell must be filled in first."""
    given = {key: value for key, value in answers.items() if value}
    if not given:
        raise InputError(
            "grid",
            "请先至少填写一格，再对照分析",
            "fill in at least one cell of your map before comparing",
        )
    unknown = sorted(v for v in given.values() if v not in ANSWERS)
    if unknown:
        raise InputError("grid", f"无法识别的回答：{'、'.join(unknown)}", f"unknown answers: {', '.join(unknown)}")
    return tuple(
        Verdict(cell, given.get((cell.party, cell.route)), given.get((cell.party, cell.route)) == cell.answer)
        for cell in computed(facts)
    )
