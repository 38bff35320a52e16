"""The running case: 星河网店 (Xinghe Online Shop) has one turnover wherever the course quotes it — in the lessons'
prose and code, the exercise banks and the calculators' defaults — so a student who meets it in 03, 10 and 11
meets the same shop."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from pilaw.law.money import parse_yuan
from pilaw.teaching import case_study, examples
from pilaw.widgets import fines

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
BANKS = sorted((ROOT / "lib" / "pilaw" / "data" / "exercises").glob("*.json"))
BILLIONS = re.compile(r"\d{1,3}(?:,\d{3}){3,}")  # an amount of a thousand million or more, as the prose writes it
#: the other such amounts the course quotes, none of them a fact of the shop: where PIPL art. 66's two caps meet,
#: and the ends of the charts' turnover axes
NOT_THE_SHOP = {Decimal("1000000000"), Decimal("3000000000"), Decimal("100000000000")}


def _texts(lessons: list[Path] = LESSONS, files: list[Path] = BANKS) -> list[tuple[str, str]]:
    """(where, text) for every cell of ``lessons`` and the whole of each of ``files``."""
    found = [
        (path.name, "".join(cell["source"]))
        for path in lessons
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
    ]
    return found + [(path.name, path.read_text(encoding="utf-8")) for path in files]


def test_the_shop_s_turnover_is_one_figure_across_the_lessons_and_the_exercise_banks():
    turnover = parse_yuan(examples.XINGHE_TURNOVER)
    quoted = {
        (where, amount)
        for where, text in _texts()
        for amount in BILLIONS.findall(text)
        if parse_yuan(amount) not in NOT_THE_SHOP
    }
    assert {parse_yuan(amount) for _where, amount in quoted} == {turnover}, sorted(quoted)
    lessons = {where for where, _amount in quoted}
    assert {"03_after_a_leak.ipynb", "10_administrative_fines.ipynb", "11_case_study.ipynb"} <= lessons


def test_the_calculators_start_from_the_running_case_s_turnover():
    turnover = parse_yuan(examples.XINGHE_TURNOVER)
    assert case_study.CaseFacts().turnover == turnover
    assert parse_yuan(fines.EXAMPLE_TURNOVER) == turnover
    assert fines.pipl66_calculator().outcome.cap_turnover == turnover * Decimal("0.05")


FIRM = re.compile(r"([\u4e00-\u9fff]{2})(?:网店|科技|快递|广告|健身|数据|公司)")


def test_no_two_fictional_businesses_share_a_trade_name():
    names = [zh[:2] for zh in examples.FIRMS]
    assert len(names) == len(set(names))
    assert [zh for zh in examples.FIRMS if zh.startswith("星河")] == [examples.COMPANY_ZH]


def test_a_trade_name_of_the_course_s_businesses_is_always_followed_by_the_same_business():
    owners = {zh[:2]: zh for zh in examples.FIRMS}
    clashes = {
        (where, match.group(0))
        for where, text in _texts(
            sorted((ROOT / "notebooks").glob("**/*.ipynb")), sorted((ROOT / "lib" / "pilaw").glob("**/*.py")) + BANKS
        )
        for match in FIRM.finditer(text)
        if match.group(1) in owners and not text.startswith(owners[match.group(1)], match.start())
    }
    assert not clashes, sorted(clashes)
