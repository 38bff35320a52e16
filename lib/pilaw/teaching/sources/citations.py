"""Citations: the articles a text cites, and the law each belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pilaw.teaching.sources.data import corpus_table, law_names
from pilaw.teaching.sources.numbers import NUM, cn_number
from pilaw.teaching.sources.records import Citation

# --------------------------------------------------------------------------- citations

ARTICLE = re.compile(rf"第\s*({NUM})\s*条(?:\s*之\s*({NUM}))?(?:\s*第\s*({NUM})\s*款)?(?:\s*第\s*({NUM})\s*项)?")
_LIST_GLUE = re.compile(r"[\s、，,和及与或者以]*")


@cache
def law_pattern() -> re.Pattern[str]:
    names = sorted(law_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"《\s*({alternatives})\s*》|({alternatives})|(本法|该法)|《([^《》\n]{{2,40}})》")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str | None  # None: a law the course cannot name (an unknown 《…》)
    name: str


def law_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    last_key: str | None = None
    for m in law_pattern().finditer(text):
        if m.group(3):  # 本法 / 该法: the law last named
            if last_key is not None:
                out.append(Mention(m.start(), m.end(), last_key, m.group(3)))
            continue
        name = m.group(1) or m.group(2) or m.group(4)
        key = law_names().get(name) if name else None
        out.append(Mention(m.start(), m.end(), key, name or ""))
        last_key = key if key is not None else last_key
    return out


def _article_id(main: str, sub: str | None) -> str | None:
    number = cn_number(main)
    if number is None:
        return None
    if sub:
        extra = cn_number(sub)
        return None if extra is None else f"{number}-{extra}"
    return str(number)


def _only_law_with(article: str) -> str | None:
    holders = [key for key, arts in corpus_table().items() if article in arts]
    return holders[0] if len(holders) == 1 else None


def find_citations(norm: str) -> list[Citation]:
    """Every article cited in a text in normal form, with its law: the law named just before it, the law of the
    list it belongs to, or the law last named; with no law named anywhere before it, the only law of the corpus
    that has such an article (marked as inferred), else none."""
    mentions = law_mentions(norm)
    out: list[Citation] = []
    m_index = 0
    context: str | None = None
    context_unknown = False
    for m in ARTICLE.finditer(norm):
        while m_index < len(mentions) and mentions[m_index].end <= m.start():
            mention = mentions[m_index]
            context, context_unknown = mention.key, mention.key is None
            m_index += 1
        article = _article_id(m.group(1), m.group(2))
        if article is None:
            continue
        inferred = False
        key = context
        if key is None and not context_unknown:
            key = _only_law_with(article)
            inferred = key is not None
        out.append(
            Citation(
                start=m.start(),
                end=m.end(),
                written=m.group(0),
                law=key,
                article=article,
                paragraph=cn_number(m.group(3)) if m.group(3) else None,
                item=cn_number(m.group(4)) if m.group(4) else None,
                law_inferred=inferred,
            )
        )
    return out
