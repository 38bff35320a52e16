"""The library's shape: every module sits in one layer, imports point down the layers (lazy imports included),
there are no import cycles, and the rules stay small — one function per regime, none longer than 100 lines."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "pilaw"
LAYERS = ("law", "rules", "teaching", "show", "widgets")  # lowest first
MAX_RULE_LINES = 100


def modules() -> list[Path]:
    return sorted(p for p in LIB.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_sits_in_one_of_the_layers():
    outside = [p.relative_to(LIB).as_posix() for p in modules() if p.relative_to(LIB).parts[0] not in LAYERS]
    assert outside == ["__init__.py"]


def test_the_package_root_imports_only_the_errors_of_the_law_layer():
    tree = ast.parse((LIB / "__init__.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported == {"pilaw.law.errors"}


def test_the_import_contracts_hold():
    """import-linter (configured in pyproject.toml): the layers, no widget or plotting library below the
    presentation layer, no widgets in the presentation layer, no cycles between sibling modules."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 kept, 0 broken" in done.stdout


def long_functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_RULE_LINES
    ]


@pytest.mark.parametrize("path", sorted((LIB / "rules").rglob("*.py")), ids=lambda p: p.relative_to(LIB).as_posix())
def test_no_function_of_the_rules_is_longer_than_100_lines(path):
    assert long_functions(path) == []
