"""Scripts and the normal form: OpenCC conversion in place, full-width folding, marks and skeletons."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

# --------------------------------------------------------------------------- scripts and normal form


@cache
def _converter(config: str) -> Any:
    try:
        from opencc import OpenCC  # type: ignore[import-untyped]  # opencc-python-reimplemented: pure Python
    except ImportError:  # pragma: no cover - the package is a dependency of the course
        return None
    return OpenCC(config)


def _convert(text: str, config: str) -> str:
    """OpenCC conversion that keeps every character at its place (so positions in the converted text are
    positions in the original): a line whose conversion changes its length is converted character by character."""
    cc = _converter(config)
    if cc is None or not text:
        return text
    whole: str = cc.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for line in text.splitlines(keepends=True):
        done: str = cc.convert(line)
        if len(done) != len(line):
            chars = [cc.convert(ch) for ch in line]
            done = "".join(c if len(c) == 1 else ch for c, ch in zip(chars, line, strict=True))
        out.append(done)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC ``t2s``), character for character in place."""
    return _convert(text, "t2s")


def to_traditional(text: str) -> str:
    """Simplified → traditional (OpenCC ``s2t``), for explanations shown to a reader of traditional text."""
    return _convert(text, "s2t")


def to_traditional_hk(text: str) -> str:
    """Simplified → traditional characters as Hong Kong writes them (OpenCC ``s2hk``: 商業秘密, 個人信息), for the
    traditional display of the Chinese edition. Characters only, never phrases (``s2twp`` would write 個人資訊)."""
    return _convert(text, "s2hk")


def converter_name() -> str:
    """The converter in use, for a report's note: ``opencc-python-reimplemented 0.1.7`` or ``none``."""
    if _converter("t2s") is None:
        return "none"
    try:
        from importlib.metadata import version

        return f"opencc-python-reimplemented {version('opencc-python-reimplemented')}"
    except Exception:  # pragma: no cover - metadata missing in some bundles
        return "opencc-python-reimplemented"


_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "\u3000": " ",
        "\u00a0": " ",
        "\t": " ",
        "\r": "\n",
        **_HALF_TO_FULL,
    }
)


def normal_form(text: str) -> str:
    """Simplified characters, ASCII digits and letters, full-width Chinese punctuation — one character for one."""
    return to_simplified(text).translate(FOLD)


def is_mark(ch: str) -> bool:
    """Punctuation, spacing, control or symbol: what a comparison of wording leaves aside."""
    return unicodedata.category(ch)[0] in "PZCS" or ch.isspace()


def skeleton(text: str) -> tuple[str, list[int]]:
    """The text without marks, and where each remaining character sits in it."""
    keep = [i for i, ch in enumerate(text) if not is_mark(ch)]
    return "".join(text[i] for i in keep), keep
