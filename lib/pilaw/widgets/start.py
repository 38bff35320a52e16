"""The first notebook's demonstration: how a calculator reads what a student types."""

from __future__ import annotations

from pilaw.law.money import format_yuan, parse_yuan, yuan_zh
from pilaw.widgets import Calculator, text


def amount_reader(value: str = "1,200.50") -> Calculator:
    """Type an amount; see it read exactly as yuan, or a message saying what is wrong."""
    return Calculator(
        {"amount": text("金额（元）", "Amount (yuan)", value)},
        compute=lambda amount: parse_yuan(amount, "金额 amount"),
        render=lambda yuan: (
            f"<b>读作 Read as: {yuan_zh(yuan)} · {format_yuan(yuan)} yuan</b> <code>Decimal('{yuan}')</code>"
        ),
    )
