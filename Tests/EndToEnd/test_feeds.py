"""The calendar and the Atom feed, parsed by independent Python libraries."""
import urllib.request
import xml.etree.ElementTree as ET

import icalendar


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("Content-Type"), response.read()


def test_the_calendar_parses_and_holds_the_end_of_the_nmi_force_protection(server):
    content_type, body = fetch(server + "/kalender.ics")
    assert content_type.startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(body)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) > 10
    ends = {(str(e.get("summary")), e.decoded("dtstart").isoformat()) for e in events}
    assert any("NMI force protection" in summary and day == "2024-12-31" for summary, day in ends)
    assert any("NMI force protection" in summary and day == "2025-06-30" for summary, day in ends)
    for event in events:
        assert event.get("uid") and event.get("dtstamp")


def test_the_atom_feed_is_valid_xml_with_entries(server):
    content_type, body = fetch(server + "/feed.atom")
    assert content_type.startswith("application/atom+xml")
    root = ET.fromstring(body)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) > 10
    for entry in entries:
        assert entry.find("a:id", ns).text
        assert entry.find("a:updated", ns).text.endswith("Z")
