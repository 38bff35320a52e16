"""A course about protecting personal information carries no one's real data, and phones no one."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
MOBILE = re.compile(r"(?<![\d*])1[3-9]\d{9}(?![\d*])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RESERVED_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "example.cn",
    "example",
    "test",
    "invalid",
    "localhost",
)


def has_valid_check_digit(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS, strict=False))
    return ID_CHECK[total % 11] == number[17].upper()


def tracked_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / name for name in out.splitlines() if (ROOT / name).is_file()]


def scan(text: str) -> list[str]:
    found = [m for m in RESIDENT_ID.findall(text) if has_valid_check_digit(m)]
    found += MOBILE.findall(text)
    found += [
        m.group(0)
        for m in EMAIL.finditer(text)
        if not m.group(1).lower().endswith(RESERVED_DOMAINS) and not m.group(0).startswith("git@")
    ]
    return found


# Built from pieces, so that this file does not itself hold what it looks for.
SAMPLE_ID = "1101051949" + "1231002X"  # the worked example of the national standard GB 11643
SAMPLE_PHONE = "139" + "12345678"
SAMPLE_MAIL = "li" + "@" + "qq.com"


def test_the_check_digit_rule_is_the_national_standard_one():
    assert has_valid_check_digit(SAMPLE_ID)
    assert not has_valid_check_digit(SAMPLE_ID[:17] + "1")


def test_the_scanner_finds_what_it_looks_for():
    assert scan(f"ID {SAMPLE_ID}, phone {SAMPLE_PHONE}, mail {SAMPLE_MAIL}") == [SAMPLE_ID, SAMPLE_PHONE, SAMPLE_MAIL]
    assert scan("masked 138****0001, mail zhang@example.com, ID 110101********0000") == []


def test_no_tracked_file_holds_a_real_looking_id_number_phone_number_or_email():
    offenders = {}
    for path in tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits = scan(text)
        if hits:
            offenders[str(path.relative_to(ROOT))] = hits[:5]
    assert offenders == {}


def test_importing_pilaw_and_using_its_rules_opens_no_network_connection():
    probe = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise SystemExit('network use: ' + repr(a))\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "import pilaw, pilaw.law, pilaw.law.money\n"
        "list(pilaw.law.provisions()); list(pilaw.law.figures())\n"
        "import pilaw.widgets\n"
        "print('offline ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "offline ok" in result.stdout, result.stderr + result.stdout


def test_no_library_code_evaluates_or_unpickles_anything():
    for path in (ROOT / "lib").rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(eval|exec)\(|\bpickle\b|\bmarshal\b", code), path
