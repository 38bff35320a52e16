"""The examples: the course's source page as the course stores it, a correct quotation, and the page's stored
errata beside what a check finds in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pilaw import law
from pilaw.law.steps import PAGE_CLAIM
from pilaw.teaching import source_page as sp
from pilaw.teaching.sources.records import Finding, Report
from pilaw.teaching.sources.script import normal_form, to_simplified, to_traditional

# --------------------------------------------------------------------------- examples

# The stored records of the course's source page (data/source_page.json), in the page's order.
PAGE_ORDER = (
    ("claim", "compensation_rule"),
    ("passage", "cc1034"),
    ("passage", "cc1035"),
    ("claim", "cited_articles"),
    ("claim", "art219_explanation"),
    ("claim", "authority"),
    ("passage", "art219_quotation"),
    ("claim", "art253_1"),
    ("claim", "art286_1"),
)


def page_text() -> str:
    """The course's source page as far as ``data/source_page.json`` keeps it, in traditional characters and in
    the page's order: each stored paragraph exactly as on the page. The "法律依據" line before a quoted article
    (which the records do not keep) is rebuilt from the article's law, as the page writes it."""
    raw = law.data("source_page.json")
    assert isinstance(raw, dict)
    claims = {c["key"]: c for c in raw["claims"]}
    passages = {p["key"]: p for p in raw["passages"]}
    blocks = []
    named: set[str] = set()
    for kind, key in PAGE_ORDER:
        if kind == "claim":
            rec = claims[key]
            blocks.append(rec["page_zh"])
            if rec.get("page_basis_zh"):
                blocks.append(rec["page_basis_zh"])
                named.update(k for k, v in law.laws().items() if v.zh in to_simplified(rec["page_basis_zh"]))
            continue
        rec = passages[key]
        law_key = rec["compare"]["ref"].split("/", 1)[0]
        lines = list(rec["page_zh"])
        if law_key not in named:
            blocks.append(f"法律依據:\n《{to_traditional(law.laws()[law_key].zh)}》")
            named.add(law_key)
        heading = rec["page_heading_zh"] or ""
        if heading and lines and not lines[0].startswith("【"):
            lines[0] = f"{heading} {lines[0]}"
        elif heading:
            lines.insert(0, heading)
        blocks.append("\n\n".join(lines))
    return "\n\n".join(blocks)


def clean_example(ref: str = "pipl/69", on: date | None = None) -> str:
    """A correct source: the heading and the text of ``ref`` in force on ``on`` (default today), as the corpus
    holds it — :func:`check` finds nothing in it."""
    prov = law.provision(ref, on)
    return f"{law.book_title(prov.law_zh)}{prov.article_zh}\n" + "\n".join(prov.paragraphs_zh)


@dataclass(frozen=True)
class ErratumFound:
    """One stored erratum of the course's page (``data/source_page.json``) and the findings of a check over it that
    cite its article: none for an erratum measured against something that is not law (``page/claim``)."""

    erratum: sp.Erratum
    findings: tuple[Finding, ...]

    @property
    def not_law(self) -> bool:
        return self.erratum.ref == PAGE_CLAIM


def errata_found(report: Report) -> tuple[ErratumFound, ...]:
    """Each stored erratum of the page beside the findings of ``report`` (a check of :func:`page_text`) over its
    passage that cite its article. An erratum measured against the course's restored reading of the page's own
    claim (``page/claim``) is no question of law: no finding is matched to it."""
    norm = normal_form(report.text)
    out = []
    for erratum in sp.errata():
        wanted = normal_form(erratum.page_says_zh)
        start = norm.find(wanted)
        end = start + len(wanted)
        hits = tuple(
            f
            for f in report.findings
            if start >= 0 and erratum.ref != PAGE_CLAIM and erratum.ref in f.cites and f.start < end and start < f.end
        )
        out.append(ErratumFound(erratum, hits))
    return tuple(out)
