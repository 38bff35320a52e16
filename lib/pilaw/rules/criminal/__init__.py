"""Criminal law: how serious is a personal-information or trade-secret offence, and which band applies.

Three offences, each a pure function that explains itself in cited steps, one small function per regime:

* :func:`pi_severity` — Criminal Law art. 253-1 (侵犯公民个人信息罪) with the 2017 SPC/SPP
  interpretation, art. 5: counts of pieces of information and the illegal gain decide between
  no crime, 情节严重 (serious circumstances) and 情节特别严重 (especially serious circumstances)
  (:mod:`.pi`).
* :func:`network_leak_serious` and :func:`network_duty_offence` — art. 286-1
  (拒不履行信息网络安全管理义务罪) with the 2019 interpretation, art. 4 (:mod:`.network`).
* :func:`trade_secret` — art. 219 (侵犯商业秘密罪): which text of the article with which of the three
  generations of numeric thresholds (2004, 2020, 2025 interpretations), and the band (:mod:`.trade_secrets`).

All three apply the same rules in time (:mod:`.temporal`): Criminal Law art. 12 (从旧兼从轻) compares the
whole regime of the time of the conduct with the regime at trial; the 2001 SPC/SPP provisions decide which
interpretation applies to earlier conduct. Every threshold, multiplier and band comes from
``data/figures/criminal.json`` through :func:`pilaw.law.figure`; the bands are quoted there in the statute's words.

    >>> from datetime import date
    >>> pi_severity({"credit": 35, "transaction": 150}, on=date(2024, 1, 1)).severity
    <Severity.SERIOUS: 'serious'>
"""

from __future__ import annotations

from pilaw.rules.criminal.common import (
    CATEGORIES,
    CATEGORY_LABELS,
    GROUPS,
    NETWORK_ITEMS,
    OTHER_CONSEQUENCES,
    PI_ITEMS,
    Assessment,
    Severity,
    Share,
    crime_name,
    item_label,
)
from pilaw.rules.criminal.network import (
    DutyChecklist,
    Element,
    ThresholdRow,
    Thresholds,
    network_duty_checklist,
    network_duty_offence,
    network_item,
    network_leak_serious,
    threshold_table,
)
from pilaw.rules.criminal.pi import PiThresholdRow, PiThresholds, pi_severity, pi_threshold_table
from pilaw.rules.criminal.trade_secrets import (
    TradeSecretAssessment,
    TradeSecretThresholdRow,
    trade_secret,
    trade_secret_threshold_table,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "GROUPS",
    "NETWORK_ITEMS",
    "OTHER_CONSEQUENCES",
    "PI_ITEMS",
    "Assessment",
    "DutyChecklist",
    "Element",
    "PiThresholdRow",
    "PiThresholds",
    "Severity",
    "Share",
    "ThresholdRow",
    "Thresholds",
    "TradeSecretAssessment",
    "TradeSecretThresholdRow",
    "crime_name",
    "item_label",
    "network_duty_checklist",
    "network_duty_offence",
    "network_item",
    "network_leak_serious",
    "pi_severity",
    "pi_threshold_table",
    "threshold_table",
    "trade_secret",
    "trade_secret_threshold_table",
]
