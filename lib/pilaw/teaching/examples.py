"""The worked examples' facts: fictional people and businesses, and what they did (facts, not legal figures).

* :data:`ZHAO_LIU` — notebook 05: 赵六 (Zhao Liu), a sales employee of 星河网店 (Xinghe Online Shop), sold 600
  customers' contact and order records to a competitor for 8,000 yuan on 2025-11-03 (counted as 600 pieces of
  transaction information); :func:`pilaw.teaching.routes.example` maps them.
"""

from __future__ import annotations

from datetime import date

__all__ = ["COMPANY_EN", "COMPANY_ZH", "PERSON_EN", "PERSON_ZH", "ZHAO_LIU"]

PERSON_ZH, PERSON_EN = "赵六", "Zhao Liu"
COMPANY_ZH, COMPANY_EN = "星河网店", "Xinghe Online Shop"

#: The facts of 赵六's case, as keyword arguments of :func:`pilaw.teaching.routes.engaged`.
ZHAO_LIU: dict[str, object] = {
    "who": "employee",
    "what": "customer_list",
    "to_whom": "competitor",
    "gain": "8,000",
    "pieces": {"transaction": 600},
    "on": date(2025, 11, 3),
}
