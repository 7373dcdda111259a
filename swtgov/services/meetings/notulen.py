"""The notulen's plain report model, made from a meeting's record.

Everything the minutes say is decided here, in words: who counts as present, what a
tegenstrijdig belang means for an item's quorum, where an action item came from.
The drawing is in :mod:`swtgov.reports.meetings.minutes`.
"""

from __future__ import annotations

import datetime as dt

from swtgov import display
from swtgov.domain.meetings import rules
from swtgov.domain.meetings.model import AgendaItem, Attendance, MeetingRecord
from swtgov.reports.meetings import labels
from swtgov.reports.meetings.minutes import Minutes, MinutesAction, MinutesItem
from swtgov.reports.meetings.pack import times


def _person(person: Attendance, with_role: bool = True) -> str:
    role = person.role.strip()
    if person.is_chair:
        return f"{person.name} ({labels.MINUTES_CHAIR})"
    if with_role and role and role not in ("lid", "notulist"):
        return f"{person.name} ({role})"
    return person.name


def _conflict_sentences(record: MeetingRecord, item: AgendaItem) -> list[str]:
    if not item.conflicts:
        return []
    names = [c.name for c in item.conflicts]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    sentences = [labels.MINUTES_CONFLICT.format(names=joined, verb="heeft" if len(names) == 1 else "hebben")]
    sentences += [labels.MINUTES_CONFLICT_REASON.format(reason=c.reason) if len(names) == 1 else
                  f"{c.name}: {c.reason}" for c in item.conflicts if c.reason.strip()]
    result = rules.quorum(record.quorum_rule, record.members, record.attendance, names)
    if result.everyone_conflicted:
        sentences.append("Alle leden hebben bij dit punt een tegenstrijdig belang; de overwegingen bij het "
                         "besluit zijn hierboven schriftelijk vastgelegd.")
    else:
        sentences.append(labels.MINUTES_ITEM_QUORUM.format(present=result.present, eligible=result.sitting,
                                                           required=result.needed)
                         + ("" if result.met else " Het quorum voor dit punt is niet bereikt."))
    return sentences


def _action_line(what: str, who: str, due: dt.date | None) -> str:
    return labels.MINUTES_NEW_ACTION.format(
        what=what, who=who, due=labels.MINUTES_DUE.format(date=display.date(due)) if due else "")


def minutes_model(record: MeetingRecord) -> Minutes:
    """The notulen of ``record``'s meeting, ready to draw."""
    meeting = record.meeting
    groups = rules.attendance_groups(record.attendance)
    decisions_by_item: dict[int | None, list[tuple[str, str]]] = {}
    for decision in record.decisions:
        decisions_by_item.setdefault(decision.item_id, []).append((decision.number, decision.text))
    actions_by_item: dict[int | None, list[str]] = {}
    for action in record.actions:
        actions_by_item.setdefault(action.item_id, []).append(_action_line(action.what, action.who, action.due))
    items = [
        MinutesItem(
            number=item.number, title=item.title, kind=item.kind_label, notes=item.minutes,
            conflicts=_conflict_sentences(record, item),
            decisions=decisions_by_item.get(item.id, []), actions=actions_by_item.get(item.id, []),
        )
        for item in record.items
    ]
    numbers = {item.id: item.number for item in record.items}
    loose = decisions_by_item.get(None, [])
    if loose or actions_by_item.get(None):
        items.append(MinutesItem(number="–", title="Overige besluiten en acties", decisions=loose,
                                 actions=actions_by_item.get(None, [])))
    quorum = rules.quorum(record.quorum_rule, record.members, record.attendance)
    quorum_text = (labels.MINUTES_QUORUM_MET if quorum.met else labels.MINUTES_QUORUM_NOT_MET).format(
        present=quorum.present, sitting=quorum.sitting, required=quorum.needed)
    actions = [
        MinutesAction(c.action.what, c.action.who, c.action.due, c.origin.date,
                      status="" if c.action.is_open else labels.MINUTES_DONE)
        for c in record.carried
    ] + [
        MinutesAction(a.what, a.who, a.due, status="" if a.is_open else labels.MINUTES_DONE)
        for a in record.actions
    ]
    chair = next((a.name for a in groups.present if a.is_chair), "")
    if not chair:
        chair = next((m.name for m in record.members if m.is_chair), "")
    return Minutes(
        organisation=record.organisation,
        body=meeting.body.name,
        date=meeting.date,
        times=times(meeting.start, meeting.end),
        location=meeting.location,
        present=[_person(a, with_role=False) for a in groups.present],
        absent_notified=[a.name for a in groups.absent_notified],
        absent_unnotified=[a.name for a in groups.absent_unnotified],
        guests=[_person(a) for a in groups.guests],
        secretaries=[a.name for a in groups.secretaries],
        quorum=quorum_text,
        items=items,
        decisions=[(d.number, d.text, numbers.get(d.item_id, "–")) for d in record.decisions],
        actions=actions,
        approved_on=meeting.approved_on if meeting.is_approved else None,
        chair=chair,
        notulist=groups.secretaries[0].name if groups.secretaries else "",
    )
