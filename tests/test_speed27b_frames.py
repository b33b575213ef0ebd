"""Frame helpers written as loops (round speed-27b) answer what the generator forms answered."""
import random

from rasd.extract.frames import Frame
from rasd.lexicon.load import CueClass


def test_bounds_are_the_first_start_and_the_last_end():
    rng = random.Random(41)
    for _ in range(5_000):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(1, 4)))]
        f = Frame(0, spans[0][0], spans[0][1], None, None, spans=spans)
        assert f.bounds() == (min(s for s, _ in spans), max(e for _, e in spans)), spans


def test_has_asks_every_cue():
    cues = [CueClass(name, "Other", 1, True) for name in ("kill", "airstrike", "clash")]
    f = Frame(0, 0, 1, None, None, cues=[(None, c) for c in cues])
    for name in ("kill", "airstrike", "clash"):
        assert f.has(name)
    assert not f.has("loot")
    assert not Frame(0, 0, 1, None, None).has("kill")
