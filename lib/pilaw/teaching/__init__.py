"""Layer 3 — teaching scenarios built on the rules: the routes of an employee's leak, the case study, the
published civil cases, the source web page and its errata, and the fictional roster."""
