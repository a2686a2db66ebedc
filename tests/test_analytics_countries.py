"""The countries of a meeting are its own country statements (dmo:country), not its participants'
nationalities: the WHO's Regional Director for Europe (a Belgian national) meeting the President of
Kazakhstan is no meeting of Belgium, in the networks, the filters and the timelines alike."""

from __future__ import annotations

from kg.analytics import Filters, country_network, participations, timeline

DMR = "https://w3id.org/dmkg/id/"
BE, KZ, RU = DMR + "country/BE", DMR + "country/KZ", DMR + "country/RU"
KLUGE = DMR + "person/hans-kluge"


def test_a_participants_nationality_makes_no_country_of_the_meeting(sample_store):
    # the sample's meetings with Hans Kluge (nationality BE) state Kazakhstan only, and WHO
    assert any(p.entity == KLUGE for p in participations(sample_store, ("person",)))
    network = country_network(sample_store)
    assert BE not in network
    assert network.edges[KZ, RU]["weight"] == 2  # the meetings that state both still count
    assert participations(sample_store, ("person",), Filters(country="BE")) == []
    assert timeline(sample_store, BE) == []
    kluge_meetings = {p.meeting for p in participations(sample_store, ("person",)) if p.entity == KLUGE}
    by_kz = {p.meeting for p in participations(sample_store, ("person",), Filters(country="KZ"))}
    assert kluge_meetings <= by_kz  # the meeting's own country still selects it
    assert {r["meeting"] for r in timeline(sample_store, KZ)} >= kluge_meetings
