"""Layer 2 — the rules: pure functions of facts and a date, each citing the provisions (and, where the law's unit
is smaller, the paragraphs and items) it applies.

``compensation`` (civil damages), ``criminal`` (severity and sentence bands, regimes compared under Criminal Law
art. 12), ``administrative`` (fines), ``police`` (the public-security route by date), ``pipl`` (consent, the
duties after a leak, individuals' requests), ``classify`` (personal, sensitive, private information),
``processing`` (the Civil Code's processing rules). No HTML, no widgets: they import only :mod:`pilaw.law`.
Where a rule changed with the law it is one small function per regime, chosen by date in one table
(:func:`pilaw.law.regime_on`).
"""
