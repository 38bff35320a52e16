"""Layer 1 — the law as data: the corpus of dated provisions and figures, and the parsing every rule shares.

``from pilaw import law`` gives the corpus (``law.provision``, ``law.figure`` …); the submodules ``errors``,
``money``, ``inputs`` and ``steps`` hold the bilingual errors, exact yuan, dates and yes/no answers, and the
cited steps every result carries. Nothing here imports any other layer.
"""

from pilaw.law.corpus import (
    DATA,
    UNOFFICIAL,
    Figure,
    Law,
    Number,
    Provision,
    article_name,
    book_title,
    cited_name,
    data,
    figure,
    figure_versions,
    figures,
    is_in_force,
    laws,
    provision,
    provisions,
    regime_on,
    value,
    versions,
)

__all__ = [
    "DATA",
    "UNOFFICIAL",
    "Figure",
    "Law",
    "Number",
    "Provision",
    "article_name",
    "book_title",
    "cited_name",
    "data",
    "figure",
    "figure_versions",
    "figures",
    "is_in_force",
    "laws",
    "provision",
    "provisions",
    "regime_on",
    "value",
    "versions",
]
