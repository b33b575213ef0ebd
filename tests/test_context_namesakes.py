"""The context-namesake table (data/gazetteer/context_namesakes.tsv): every row names a gazetteer entry and two
grammar-word groups that exist, and a row changes a report's reading only when its opening words are there and
its closing words are not (Egypt's Rafah in a North Sinai report; Gaza's city otherwise)."""
from rasd.extract.pipeline import _CONTEXT_NAMESAKES, extract
from rasd.geo import get_gazetteer
from rasd.lexicon.grammar import words
from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key


def test_every_row_names_an_entry_and_existing_groups():
    gaz = get_gazetteer()
    rows = read_tsv("gazetteer/context_namesakes.tsv")
    assert rows and len(rows) == len(_CONTEXT_NAMESAKES)
    for r in rows:
        assert gaz.get(r["entry"]) is not None, r
        assert words(r["when"]) and words(r["unless"]), r
        assert normalize_key(r["name"]) == r["name"], r   # found in normalised text
        assert r["source"].strip(), r


def _countries(text: str, published: str) -> set[str | None]:
    return {r.country for r in extract(text, published=published)}


def test_sinai_words_open_the_namesake_and_gaza_words_close_it():
    sinai = ("العريش - قتل ثلاثة جنود مصريين وأصيب خمسة آخرون صباح اليوم في هجوم شنه مسلحون على نقطة تفتيش "
             "للجيش في رفح بشمال سيناء.")
    gaza = ("غزة - قتل ثلاثة فلسطينيين وأصيب خمسة آخرون صباح اليوم في قصف إسرائيلي استهدف منزلا في رفح "
            "جنوب قطاع غزة، بحسب وزارة الصحة في العريش.")
    assert _countries(sinai, "2016-03-02") == {"Egypt"}
    assert _countries(gaza, "2016-03-02") == {"Palestinian Territory"}
