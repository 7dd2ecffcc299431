"""Comparable values built from extracted spans."""

from __future__ import annotations

import datetime as dt

from crosswire.values import DateValue


def test_a_time_span_states_a_date_of_its_precision():
    value = DateValue.of_time_attrs({"iso": "2025-11", "precision": "month", "modifier": "mid"})
    assert value == DateValue("2025-11", "month", "mid")
    assert value.interval() == (dt.date(2025, 11, 5), dt.date(2025, 11, 25))
    # precision follows the ISO form when the span does not say
    assert DateValue.of_time_attrs({"iso": "2025"}).precision == "year"
    assert DateValue.of_time_attrs({"iso": "2025-10-30"}).precision == "day"


def test_a_span_without_a_calendar_date_states_none():
    assert DateValue.of_time_attrs({"iso": None}) is None
    assert DateValue.of_time_attrs({"iso": "2025-W44"}) is None
    assert DateValue.of_time_attrs({"iso": "2025-02-30"}) is None  # no such day


def test_an_amount_is_written_out_without_an_exponent():
    from crosswire.values import Amount

    assert Amount(30_000_000, "USD").normalized == "30000000 USD"
    assert Amount(334e6, "USD", "about").normalized == "about 334000000 USD"
    assert Amount(2.5, "%").normalized == "2.5 %"


def test_lengths_and_masses_in_other_units_compare_once_converted():
    from crosswire.values import Amount, amounts_compatible, measure_key

    assert amounts_compatible(Amount(2000, "foot"), Amount(600, "m"))  # a conversion, rounded
    assert amounts_compatible(Amount(150, "m"), Amount(500, "foot"))
    assert amounts_compatible(Amount(26.2, "mile"), Amount(42, "km"))
    assert amounts_compatible(Amount(10, "kg"), Amount(22, "lb"))
    assert not amounts_compatible(Amount(2000, "foot"), Amount(700, "m"))
    assert not amounts_compatible(Amount(200, "foot"), Amount(200, "m"))
    assert not amounts_compatible(Amount(5, "kg"), Amount(5, "m"))  # two dimensions never compare
    assert measure_key("foot") == measure_key("km") == "length" and measure_key("USD") == "USD"
