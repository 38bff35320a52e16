"""No legal figure is written into the rules' code: amounts, thresholds and ratios live in the dated data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "pilaw"
RULE_MODULES = sorted(p.relative_to(LIB).as_posix() for p in (LIB / "rules").rglob("*.py") if p.name != "__init__.py")
ALLOWED = {0, 1}


def numbers_in(path: Path) -> list[tuple[int, object]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # an example's date (date(2024, 6, 1)) is not a legal figure
    in_dates = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "date"
        for arg in node.args
    }
    # a paragraph or item a step cites (paragraph=2, item=4) is an address in the text, not a legal figure
    in_pinpoints = {
        id(keyword.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg in ("paragraph", "item")
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in in_dates or id(node) in in_pinpoints:
            continue
        if isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value not in ALLOWED:
            found.append((node.lineno, node.value))
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("Decimal", "Fraction")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.replace(".", "").replace("/", "").isdigit()
            and node.args[0].value not in ("0", "1", "0.00", "0.01")
        ):
            found.append((node.lineno, node.args[0].value))
    return found


@pytest.mark.parametrize("module", RULE_MODULES)
def test_a_rule_module_holds_no_legal_figure_of_its_own(module):
    path = LIB / module
    assert numbers_in(path) == [], f"{module}: move these figures into lib/pilaw/data/figures/ with their article"
