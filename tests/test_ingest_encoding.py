"""Decoding report bytes: BOMs, legacy Arabic code pages, a few broken bytes, binary refusal."""
from __future__ import annotations

from rasd.ingest.encoding import decode_bytes, detect_encoding

TEXT = "اشتباكات متقطعة على أطراف مدينة درعا البلد وسط استنفار أمني في أحياء المدينة."


def test_utf8_and_bom():
    assert decode_bytes(TEXT.encode(), "f") == (TEXT, None)
    assert decode_bytes(b"\xef\xbb\xbf" + TEXT.encode(), "f") == (TEXT, None)
    assert decode_bytes(TEXT.encode("utf-16"), "f") == (TEXT, None)


def test_windows_1256_is_detected():
    text, problem = decode_bytes(TEXT.encode("cp1256"), "f")
    assert text == TEXT
    assert not problem.fatal and "cp1256" in problem.reason


def test_short_windows_1256_is_not_mistaken_for_broken_utf8():
    text, _ = decode_bytes("قصف على درعا".encode("cp1256"), "f")
    assert text == "قصف على درعا"


def test_a_few_broken_bytes_stay_utf8_not_mojibake():
    raw = TEXT.encode() + b"\xff" + TEXT.encode()
    text, problem = decode_bytes(raw, "f")
    assert text == TEXT + "\ufffd" + TEXT             # not "ط§ظ„..." from a cp1256 misreading
    assert not problem.fatal and "1 invalid UTF-8" in problem.reason


def test_binary_is_refused():
    text, problem = decode_bytes(b"\x00\x01\x02" * 100, "f")
    assert text is None and problem.fatal and "binary" in problem.reason


def test_declared_charset_is_used_when_it_fits():
    assert detect_encoding(TEXT.encode("cp1256"), declared="windows-1256").encoding == "cp1256"
    found = detect_encoding(TEXT.encode(), declared="windows-1256")   # a wrong declaration
    assert found.encoding == "utf-8"
