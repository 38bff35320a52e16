"""The kinds of finding and the records a check returns: findings, citations, quotations, the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pilaw.law.steps import Step
from pilaw.teaching.sources.script import to_traditional

# --------------------------------------------------------------------------- kinds

ALTERED_QUOTE = "altered_quote"
OUTDATED_VERSION = "outdated_version"
WRONG_PENALTY = "wrong_penalty"
OUTDATED_TERM = "outdated_term"
CLAIM_NOT_FOUND = "claim_not_found"
UNKNOWN_ARTICLE = "unknown_article"
NOT_IN_CORPUS = "not_in_corpus"
CITED_NOT_QUOTED = "cited_not_quoted"
MIXED_PARAGRAPHS = "mixed_paragraphs"
PUNCTUATION = "punctuation"

ERROR, CHECK, NOTE = "error", "check", "note"

# kind: (label zh, label en, severity)
KINDS: dict[str, tuple[str, str, str]] = {
    ALTERED_QUOTE: ("引文与条文不符", "quotation differs from the article", ERROR),
    OUTDATED_VERSION: ("不在当日施行的文本", "a version not in force", ERROR),
    WRONG_PENALTY: ("条文中没有的刑罚", "a penalty the article does not have", ERROR),
    OUTDATED_TERM: ("已被取代的名称", "a name since replaced", ERROR),
    CLAIM_NOT_FOUND: ("找不到出处的规则", "a rule not found in the law cited", ERROR),
    UNKNOWN_ARTICLE: ("不存在的条文序号", "an article number the law does not have", ERROR),
    NOT_IN_CORPUS: ("课程未收录的条文", "an article the course does not hold", CHECK),
    MIXED_PARAGRAPHS: ("把不同款混在一起", "separate paragraphs run together", CHECK),
    CITED_NOT_QUOTED: ("只引条号、未录原文", "cited without its text", NOTE),
    PUNCTUATION: ("仅标点或空格不同", "punctuation or spacing only", NOTE),
}

MAX_CHARS = 200_000  # longer texts are refused: check them in parts
EQUAL, MISSING, EXTRA, CHANGED, PUNCT = "equal", "missing", "extra", "changed", "punctuation"
EDGE = 3  # a quotation that starts or ends this close to a clause boundary is taken to lose the characters between
MATCH_FLOOR = (
    0.6  # a line after a heading belongs to the article's text when it is this similar to one of its paragraphs
)
INLINE_FLOOR = 0.95  # a sentence after "…规定，" (no quotation marks) is the article's text when it is this similar
GRAM = 4  # the length of the character n-grams that tell versions and paragraphs apart
RUN = 5  # a phrase of this many characters from only one version (or paragraph) is evidence


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class DiffSpan:
    """A stretch of the diff: ``left`` as written (simplified), ``right`` the official text. ``kind`` is
    ``equal``, ``missing`` (official only), ``extra`` (written only), ``changed``, or ``punctuation`` (a
    difference of punctuation or spacing only)."""

    kind: str
    left: str
    right: str


@dataclass(frozen=True)
class Finding:
    """One departure from the law: its kind, the article (``ref``, or None), the passage as written (``quote``,
    at ``start:end`` of the text), what the official text says (``expected``), the diff, and why."""

    kind: str
    ref: str | None
    quote: str
    start: int
    end: int
    expected: str | None
    diff: tuple[DiffSpan, ...]
    explain_zh: str
    explain_en: str
    steps: tuple[Step, ...]
    law: str | None = None
    see_also: tuple[str, ...] = ()

    @property
    def label_zh(self) -> str:
        return KINDS[self.kind][0]

    @property
    def label_en(self) -> str:
        return KINDS[self.kind][1]

    @property
    def severity(self) -> str:
        """``error`` (the text is wrong), ``check`` (the reader must look it up) or ``note``."""
        return KINDS[self.kind][2]

    @property
    def cites(self) -> tuple[str, ...]:
        """Every corpus reference the finding rests on: its own, its see-also and its steps', in order."""
        refs = [self.ref, *self.see_also, *(s.cites for s in self.steps)]
        return tuple(dict.fromkeys(r for r in refs if r))

    @property
    def changes(self) -> tuple[DiffSpan, ...]:
        """The diff's real changes (not equal, not punctuation only)."""
        return tuple(s for s in self.diff if s.kind not in (EQUAL, PUNCT))


@dataclass(frozen=True)
class Citation:
    """An article cited in the text: where, as written, and the corpus reference it resolves to."""

    start: int
    end: int
    written: str
    law: str | None  # a law key (laws.json or terms.json), or None when no law could be told
    article: str  # "1034", "253-1"
    paragraph: int | None
    item: int | None
    law_inferred: bool = False  # True: no law was named; the only law of the corpus with this article was taken

    @property
    def ref(self) -> str | None:
        return None if self.law is None else f"{self.law}/{self.article}"


@dataclass(frozen=True)
class Quote:
    """A passage the text presents as an article's text."""

    citation: Citation
    start: int
    end: int
    text: str  # as written


@dataclass(frozen=True)
class Note:
    """A remark on how the text was read (its script converted, say): about the reading, not the law, so it cites
    no provision and is no :class:`~pilaw.law.steps.Step`."""

    text_zh: str
    text_en: str


@dataclass(frozen=True)
class Report:
    """What :func:`check` found in one text, read on one date."""

    text: str
    on: date
    script: str  # "simplified" or "traditional" (some characters converted)
    simplified: str
    findings: tuple[Finding, ...]
    citations: tuple[Citation, ...]
    quotes: tuple[Quote, ...]
    notes: tuple[Note, ...] = ()

    def of_kind(self, kind: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == kind)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == ERROR)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.kind for f in self.findings))

    def to_reader(self, text_zh: str) -> str:
        """An explanation in the reader's script: converted back to traditional characters where the text was."""
        return to_traditional(text_zh) if self.script == "traditional" else text_zh
