"""The Personal Information Protection Law (个人信息保护法) and the texts around it, as three cited, dated rules.

* :func:`consent_required` (:mod:`.consent`) — whether the individual's consent is needed, separate (单独同意),
  a parent's or guardian's, or written, and what must be told first (arts. 13–18, 23–31, 39; Civil Code art. 1035
  before 2021-11-01; the Network Data Security Management Regulations from 2025-01-01);
* :func:`breach_duties` (:mod:`.breach`) — whom to notify after a leak, with what, and what to do at once
  (art. 57; Cybersecurity Law art. 42, art. 44 from 2026-01-01; Civil Code art. 1038; Data Security Law art. 29;
  the Regulations art. 11);
* :func:`rights_request` (:mod:`.rights`) — whether a processor must act on a request under arts. 44–50 (Civil
  Code art. 1037 before 2021-11-01; the Regulations arts. 23–25 from 2025-01-01), and on what it may refuse.

Each module chooses its regime by date in one table, ``REGIMES``; no legal figure is written in code.
"""

from pilaw.rules.pipl.breach import BreachDuties, breach_duties
from pilaw.rules.pipl.common import Item
from pilaw.rules.pipl.consent import BASES, ConsentAnswer, consent_required
from pilaw.rules.pipl.rights import EXCEPTIONS, GROUNDS, RIGHTS, RightsAnswer, rights_request

__all__ = [
    "BASES",
    "EXCEPTIONS",
    "GROUNDS",
    "RIGHTS",
    "BreachDuties",
    "ConsentAnswer",
    "Item",
    "RightsAnswer",
    "breach_duties",
    "consent_required",
    "rights_request",
]
