"""The worked examples' facts: fictional people and businesses, and what they did (facts, not legal figures).

* :data:`XINGHE_TURNOVER` — 星河网店 (Xinghe Online Shop), the course's running business: its previous-year
  turnover, the same in every lesson that quotes it (03, 10, 11) and in the calculators' defaults.

* :data:`FIRMS` — every fictional business the lessons and exercises name, each with its own trade name (字号), so
  that no two of them can be taken for one: only the running case is called 星河 (after 星河市, the fictional city).

* :data:`ZHAO_LIU` — notebook 06: 赵六 (Zhao Liu), a sales employee of 星河网店 (Xinghe Online Shop), sold 600
  customers' contact and order records to a competitor for 8,000 yuan on 2025-11-03 (counted as 600 pieces of
  transaction information); :func:`pilaw.teaching.routes.example` maps them.
* :data:`LI_SI_COUNTS`, :data:`LI_SI_DAY` — notebook 08: 李四 (Li Si) sold 35 credit records and 150 transaction
  records on 2024-03-15 (35/50 + 150/500 = exactly the standard of art. 5 para. 1 item 6).
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "COMPANY_EN",
    "COMPANY_ZH",
    "FIRMS",
    "LI_SI_COUNTS",
    "LI_SI_DAY",
    "PERSON_EN",
    "PERSON_ZH",
    "XINGHE_TURNOVER",
    "ZHAO_LIU",
]

PERSON_ZH, PERSON_EN = "赵六", "Zhao Liu"
COMPANY_ZH, COMPANY_EN = "星河网店", "Xinghe Online Shop"
#: 星河网店's turnover last year (上一年度营业额), yuan: above the 1,000,000,000 at which PIPL art. 66 para. 2's two
#: caps meet, so its two readings differ (50,000,000 or 60,000,000 yuan)
XINGHE_TURNOVER = "1,200,000,000"

#: The fictional businesses, Chinese name → English name, and where each appears.
FIRMS: dict[str, tuple[str, str]] = {
    "星河网店": ("Xinghe Online Shop", "the running case: 02, 03, 05, 06, 09, 10, 11"),
    "远峰科技": ("Yuanfeng Technology", "07: 王五's employer, whose customer list is a trade secret"),
    "飞鸿快递": ("Feihong Express", "08: 李四's employer"),
    "晨光广告": ("Chenguang Advertising", "02: the advertising partner"),
    "青禾健身": ("Qinghe Fitness", "03: exercise, a members' app"),
    "明川数据": ("Mingchuan Data", "08: exercise, a company that resells records"),
    "云帆数据": ("Yunfan Data", "09: exercise, a cloud company"),
    "海川科技": ("Haichuan Tech", "10: exercise, a turnover of 3,000,000,000 yuan"),
}

#: The facts of 赵六's case, as keyword arguments of :func:`pilaw.teaching.routes.engaged`.
ZHAO_LIU: dict[str, object] = {
    "who": "employee",
    "what": "customer_list",
    "to_whom": "competitor",
    "gain": "8,000",
    "pieces": {"transaction": 600},
    "on": date(2025, 11, 3),
}

#: 李四's sale (notebook 08): pieces by category of art. 5 of the 2017 interpretation, and the day of the conduct.
LI_SI_COUNTS: dict[str, int] = {"credit": 35, "transaction": 150}
LI_SI_DAY = date(2024, 3, 15)
