"""Sentences and clauses of normalised report text."""
from __future__ import annotations

from rasd.lexicon.load import lexicons
from rasd.text.normalize import normalize
from rasd.text.segment import sentences


def split(original: str) -> list[list[str]]:
    """Sentences of a report as lists of clause texts (normalised), connectives from the lexicon."""
    text = normalize(original).text
    cuts = [h.word_start for h in lexicons().connectives.find(text)]
    return [[text[c.start:c.end] for c in s.clauses] for s in sentences(text, cuts)]


def test_sentences_end_at_arabic_and_latin_punctuation():
    out = split("قصفت قوات النظام بلدة كفرنبل. وقتل مدنيان! هل توقف القصف؟ لا؛ استمر حتى المساء")
    assert len(out) == 5
    assert out[0] == ["قصفت قوات النظام بلده كفرنبل."]
    assert out[2] == ["هل توقف القصف?"]
    assert out[4] == ["استمر حتي المساء"]


def test_line_breaks_end_sentences():
    out = split("دير الزور - رصد\nشنت طائرات حربية غارات على الميادين\n\nوقتل ثلاثة مدنيين")
    assert out == [["دير الزور -", "رصد"], ["شنت طايرات حربيه غارات علي الميادين"], ["وقتل ثلاثه مدنيين"]]


def test_decimal_point_does_not_end_a_sentence():
    out = split("بلغت نسبة الدمار 3.5 بالمئة في حي الحويقة")
    assert len(out) == 1 and len(out[0]) == 1


def test_arabic_comma_splits_clauses():
    out = split("قصفت قوات النظام بلدة التمانعة، ما أدى لمقتل طفل، وإصابة امرأتين")
    assert out == [["قصفت قوات النظام بلده التمانعه,", "ما ادي لمقتل طفل,", "واصابه امراتين"]]


def test_connectives_open_clauses_without_commas():
    # the comma-free run-on style of field reports
    out = split("شنت طائرات روسية غارات على سراقب فيما دارت اشتباكات في محيط الهبيط "
                "بينما قصفت قوات النظام كفرنبل كما قتل عنصران من الفصائل")
    assert out == [[
        "شنت طايرات روسيه غارات علي سراقب",
        "فيما دارت اشتباكات في محيط الهبيط",
        "بينما قصفت قوات النظام كفرنبل",
        "كما قتل عنصران من الفصايل",
    ]]


def test_connective_inside_a_word_does_not_split():
    # "كماشة" (pincer) starts with كما; "فيمايلي" is no connective either
    out = split("أطبقت قوات النظام كماشة على البلدة")
    assert out == [["اطبقت قوات النظام كماشه علي البلده"]]


def test_quotes_do_not_split_a_clause():
    out = split('سيطر تنظيم «داعش» على قرية الباغوز وأعلن "ولاية الخير" مسؤوليته')
    # quotation marks become spaces in the normalised text (they wrap names, they split nothing)
    assert out == [['سيطر تنظيم داعش علي قريه الباغوز واعلن ولايه الخير مسووليته']]


def test_colon_and_dash_split_clauses():
    out = split("قتل 3 مدنيين: طفلان وامرأة - وأصيب آخرون")
    assert out == [["قتل 3 مدنيين:", "طفلان وامراه -", "واصيب اخرون"]]


def test_clause_offsets_point_into_the_normalised_text():
    text = normalize("قصفت الطائرات دوما، وقتل مدني. ثم عاد الهدوء").text
    sents = sentences(text, [])
    for s in sents:
        assert 0 <= s.start < s.end <= len(text)
        for c in s.clauses:
            assert s.start <= c.start < c.end <= s.end
            assert text[c.start:c.end].strip() == text[c.start:c.end]
    # clauses of a sentence do not overlap and come in order
    for s in sents:
        ends = [c.end for c in s.clauses]
        starts = [c.start for c in s.clauses]
        assert all(e <= n for e, n in zip(ends, starts[1:]))


def test_empty_and_punctuation_only_text_has_no_sentences():
    assert split("") == []
    assert split(" .. ، ! \n ") == []


def test_an_initial_standing_alone_does_not_end_a_sentence():
    text = "اعتقلت القوات العميد (ع. ح) في المدينة. وقتل شاب."
    assert [text[s.start:s.end] for s in sentences(text)] == ["اعتقلت القوات العميد (ع. ح) في المدينة.", "وقتل شاب."]
