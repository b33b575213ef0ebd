"""Round q92-speed: `positions_of` asked of the report read last, for words the report's needle scan
watches, answers from that scan (`needles.starts_in_report`) what `str.find` gave."""
import random

from rasd.text.needles import read_report, starts_in_report, watched
from rasd.text.positions import positions_of

_LETTERS = "العامسنهيبت \n"
_WORDS = watched(("عام", "العام", "عامي", "سنه", "السنه", "بين", "العام بين", "ام"))


def _finds(text: str, words: tuple[str, ...]) -> list[int]:
    out = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.add(i)
            i = text.find(w, i + 1)
    return sorted(out)


def test_positions_from_the_scan_are_those_of_find():
    rng = random.Random(92)
    for _ in range(400):
        text = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 150)))
        read_report(text)
        for _ in range(4):
            words = tuple(rng.sample(_WORDS, rng.randint(1, 4)))
            assert starts_in_report(text, words) == _finds(text, words), (text, words)
            assert positions_of(text, words) == _finds(text, words)


def test_another_text_or_an_unwatched_word_is_not_answered_from_the_scan():
    text = "في العام الماضي وعامين"
    read_report(text)
    assert starts_in_report(text, ("عام",)) == [5, 17]
    assert starts_in_report(text, ("عام", "ماضي")) is None   # ("ماضي": watched by nobody)
    assert positions_of(text, ("عام", "ماضي")) == [5, 11, 17]
    equal = "".join(["في العام ", "الماضي وعامين"])   # (an equal string that is another object)
    assert starts_in_report(equal, ("عام",)) is None and positions_of(equal, ("عام",)) == [5, 17]


def test_the_text_modules_import_nothing_of_rasd_extract():
    # (rasd.extract builds on rasd.text; the word scan lives in rasd.text.needles since round q92-speed)
    import ast
    from pathlib import Path

    import rasd.text
    for path in Path(rasd.text.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            assert not any(n == "rasd.extract" or n.startswith("rasd.extract.") for n in names), (path.name, names)
