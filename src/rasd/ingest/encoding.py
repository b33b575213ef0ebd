"""Turn report bytes into text whatever encoding they came in.

Collected Arabic material arrives as UTF-8 (with or without a BOM), as UTF-16
from spreadsheet exports, and -- from older sites and Excel on Arabic Windows
-- as Windows-1256.  The order of tests matters:

1. a BOM settles it;
2. NUL bytes without a BOM mean binary data, refused;
3. valid UTF-8 (with non-ASCII bytes) is UTF-8, whatever a page declares:
   sites that moved to UTF-8 often kept their old windows-1256 declaration;
4. a charset the container declared (HTTP header, <meta charset>) is used if it fits;
5. *mostly* valid UTF-8 is UTF-8 with a few broken bytes (replaced, warned):
   decoding it as a legacy code page would turn every Arabic letter into
   two (the classic "ط§ظ„" mojibake), which is far worse;
6. otherwise charset-normalizer guesses, and among its guesses (and
   Windows-1256, the usual suspect) we prefer the one that yields Arabic.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from rasd.text.script import MIN_ARABIC_SHARE, arabic_share

#: how many bytes the detector looks at; the rest of the file is decoded with its verdict
SAMPLE_BYTES = 256 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

#: tried after charset-normalizer's guesses: the legacy Arabic code pages, most common first
LEGACY_ARABIC = ("cp1256", "iso8859_6")


@dataclass(slots=True)
class Detected:
    """The verdict on a sample: the codec to use (None: refuse), and what to tell the user."""

    encoding: str | None
    note: str | None = None   # a warning when encoding is set, the refusal reason when not


def _decodes(sample: bytes, encoding: str, complete: bool) -> str | None:
    """The sample decoded strictly, or None; a sample cut mid-character is allowed to end short."""
    try:
        dec = codecs.getincrementaldecoder(encoding)(errors="strict")
        return dec.decode(sample, final=complete)
    except (UnicodeDecodeError, LookupError):
        return None


def _legacy_guess(sample: bytes, complete: bool) -> str | None:
    from charset_normalizer import from_bytes

    guesses = [m.encoding for m in from_bytes(sample)]
    fallback = None
    for enc in [*guesses, *LEGACY_ARABIC]:
        text = _decodes(sample, enc, complete)
        if text is None:
            continue
        if arabic_share(text) >= MIN_ARABIC_SHARE:
            return enc
        fallback = fallback or enc
    return fallback


def detect_encoding(sample: bytes, declared: str | None = None, complete: bool = True) -> Detected:
    """Pick the codec for bytes of which `sample` is the start (`complete`: the whole)."""
    sample = sample[:SAMPLE_BYTES] if len(sample) > SAMPLE_BYTES else sample
    complete = complete and len(sample) < SAMPLE_BYTES
    for bom, enc in _BOMS:
        if sample.startswith(bom):
            return Detected(enc)
    if b"\x00" in sample[:4096]:
        return Detected(None, "binary data (NUL bytes), not a text report")
    note = None
    if max(sample, default=0) > 127 and _decodes(sample, "utf-8", complete) is not None:
        return Detected("utf-8")   # non-ASCII bytes that form valid UTF-8 are UTF-8, whatever is declared
    if declared:
        try:
            declared = codecs.lookup(declared).name
        except LookupError:
            note = f"unknown declared charset {declared!r} ignored"
            declared = None
    if declared and declared not in ("utf-8", "ascii"):
        if _decodes(sample, declared, complete) is not None:
            return Detected(declared)
        note = f"declared charset {declared} does not fit the bytes; detected instead"
    if _decodes(sample, "utf-8", complete) is not None:
        return Detected("utf-8", note)
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample, final=complete)
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    if good >= 4 * bad:
        return Detected("utf-8", f"{bad} invalid UTF-8 byte(s) replaced by U+FFFD")
    legacy = _legacy_guess(sample, complete)
    if legacy:
        return Detected(legacy, f"not UTF-8; decoded as {legacy} (detected)")
    return Detected(None, f"not valid UTF-8 ({bad} undecodable bytes) and no other encoding fits; "
                          "convert it to UTF-8 first")


def decode_bytes(raw: bytes, where: str, declared: str | None = None):
    """Decode a whole file: (text or None, ReadProblem or None).

    The problem is a warning (fatal=False) when the text could still be read,
    e.g. "decoded as cp1256", and the refusal (fatal=True) when it could not.
    """
    from rasd.ingest.base import ReadProblem

    if not raw:
        return "", None
    found = detect_encoding(raw, declared)
    if found.encoding is None:
        return None, ReadProblem(where, found.note or "cannot decode")
    text = raw.decode(found.encoding, errors="replace")
    if found.note:
        return text, ReadProblem(where, found.note, fatal=False)
    bad = text.count("\ufffd")
    if bad:
        return text, ReadProblem(where, f"{bad} byte(s) invalid in {found.encoding} replaced by U+FFFD",
                                 fatal=False)
    return text, None
