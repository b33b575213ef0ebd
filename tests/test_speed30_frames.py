"""A frame's cue name and strength are fields kept with its cue (round speed-30).

They were properties computed from `cue` on every read; as fields they are right only if every
change of cue goes through `Frame.set_cue`. These tests check the fields follow the cue, and that
no extraction module assigns `.cue` another way.
"""
import importlib
import re
from pathlib import Path

from rasd.lexicon.load import CueClass, lexicons

frames = importlib.import_module("rasd.extract.frames")

_STRONG = CueClass("airstrike", "Air/drone strike", 6, True, "remote")
_WEAK = CueClass("kill", "Attack", 3, True, "violence")


def test_new_frames_carry_their_cues_name_and_strength():
    f = frames.Frame(0, 0, 10, None, _STRONG)
    assert (f.cue_name, f.strength) == ("airstrike", 6)
    g = frames.Frame(0, 0, 10, None, None)
    assert (g.cue_name, g.strength) == ("casualties", 0)


def test_set_cue_changes_name_and_strength_with_the_cue():
    f = frames.Frame(0, 0, 10, None, _STRONG)
    f.set_cue(_WEAK)
    assert (f.cue, f.cue_name, f.strength) == (_WEAK, "kill", 3)
    f.set_cue(None)
    assert (f.cue, f.cue_name, f.strength) == (None, "casualties", 0)


def test_fields_agree_with_the_cue_on_extracted_frames(monkeypatch):
    pipeline = importlib.import_module("rasd.extract.pipeline")
    seen = []

    def keep(*args, **kwargs):
        out = frames.build_frames(*args, **kwargs)
        seen.extend(out)
        return out
    monkeypatch.setattr(pipeline, "build_frames", keep)
    pipeline.extract("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب، ما أدى لمقتل ثلاثة مدنيين. "
                     "ودخلت القوات مدينة عفرين بعد انسحاب الوحدات منها. "
                     "وخرج مئات المتظاهرين في مدينة درعا تنديداً باغتيال الناشط.", None)
    assert len(seen) >= 2
    names = set()
    for f in seen:
        assert f.cue_name == (f.cue.cue if f.cue else "casualties")
        assert f.strength == (f.cue.strength if f.cue else 0)
        names.add(f.cue_name)
    assert "takeover" in names   # (set by set_cue after the frame was made)


def test_no_module_assigns_a_frames_cue_directly():
    src = Path(frames.__file__).parent
    for path in src.glob("*.py"):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(?:f|g|frame|target|prev|last\w*)\.cue\s*(?:=[^=]|,[^=\n]*=)", line) \
                    and "self.cue = cue" not in line:
                raise AssertionError(f"{path.name}:{i}: change a frame's cue with set_cue: {line.strip()}")


def _old_furniture_lines(text, lex):
    """_furniture_lines before speed-30: every line walked for a question mark."""
    out = []
    starts = {0} | {m.end() for m in frames._NEWLINE.finditer(text)}
    for h in lex.boilerplate.find(text):
        line_start = text.rfind("\n", 0, h.word_start) + 1
        if text[line_start:h.word_start].strip() == "":
            end = text.find("\n", h.end)
            end = len(text) if end < 0 else end
            # (quality q78-forms: a line phrase alone on its line, "اقرأ أيضاً:", heads a block too)
            if h.payload == "block" or not text[h.end:end].strip(" \t:.-\u2013|"):
                while end < len(text):
                    nxt = text.find("\n", end + 1)
                    nxt = len(text) if nxt < 0 else nxt
                    if nxt - end > frames._HEADLINE_MAX:
                        break
                    end = nxt
            out.append((line_start, end))
    for s in starts:
        end = text.find("\n", s)
        end = len(text) if end < 0 else end
        # (round q91-probe-forms: a question line that tells a clause before its question is no teaser)
        if text[s:end].rstrip().endswith("?") and end - s < 200 \
                and not frames._TOLD_BEFORE_QUESTION.search(text, s, text.rindex("?", s, end)):
            out.append((s, end))
    return out


def test_furniture_lines_as_before_on_random_texts():
    import random
    lex = lexicons()
    rng = random.Random(30)
    pieces = ["\n", "\n", " ", "  ", "?", "? ", "قتل", "مدني", "في", "اقرا ايضا", "الاكثر قراءه", ":",
              "x" * 150, "y" * 40, "؟"]
    found = 0
    for _ in range(4_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        new, old = frames._furniture_lines(text, lex), _old_furniture_lines(text, lex)
        assert new == old, text
        found += bool(new)
    assert found > 500   # (the random texts do have furniture and question lines)
