"""The script tests count the same whether a text fits the Arabic code page (fast path,
bytes) or not (regex path): an Arabic-Indic digit, which is no letter, switches paths."""
import pytest

from rasd.text.script import arabic_share, other_language_share

TEXTS = [
    "قصفت الطائرات بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل 3 مدنيين.",
    "The army said «قوات النظام» shelled the town; 12 killed — Ünal reported.",
    "گزارش‌ها می‌گویند که نیروها به شهر حمله کردند و چند نفر کشته شدند",
    "پژوهش چگونه گفتگو کرد ة ى",   # Persian letters that the code page has
    "ـــ  _ ¹²³ ½ é ü ß ...",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_both_paths_count_alike(text):
    slow = text + " ١"   # not in cp1256: takes the regex path
    assert arabic_share(text) == arabic_share(slow)
    assert other_language_share(text) == other_language_share(slow)


def test_counts():
    assert arabic_share("ab جد") == 0.5
    assert arabic_share("١٢ 34") == 0.0
    assert other_language_share("یک ی") == 1.0
