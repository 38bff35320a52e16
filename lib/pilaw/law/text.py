"""Text helpers every layer shares: how a ratio, a multiple or a caveat reads in a step or a label."""

from __future__ import annotations

from fractions import Fraction

from pilaw.law.corpus import Figure


def fraction_text(value: Fraction | int) -> str:
    """``35/50`` or ``10``, with thousands separators, unreduced parts kept as given: ``Fraction(7, 10)`` → ``7/10``."""
    value = Fraction(value)
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{value.numerator:,}/{value.denominator:,}"


def unverified_caveat(fig: Figure) -> tuple[str, str]:
    """The caveat a step adds after a figure not fully checked against an official text: ``(zh, en)``, both
    empty for a verified figure."""
    if fig.verified:
        return "", ""
    return f"（此数额未经充分核实：{fig.note}）", f" (Not fully verified: {fig.note})"
