"""Layer 2 — the rules: pure functions of facts and a date, each citing the provisions it applies.

``compensation`` (civil damages), ``criminal`` (severity and sentence bands), ``administrative`` (fines),
``classify`` (personal, sensitive, private information), ``processing`` (the Civil Code's processing rules).
No HTML, no widgets: they import only :mod:`pilaw.law`.
"""
