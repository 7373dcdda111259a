"""The rooster use cases: each change, and each refusal with a Dutch reason and nothing saved."""

from __future__ import annotations

from datetime import date as d

import pytest

from swtgov.domain.rooster.model import Term
from swtgov.errors import ValidationError
from swtgov.services import signals as all_signals
from swtgov.services.rooster import committees
from swtgov.services.rooster import members as service
from swtgov.store.rooster import repo


def add(gf, name: str, role: str = "lid", start: d = d(2024, 7, 1), end: d | None = None, **contact) -> int:
    with gf.change() as audit:
        return service.add_member(audit, name, role, start, end, **contact)


def snapshot(gf) -> tuple:
    rooster = repo.load_rooster(gf.db)
    count = gf.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return rooster, count


def refused(gf, change) -> ValidationError:
    """Run a change that must be refused; check that nothing was written."""
    before = snapshot(gf)
    with pytest.raises(ValidationError) as info:
        with gf.change() as audit:
            change(audit)
    assert snapshot(gf) == before
    return info.value


# --- new member ----------------------------------------------------------------------------------


def test_add_member_with_a_full_term_from_the_setting(governance_file):
    member_id = add(governance_file, "Sanne de Wit", email="sanne@example.nl", phone="06-58473621")
    rooster = repo.load_rooster(governance_file.db)
    assert rooster.member(member_id).email == "sanne@example.nl"
    (term,) = rooster.terms_of(member_id)
    assert (term.number, term.start, term.end) == (1, d(2024, 7, 1), d(2028, 7, 1))
    assert [(c.role, c.since) for c in rooster.role_changes_of(member_id)] == [("lid", d(2024, 7, 1))]


def test_add_member_with_an_adjusted_shorter_term(governance_file):
    member_id = add(governance_file, "Thomas Bakker", end=d(2027, 7, 1))
    (term,) = repo.load_rooster(governance_file.db).terms_of(member_id)
    assert term.end == d(2027, 7, 1)


def test_a_new_chair_takes_over_from_the_sitting_chair(governance_file):
    old = add(governance_file, "Anna", "voorzitter", d(2019, 3, 1))
    new = add(governance_file, "Carla", "voorzitter", d(2022, 1, 1))
    rooster = repo.load_rooster(governance_file.db)
    assert rooster.member(old).role == "lid"
    assert [(c.role, c.since) for c in rooster.role_changes_of(old)] == [
        ("voorzitter", d(2019, 3, 1)), ("lid", d(2022, 1, 1))]
    assert rooster.member(new).role == "voorzitter"


def test_a_chair_handed_over_on_the_day_she_started_is_no_chair(governance_file):
    anna = add(governance_file, "Anna", "voorzitter", d(2024, 1, 1))
    add(governance_file, "Carla", "voorzitter", d(2024, 1, 1))
    rooster = repo.load_rooster(governance_file.db)
    rows = {o.member.name: o.row.role for o in service.member_overview(rooster, service.load_rules(governance_file.db),
                                                                       d(2024, 6, 1))}
    assert rows == {"Anna": "lid", "Carla": "voorzitter"}
    assert rooster.member(anna).role == "lid"


@pytest.mark.parametrize("kwargs, problems", [
    ({"name": "  "}, ["naam: de naam is leeg"]),
    ({"role": "penningmeester"}, ['rol: "penningmeester" is geen rol (kies voorzitter, vicevoorzitter of lid)']),
    ({"end": d(2024, 1, 1)}, ["einde: 1 januari 2024 ligt niet na de aanvang (1 juli 2024)"]),
    ({"end": d(2029, 7, 1)}, ["einde: 1 juli 2029 maakt de termijn langer dan 4 jaar (uiterlijk 1 juli 2028)"]),
    ({"email": "sanne-at-example"}, ['e-mail: "sanne-at-example" is geen e-mailadres (zoals naam@voorbeeld.nl)']),
    ({"phone": "bel me"}, ['telefoon: "bel me" is geen telefoonnummer']),
])
def test_add_member_refuses_bad_input(governance_file, kwargs, problems):
    values = {"name": "Sanne de Wit", "role": "lid", "start": d(2024, 7, 1), "end": None} | kwargs
    error = refused(governance_file, lambda audit: service.add_member(audit, **values))
    assert error.problems == problems
    assert str(error).startswith("Het nieuwe lid is niet toegevoegd.")


def test_add_member_refuses_a_name_that_is_taken(governance_file):
    add(governance_file, "Sanne de Wit")
    error = refused(governance_file, lambda audit: service.add_member(audit, " sanne de wit ", "lid", d(2025, 1, 1)))
    assert error.problems == ['naam: er is al een lid met de naam "Sanne de Wit"']


# --- reappointment -------------------------------------------------------------------------------


def test_reappoint_starts_the_next_term_at_the_previous_end(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.reappoint(audit, member_id)
    terms = repo.load_rooster(governance_file.db).terms_of(member_id)
    assert [(t.number, t.start, t.end) for t in terms] == [
        (1, d(2021, 1, 1), d(2025, 1, 1)), (2, d(2025, 1, 1), d(2029, 1, 1))]


def test_reappoint_for_a_shorter_term(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.reappoint(audit, member_id, d(2027, 1, 1))
    assert repo.load_rooster(governance_file.db).terms_of(member_id)[-1].end == d(2027, 1, 1)


def test_reappoint_beyond_the_maximum_terms_is_refused_with_the_reason(governance_file):
    member_id = add(governance_file, "Marieke", start=d(2019, 3, 1))
    with governance_file.change() as audit:
        service.reappoint(audit, member_id)
    error = refused(governance_file, lambda audit: service.reappoint(audit, member_id))
    assert error.problems == ["herbenoeming: heeft al het maximum van 2 termijnen"]
    assert str(error).startswith("Marieke kan niet worden herbenoemd.")


def test_reappoint_beyond_the_maximum_tenure_is_refused(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    error = refused(governance_file, lambda audit: service.reappoint(audit, member_id, d(2029, 6, 1)))
    assert error.problems == ["herbenoeming: een termijn duurt ten hoogste 4 jaar (tot 1 januari 2029)"]


# --- departure -----------------------------------------------------------------------------------


def test_record_an_early_departure_ends_the_term_and_the_seats(governance_file):
    member_id = add(governance_file, "Peter", start=d(2022, 1, 1))
    with governance_file.change() as audit:
        committee = committees.create_committee(audit, "Kwaliteitscommissie", "kwaliteit")
        committees.assign_seat(audit, committee, member_id, d(2022, 3, 1))
        service.record_departure(audit, member_id, d(2025, 7, 1), "nieuwe functie")
    rooster = repo.load_rooster(governance_file.db)
    (term,) = rooster.terms_of(member_id)
    assert (term.left_on, term.left_reason) == (d(2025, 7, 1), "nieuwe functie")
    assert [s.end for s in rooster.seats_of(member_id)] == [d(2025, 7, 1)]


def test_a_departure_removes_a_reappointment_that_would_start_later(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.reappoint(audit, member_id)
        service.record_departure(audit, member_id, d(2024, 6, 1))
    terms = repo.load_rooster(governance_file.db).terms_of(member_id)
    assert [(t.number, t.left_on) for t in terms] == [(1, d(2024, 6, 1))]


def test_recording_the_departure_at_the_end_clears_the_overdue_signal(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    codes = {s.code for s in service.signals(governance_file.db, d(2025, 2, 1))}
    assert "term_overdue" in codes
    with governance_file.change() as audit:
        service.record_departure(audit, member_id, d(2025, 1, 1))
    codes = {s.code for s in service.signals(governance_file.db, d(2025, 2, 1))}
    assert "term_overdue" not in codes


@pytest.mark.parametrize("day, problem", [
    (d(2021, 1, 1), "afgetreden: 1 januari 2021 ligt niet na de aanvang van de eerste termijn (1 januari 2021)"),
    (d(2020, 6, 1), "afgetreden: 1 juni 2020 ligt niet na de aanvang van de eerste termijn (1 januari 2021)"),
    (d(2025, 6, 1), "afgetreden: 1 juni 2025 ligt na het einde van de laatste termijn (1 januari 2025)"),
])
def test_a_departure_outside_the_terms_is_refused(governance_file, day, problem):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    error = refused(governance_file, lambda audit: service.record_departure(audit, member_id, day))
    assert error.problems == [problem]


def test_a_departure_between_two_terms_is_refused_with_a_reason(governance_file):
    member_id = add(governance_file, "Hans", start=d(2017, 1, 1))
    with governance_file.change() as audit:  # an imported rooster may have a gap between terms
        repo.insert_term(audit, Term(None, member_id, 2, d(2022, 1, 1), d(2026, 1, 1)))
    error = refused(governance_file, lambda audit: service.record_departure(audit, member_id, d(2021, 6, 1)))
    assert error.problems == ["afgetreden: Hans heeft op 1 juni 2021 geen lopende termijn (termijn 1 eindigde "
                              "op 1 januari 2021, termijn 2 begint op 1 januari 2022)"]


def test_a_second_departure_is_refused(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.record_departure(audit, member_id, d(2023, 1, 1))
    error = refused(governance_file, lambda audit: service.record_departure(audit, member_id, d(2024, 1, 1)))
    assert error.problems == ["afgetreden: Hans is al afgetreden per 1 januari 2023"]


# --- roles and contact ---------------------------------------------------------------------------


def test_a_dated_role_change_keeps_history(governance_file):
    chair = add(governance_file, "Anna", "voorzitter", d(2019, 3, 1))
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.change_role(audit, member_id, "voorzitter", d(2022, 9, 1))
    rooster = repo.load_rooster(governance_file.db)
    overview = {o.member.name: o for o in service.member_overview(rooster, service.load_rules(governance_file.db),
                                                                 d(2022, 1, 1))}
    assert (overview["Anna"].row.role, overview["Hans"].row.role) == ("voorzitter", "lid")
    later = {o.member.name: o for o in service.member_overview(rooster, service.load_rules(governance_file.db),
                                                              d(2023, 1, 1))}
    assert (later["Anna"].row.role, later["Hans"].row.role) == ("lid", "voorzitter")
    assert rooster.member(chair).role == "lid"


@pytest.mark.parametrize("role, since, problems", [
    ("lid", d(2022, 1, 1), ["rol: Hans is op 1 januari 2022 al lid"]),
    ("koning", d(2022, 1, 1), ['rol: "koning" is geen rol (kies voorzitter, vicevoorzitter of lid)']),
    ("voorzitter", d(2026, 1, 1), ["per: Hans zit op 1 januari 2026 niet in de raad"]),
])
def test_a_role_change_is_refused(governance_file, role, since, problems):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    error = refused(governance_file, lambda audit: service.change_role(audit, member_id, role, since))
    assert error.problems == problems


def test_edit_contact_details(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        service.edit_contact(audit, member_id, name="Hans Verhoeven", email="hans@example.nl", phone="+31 6 1234 5678")
    member = repo.load_rooster(governance_file.db).member(member_id)
    assert (member.name, member.email, member.phone) == ("Hans Verhoeven", "hans@example.nl", "+31 6 1234 5678")


def test_edit_contact_refuses_an_empty_name_and_a_bad_address(governance_file):
    member_id = add(governance_file, "Hans", start=d(2021, 1, 1))
    error = refused(governance_file, lambda audit: service.edit_contact(audit, member_id, name="", email="x@",
                                                                        phone=""))
    assert error.problems == ["naam: de naam is leeg", 'e-mail: "x@" is geen e-mailadres (zoals naam@voorbeeld.nl)']


# --- commissies ----------------------------------------------------------------------------------


def test_commissies_create_assign_chair_and_end(governance_file):
    anna = add(governance_file, "Anna", start=d(2021, 1, 1))
    bert = add(governance_file, "Bert", start=d(2022, 1, 1))
    with governance_file.change() as audit:
        committee = committees.create_committee(audit, "Auditcommissie", "audit")
        first = committees.assign_seat(audit, committee, anna, d(2022, 2, 1), is_chair=True)
        second = committees.assign_seat(audit, committee, bert, d(2022, 2, 1))
        committees.set_chair(audit, second)
        committees.end_seat(audit, first, d(2024, 1, 1))
    rooster = repo.load_rooster(governance_file.db)
    seats = {s.id: s for s in rooster.seats}
    assert (seats[first].is_chair, seats[first].end) == (False, d(2024, 1, 1))
    assert seats[second].is_chair is True
    (overview,) = committees.committee_overview(rooster, d(2024, 6, 1))
    assert (overview.members, overview.chair) == (("Bert",), "Bert")
    signal = [s for s in service.signals(governance_file.db, d(2024, 6, 1)) if s.code == "committee_understaffed"]
    assert [s.message for s in signal] == ["Auditcommissie telt 1 zittend lid; het minimum is 2."]


@pytest.mark.parametrize("name, kind, problems", [
    ("", "audit", ["naam: de naam van de commissie is leeg"]),
    ("Auditcommissie", "audit", ['naam: er is al een commissie "Auditcommissie"']),
    ("Sportcommissie", "sport", ['soort: "sport" is geen soort commissie (kies audit, werkgevers, kwaliteit of overig)']),
    ("Kwaliteit, veiligheid", "kwaliteit", ['naam: "Kwaliteit, veiligheid" bevat een komma; dat kan niet in een '
                                            "commissienaam, want in een spreadsheet scheidt de komma de commissies "
                                            "van een lid"]),
])
def test_create_committee_refuses(governance_file, name, kind, problems):
    with governance_file.change() as audit:
        committees.create_committee(audit, "Auditcommissie", "audit")
    error = refused(governance_file, lambda audit: committees.create_committee(audit, name, kind))
    assert error.problems == problems


def test_a_commissie_is_not_renamed_to_a_name_with_a_comma(governance_file):
    with governance_file.change() as audit:
        committee = committees.create_committee(audit, "Kwaliteitscommissie", "kwaliteit")
    error = refused(governance_file,
                    lambda audit: committees.edit_committee(audit, committee, "Kwaliteit,veiligheid", "kwaliteit"))
    assert error.problems == ['naam: "Kwaliteit,veiligheid" bevat een komma; dat kan niet in een commissienaam, '
                              "want in een spreadsheet scheidt de komma de commissies van een lid"]


def test_assign_seat_refuses_a_member_not_sitting_and_a_double_seat(governance_file):
    anna = add(governance_file, "Anna", start=d(2021, 1, 1))
    with governance_file.change() as audit:
        committee = committees.create_committee(audit, "Auditcommissie", "audit")
        committees.assign_seat(audit, committee, anna, d(2021, 2, 1))
    error = refused(governance_file, lambda audit: committees.assign_seat(audit, committee, anna, d(2026, 1, 1)))
    assert error.problems == ["aanvang: Anna zit op 1 januari 2026 niet in de raad",
                              "aanvang: Anna zit al in de Auditcommissie (sinds 1 februari 2021)"]
    error = refused(governance_file, lambda audit: committees.assign_seat(audit, committee, anna, d(2022, 1, 1),
                                                                           d(2021, 6, 1)))
    assert error.problems == ["einde: 1 juni 2021 ligt niet na de aanvang (1 januari 2022)",
                              "aanvang: Anna zit al in de Auditcommissie (sinds 1 februari 2021)"]


def test_guess_kind_from_the_name():
    assert [committees.guess_kind(n) for n in ("Auditcommissie", "Remuneratiecommissie", "Werkgeverscommissie",
                                               "Kwaliteitscommissie", "Commissie Huisvesting")] == [
        "audit", "werkgevers", "werkgevers", "kwaliteit", "overig"]


# --- signals and the demo ------------------------------------------------------------------------


def test_the_provider_is_registered_and_the_demo_shows_the_story(demo_file):
    from swtgov.store.governance import open_file

    gf = open_file(demo_file, daily_backup=False)
    try:
        rooster_signals = [s for s in all_signals.collect(gf.db, d(2026, 11, 22)) if s.area == "rooster"]
        codes = sorted(s.code for s in rooster_signals)
        assert codes == ["chair_term_ending", "committee_understaffed", "departures_cluster", "departures_cluster",
                         "recruitment_needed"]
        cluster = next(s for s in rooster_signals if s.code == "departures_cluster")
        assert cluster.message.startswith("In het derde kwartaal van 2028 treden 3 leden af")
        rooster = repo.load_rooster(gf.db)
        rows = {o.member.name: o for o in service.member_overview(rooster, service.load_rules(gf.db), d(2026, 11, 22))}
        chair = rows["Marieke van den Berg"]
        assert (chair.row.role, chair.row.first_appointed, chair.row.departure, chair.row.term_label) == (
            "voorzitter", d(2019, 3, 1), d(2027, 3, 1), "Tweede termijn")
        assert rows["Peter Jansen"].is_former and rows["Peter Jansen"].terms[0].left_on == d(2025, 7, 1)
        assert sum(not o.is_former for o in rows.values()) == 5
        proposals = service.proposals(rooster, service.load_rules(gf.db), d(2026, 11, 22))
        assert proposals and all(p.member_name in {"Fatima El Amrani", "Sanne de Wit", "Thomas Bakker",
                                                   "Hans Verhoeven"} for p in proposals)
    finally:
        gf.close()


@pytest.mark.parametrize("today, chair_leaves", [
    (d(2026, 11, 22), d(2027, 3, 1)),
    (d(2027, 3, 1), d(2028, 3, 1)),
    (d(2031, 1, 15), d(2031, 3, 1)),
])
def test_the_demo_moves_with_today(tmp_path, today, chair_leaves):
    from swtgov.services.demo import create_demo

    gf = create_demo(tmp_path / "demo.swtgov", today=today)
    try:
        rooster = repo.load_rooster(gf.db)
        rows = {o.member.name: o for o in service.member_overview(rooster, service.load_rules(gf.db), today)}
        assert rows["Marieke van den Berg"].row.departure == chair_leaves
        codes = {s.code for s in service.signals(gf.db, today)}
        assert {"departures_cluster", "committee_understaffed"} <= codes
        assert "term_overdue" not in codes
    finally:
        gf.close()
