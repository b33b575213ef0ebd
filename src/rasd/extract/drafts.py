"""The draft: one event at one place told by one frame, as assembly and the passes after it
hand it on; and the little they all read (the armed actor classes, the sub-event types of a change
of control and those with no toll of their own, whether an event word carries the article)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from rasd.extract.casualties import Count
from rasd.extract.match import Hit
from rasd.extract.places import PlaceSpan


_ARMED_CLASSES = {"state", "rebel", "militia", "organisation", "foreign", "unknown"}


@dataclass(slots=True)
class Draft:
    # (assemble passes every field by position, which is cheaper for a class than by keyword:
    #  keep their order, and add a field at the end)
    sub_event_type: str
    place: PlaceSpan
    actor1: str | None = None
    actor1_text: str | None = None
    actor2: str | None = None
    actor2_text: str | None = None
    actor1_inferred: bool = False
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int = 3
    date_explicit: bool = False
    killed: Count | None = None
    injured: Count | None = None
    civilian_targeting: bool = False
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    trigger_text: str | None = None
    background: bool = False
    hedged: bool = False
    place_inherited: bool = False
    weak: bool = False   # typed from a bare killing/shooting, not from an event word
    antecedent: Draft | None = None  # for "الهجوم"/"القصف": the event it refers back to
    toll_at: str | None = None   # the place of its frame its toll was told at (Frame.toll_at)
    dateline_placed: bool = False   # placed by the report's plain dateline: no mere container
    accused: bool = False   # actor1 is the side the report says was accused, not who claimed it
    frame_id: int = 0    # drafts of one frame share the frame's toll (see share_tolls)
    loser_guess: str | None = None  # a take-over's other side when nothing closer names it
    cue: str | None = None   # the cue class that led its frame (burn, loot, ...)
    other_side: bool = False   # told as what the other side did ("في المقابل، ..."): no introduction
    caused: bool = False   # its event word follows a cause word ("إثر هجوم معاكس"): how something came about
    bare_storm: bool = False   # a storming told with no weapon, toll or harm done in its sentence (q82-types2)
    own_toll: bool = False   # one of a list of places each told with its own count ("20 في الناصرية و8 في الديوانية")
    another: bool = False   # its event word is followed by "مماثل"/"آخر": a like event, not this one again (q85-probe5)
    quoted: bool = False   # its event word lies in a witness's quoted words (': "كنا نائمين عندما سقط الصاروخ"')
    fighters_hit: bool = False   # its toll or target names fighters or soldiers ("اثنين من عناصرها"; q93-fixactors)

    @property
    def event_date(self) -> date | None:
        """The best single day: the day itself, or the middle of a range."""
        if self.date_start is None:
            return None
        if self.date_end is None or self.date_end == self.date_start:
            return self.date_start
        return self.date_start + (self.date_end - self.date_start) // 2


def _has_article(text: str, h: Hit, hamza_alef: Callable[[int], bool] | None) -> bool:
    """Does the word of hit `h` carry the definite article (القصف، والهجوم)?"""
    i = text.find("ال", h.word_start, h.start + 2)
    return i >= 0 and not (hamza_alef is not None and hamza_alef(i))


_TOLLLESS = frozenset({"Abduction/forced disappearance", "Arrests", "Looting/property destruction"})
#: changes of who holds ground: their second side is the armed side that lost it, never civilians
_TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
