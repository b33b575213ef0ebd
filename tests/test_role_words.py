"""The role-word matcher reads windows backwards; it must answer exactly as the forward regex."""
from __future__ import annotations

import random
import re

from rasd.lexicon.load import EndingWith, lexicons

WORDS = ["من قبل", "على", "بين", "مواقع", "ضد", "القادم من"]


def forward(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # (the article of a name written without it in actors.tsv may end the window: "مواقع ال")
    return re.compile(rf"(?:^|[^\w])[وف]?[بل]?(?:{alt})ا?\s*(?:ل|ب|من\s*)?(?:ال)?$")


def test_backward_matcher_agrees_with_the_forward_regex_on_random_windows():
    rng = random.Random(11)
    pieces = WORDS + ["و", "ف", "ب", "ل", "ا", "من", " ", "  ", "،", ".", "\n", "قوات", "الجيش", "x", "ال"]
    back, fwd = EndingWith(WORDS), forward(WORDS)
    checked = hits = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        want = fwd.search(text, pos, end) is not None
        assert back.search(text, pos, end) is want, (text, pos, end)
        assert back.search(text[pos:end]) is (fwd.search(text[pos:end]) is not None), text[pos:end]
        checked += 1
        hits += want
    assert checked == 20_000 and hits > 200   # both answers occur often enough to mean something


def test_role_words_of_the_lexicon_tell_agents_and_victims():
    roles = lexicons().role_words
    assert roles["agent"].search("قصف من قبل ")
    assert roles["victim"].search("استهدفت الطائرات مواقع ")
    assert not roles["agent"].search("استهدفت الطائرات مواقع ")


def test_prefix_tree_matches_exactly_the_words_it_was_built_from():
    from rasd.lexicon.load import _prefix_tree

    rng = random.Random(5)
    letters = "ابتل م"
    for _ in range(300):
        words = list({"".join(rng.choice(letters) for _ in range(rng.randint(0, 5)))
                      for _ in range(rng.randint(1, 8))})
        tree = re.compile(rf"(?:{_prefix_tree(words)})\Z")
        plain = re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")\Z")
        for _ in range(40):
            s = "".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
            assert bool(tree.match(s)) is bool(plain.match(s)), (words, s)
    assert _prefix_tree(["ab", "abc", "abd", "x"]) == "(?:ab(?:c|d)?|x)"
