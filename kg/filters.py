"""Which meetings count: the one filter model of the networks, the timeline and the explorer.

`Filters` is a date range, a country, a topic (narrower topics included), a framework and a mode,
given as a user types them (ISO dates, an ISO country code, names, notations) or as IRIs.
`resolved(store)` turns the names into IRIs (kg.resolve); `clause()` is the SPARQL of a resolved
filter for a meeting `?m` (kg.analytics: networks and the timeline); kg.viz.data keeps the meetings
it has read by the same fields (`kg viz --since ... --topic ...`), matching an entity by IRI,
label, alias or notation. The explorer's options (`kg.viz.ViewOptions`) are these filters plus
which view to draw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kg.model import KgError
from kg.namespaces import entity_iri
from kg.resolve import resolve
from kg.sparql import Term, to_term
from kg.store import Store
from kg.vocab import DMO

MODES = {"in_person": "InPerson", "phone": "Phone", "video": "Video"}
_ISO = re.compile(r"[A-Za-z]{2}")


@dataclass(frozen=True)
class Filters:
    """Which meetings count: a date range, a country, a topic (or narrower), a framework, a mode.

    Dates may be given as ISO strings (they are kept as dates); `country` is an ISO 3166-1 alpha-2
    code or a country IRI; `topic` and `framework` are names, notations or IRIs (`resolved` makes
    them IRIs, which `clause` needs); `mode` is in_person, phone or video."""

    since: date | None = None
    until: date | None = None
    country: str | None = None
    topic: str | None = None
    framework: str | None = None
    mode: str | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, str):
                try:
                    object.__setattr__(self, name, date.fromisoformat(value))
                except ValueError:
                    raise KgError(f"{value!r} is not a date like 2024-05-31") from None
        if self.mode and self.mode not in MODES:
            raise KgError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")

    def filters(self) -> Filters:
        """The filter fields alone (of a subclass carrying more options, such as ViewOptions)."""
        return Filters(self.since, self.until, self.country, self.topic, self.framework, self.mode)

    def country_iri(self) -> str | None:
        """The country as an IRI (an ISO code names dmr:country/<ISO>)."""
        if not self.country:
            return None
        code = self.country.strip()
        return str(entity_iri("country", code.upper())) if _ISO.fullmatch(code) else code

    def resolved(self, store: Store) -> Filters:
        """The same filters with topic, framework and country names resolved to IRIs."""
        country = self.country
        if country and not _ISO.fullmatch(country.strip()):
            country = resolve(store, country, ("country",))
        return replace(
            self.filters(),
            country=country,
            topic=resolve(store, self.topic, ("topic",)) if self.topic else None,
            framework=(
                resolve(store, self.framework, ("framework", "organization")) if self.framework else None
            ),
        )

    def clause(self) -> tuple[str, dict[str, Term]]:
        """Query text (fixed snippets) and the values it binds, for meeting variable ?m; topic and
        framework must be IRIs (see `resolved`)."""
        parts: list[str] = []
        params: dict[str, Term] = {}
        if self.since:
            parts.append("?m dmo:date ?fdate . FILTER(?fdate >= ?f_since)")
            params["f_since"] = to_term(self.since)
        if self.until:
            parts.append("?m dmo:date ?udate . FILTER(?udate <= ?f_until)")
            params["f_until"] = to_term(self.until)
        country = self.country_iri()
        if country:
            # the meeting's own country statements, not its participants' nationalities
            parts.append("?m dmo:country ?f_country .")
            params["f_country"] = to_term(country, "iri")
        if self.topic:
            parts.append("?m dmo:topic/skos:broader* ?f_topic .")
            params["f_topic"] = to_term(self.topic, "iri")
        if self.framework:
            parts.append("?m dmo:references ?f_framework .")
            params["f_framework"] = to_term(self.framework, "iri")
        if self.mode:
            parts.append("?m dmo:mode ?f_mode .")
            params["f_mode"] = to_term(str(DMO[MODES[self.mode]]), "iri")
        return "\n  ".join(parts), params
