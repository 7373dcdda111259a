"""Rules of meetings: quorum (with and without recusal), order, numbering, carry-over, lock."""

from __future__ import annotations

import datetime as dt

import pytest

from swtgov.domain.meetings import rules
from swtgov.domain.meetings import signals as sig
from swtgov.domain.meetings.model import (
    ABSENT_NOTIFIED,
    ABSENT_UNNOTIFIED,
    PRESENT,
    ActionItem,
    Attendance,
    Body,
    Meeting,
    SittingMember,
)

D = dt.date
RVT = Body(None)
AUDIT = Body(3, "Auditcommissie")
FIVE = [SittingMember(i, n, is_chair=(i == 1)) for i, n in
        enumerate(["Anna de Vries", "Bert Bakker", "Carla Jansen", "Dirk Smit", "Eva Visser"], start=1)]


def present(*ids: int) -> list[Attendance]:
    return [Attendance(None, 1, FIVE[i - 1].name, i, PRESENT if i in ids else ABSENT_NOTIFIED)
            for i in range(1, 6)]


@pytest.mark.parametrize(("rule", "sitting", "needed"), [
    ("meerderheid", 5, 3), ("meerderheid", 4, 3), ("meerderheid", 3, 2), ("meerderheid", 1, 1),
    ("helft", 5, 3), ("helft", 4, 2), ("twee_derde", 5, 4), ("twee_derde", 6, 4), ("3", 7, 3),
])
def test_quorum_needed(rule: str, sitting: int, needed: int) -> None:
    assert rules.quorum_needed(rule, sitting) == needed


@pytest.mark.parametrize(("present_ids", "conflicted", "sitting", "count", "needed", "met"), [
    ((1, 2, 3), (), 5, 3, 3, True),
    ((1, 2), (), 5, 2, 3, False),
    # Carla has a conflict: 4 sitting for this item, 2 of them present -> 3 needed, not met
    ((1, 2, 3), ("Carla Jansen",), 4, 2, 3, False),
    # an absent member with a conflict: 4 sitting, 3 present -> met
    ((1, 2, 3), ("eva visser",), 4, 3, 3, True),
    ((1, 2, 3, 4, 5), ("Anna de Vries", "Bert Bakker"), 3, 3, 2, True),
])
def test_quorum_with_and_without_recusal(present_ids, conflicted, sitting, count, needed, met) -> None:
    result = rules.quorum("meerderheid", FIVE, present(*present_ids), conflicted)
    assert (result.sitting, result.present, result.needed, result.met) == (sitting, count, needed, met)


def test_quorum_text_and_everyone_conflicted() -> None:
    result = rules.quorum("meerderheid", FIVE, present(1, 2, 3), ["Carla Jansen"])
    assert result.text() == ("2 van 4 leden aanwezig, quorum 3: niet gehaald "
                             "(buiten beschouwing wegens tegenstrijdig belang: Carla Jansen)")
    everyone = rules.quorum("meerderheid", FIVE, present(1, 2, 3), [m.name for m in FIVE])
    assert everyone.everyone_conflicted and not everyone.met


def test_attendance_groups_chair_first_then_alphabetical() -> None:
    people = [
        Attendance(None, 1, "Zeno Aalbers", 7, PRESENT),
        Attendance(None, 1, "Émile Bos", 8, PRESENT),
        Attendance(None, 1, "Yvonne Chair", 9, PRESENT, is_chair=True),
        Attendance(None, 1, "Ab Absent", 10, ABSENT_NOTIFIED),
        Attendance(None, 1, "Cees Weg", 11, ABSENT_UNNOTIFIED),
        Attendance(None, 1, "Directeur", None, PRESENT, "gast", "directeur-bestuurder"),
        Attendance(None, 1, "Nora Notulist", None, PRESENT, "notulist"),
    ]
    groups = rules.attendance_groups(people)
    assert [a.name for a in groups.present] == ["Yvonne Chair", "Émile Bos", "Zeno Aalbers"]
    assert [a.name for a in groups.absent_notified] == ["Ab Absent"]
    assert [a.name for a in groups.absent_unnotified] == ["Cees Weg"]
    assert [a.name for a in groups.guests] == ["Directeur"]
    assert [a.name for a in groups.secretaries] == ["Nora Notulist"]


@pytest.mark.parametrize(("existing", "year", "expected"), [
    ([], 2026, "2026-01"),
    (["2026-01", "2026-06", "2025-14"], 2026, "2026-07"),
    (["2025-14"], 2026, "2026-01"),
    ([f"2026-{n:02d}" for n in range(1, 100)], 2026, "2026-100"),
])
def test_decision_numbering_per_year(existing, year, expected) -> None:
    assert rules.next_decision_number(existing, year) == expected


def meeting(mid: int, day: dt.date, body: Body = RVT, **kw: object) -> Meeting:
    return Meeting(mid, body, day, **kw)  # type: ignore[arg-type]


def test_carried_actions_same_body_until_done() -> None:
    meetings = [meeting(1, D(2026, 2, 1)), meeting(2, D(2026, 4, 1)), meeting(3, D(2026, 6, 1)),
                meeting(4, D(2026, 3, 1), AUDIT)]
    actions = [
        ActionItem(10, 1, "Open sinds februari", "Anna", D(2026, 3, 1)),
        ActionItem(11, 1, "Gereed in maart", "Bert", status="gereed", done_on=D(2026, 3, 15)),
        ActionItem(12, 2, "Gereed op de vergadering van juni", "Carla", status="gereed", done_on=D(2026, 6, 1)),
        ActionItem(13, 4, "Van de auditcommissie", "Dirk"),
        ActionItem(14, 3, "Van juni zelf", "Eva"),
    ]
    carried = rules.carried_actions(meetings[2], meetings, actions)
    assert [(c.action.id, c.origin.id) for c in carried] == [(10, 1), (12, 2)]
    assert [c.action.id for c in rules.carried_actions(meetings[1], meetings, actions)] == [10]


def test_lock_refusal_is_dutch_with_dates() -> None:
    approved = meeting(1, D(2026, 3, 12), minutes_status="vastgesteld", approved_on=D(2026, 5, 14))
    assert rules.lock_refusal(approved) == (
        "De notulen van de vergadering van RvT van 12 maart 2026 zijn vastgesteld op 14 mei 2026; "
        "deze vergadering kan niet meer worden gewijzigd.")
    assert rules.lock_refusal(meeting(2, D(2026, 3, 12))) is None
    assert rules.approval_refusal(approved, D(2026, 6, 1)) == rules.lock_refusal(approved)
    assert "vóór de vergadering" in rules.approval_refusal(meeting(2, D(2026, 3, 12)), D(2026, 3, 1))


def test_standard_items() -> None:
    assert rules.standard_items() == [
        ("1", "Opening en vaststellen agenda", "besluitvorming"),
        ("2", "Notulen vorige vergadering", "besluitvorming"),
        ("3", "Rondvraag", "bespreking"),
        ("4", "Sluiting", "bespreking"),
    ]


@pytest.mark.parametrize(("numbers", "dupes"), [
    (["1", "2", "3"], []), (["1", "2", "2", "4a", "4A"], ["2", "4a"]),
])
def test_duplicate_item_numbers(numbers, dupes) -> None:
    assert rules.duplicate_numbers(numbers) == dupes


@pytest.mark.parametrize(("number", "ok"), [("1", True), ("4a", True), ("12", True), ("a4", False),
                                            ("4.1", False), ("", False)])
def test_item_number_format(number: str, ok: bool) -> None:
    assert (rules.check_item_number(number) is None) is ok


@pytest.mark.parametrize(("numbers", "expected"), [
    (["1", "2", "3", "4"], ["1", "2", "3", "4"]),
    (["2", "1", "3"], ["1", "2", "3"]),
    (["1", "4", "4a", "4b", "2"], ["1", "2", "2a", "2b", "3"]),
    (["4a", "1"], ["1", "2"]),
])
def test_renumber_after_reorder(numbers, expected) -> None:
    assert rules.renumber(numbers) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("19:00", dt.time(19)), ("19.30", dt.time(19, 30)), ("19u", dt.time(19)), ("9u30", dt.time(9, 30)),
    ("19", dt.time(19)), (0.8125, dt.time(19, 30)),
])
def test_parse_time(text, expected) -> None:
    assert rules.parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "19:75", "avond", "7 uur 's avonds"])
def test_parse_time_refuses(text) -> None:
    with pytest.raises(ValueError):
        rules.parse_time(text)


def test_end_before_start() -> None:
    assert rules.check_times(dt.time(19), dt.time(18, 30)) == "de eindtijd 18:30 ligt niet na de begintijd 19:00"
    assert rules.check_times(dt.time(19), dt.time(21)) is None
    assert rules.check_times(None, dt.time(21)) is None


def test_attendee_check() -> None:
    assert rules.check_attendee("Piet", False, None) == (
        '"Piet" is op deze datum geen lid van dit orgaan; vul bij hoedanigheid gast of notulist in')
    assert rules.check_attendee("Piet", False, "gast") is None
    assert rules.check_attendee("Anna", True, None) is None


def test_recurring_topics() -> None:
    agendas = [["Opening en vaststellen agenda", "Kwartaalrapportage", "Rondvraag"],
               ["Kwartaalrapportage", "Risico's"], ["Kwartaalrapportage", "Risico's", "Jaarrekening"]]
    assert rules.recurring_topics(agendas) == ["Kwartaalrapportage", "Risico's"]


AS_OF = D(2026, 11, 22)


@pytest.mark.parametrize(("due", "status", "signalled"), [
    (D(2026, 11, 21), "open", True), (D(2026, 11, 22), "open", False),
    (D(2026, 1, 1), "gereed", False), (None, "open", False),
])
def test_action_overdue(due, status, signalled) -> None:
    m = meeting(1, D(2026, 9, 1))
    out = sig.action_overdue([ActionItem(5, 1, "Notitie huisvesting", "Bert", due, status)], {1: m}, AS_OF)
    assert len(out) == int(signalled)
    if signalled:
        assert out[0].message == ('Actiepunt "Notitie huisvesting" van Bert had op 21 november 2026 gereed '
                                  "moeten zijn (afgesproken in RvT 1 september 2026).")


@pytest.mark.parametrize(("next_day", "signalled"), [(D(2026, 11, 21), True), (D(2026, 11, 22), False)])
def test_minutes_unapproved(next_day, signalled) -> None:
    ms = [meeting(1, D(2026, 9, 1)), meeting(2, next_day), meeting(3, D(2026, 10, 1), AUDIT)]
    out = sig.minutes_unapproved(ms, AS_OF)
    assert [s.subject for s in out] == (["RvT 1 september 2026"] if signalled else [])


@pytest.mark.parametrize(("day", "sent", "signalled"), [
    (D(2026, 11, 29), None, True), (D(2026, 11, 30), None, False), (D(2026, 11, 22), None, True),
    (D(2026, 11, 21), None, False), (D(2026, 11, 25), D(2026, 11, 20), False),
])
def test_pack_due(day, sent, signalled) -> None:
    out = sig.pack_due([meeting(1, day, pack_sent_on=sent)], AS_OF, 7)
    assert len(out) == int(signalled)


def test_quorum_not_met_signal() -> None:
    q = rules.quorum("meerderheid", FIVE, present(1, 2))
    out = sig.quorum_not_met([(meeting(1, D(2026, 10, 1)), q), (meeting(2, D(2026, 12, 1)), q)], AS_OF)
    assert [s.subject for s in out] == ["RvT 1 oktober 2026"]
    assert "2 van 5 leden aanwezig, 3 nodig" in out[0].message


def test_recurring_topics_ties_come_as_first_seen_and_a_title_counts_once_per_agenda() -> None:
    titles = [f"Onderwerp {letter}" for letter in "QWERTYUIOPASDFGHJKLZXCVBNM"]
    agendas = [titles, list(reversed(titles)), ["Huisvesting", "huisvesting ", "HUISVESTING"]]
    assert rules.recurring_topics(agendas) == titles  # the order of the first agenda, every run
    assert rules.recurring_topics(agendas[2:] * 2) == ["Huisvesting"]
    assert rules.recurring_topics(agendas[2:]) == []  # three times on one agenda is still one agenda
