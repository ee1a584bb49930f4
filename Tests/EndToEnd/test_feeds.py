"""The calendar and the Atom feed, parsed by independent Python libraries."""
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import icalendar


def token(server):
    """An API token for the test account, issued from the terminal as a beheerder would."""
    if not hasattr(server, "token"):
        output = server.kader("user", "token", "analist", "--label", "agenda")
        server.token = output.split(": ", 1)[1].split()[0]
    return server.token


def fetch(url, server=None):
    # Calendar programs cannot log in; they carry an API token in the query.
    if server is not None:
        url += ("&" if "?" in url else "?") + "token=" + token(server)
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("Content-Type"), response.read()


def test_feeds_need_a_token_once_accounts_exist(server):
    with urllib.request.urlopen(server + "/kalender.ics", timeout=10) as response:
        # Without a token the calendar sends the reader to the login page.
        assert "/inloggen" in response.geturl()
        assert not response.headers.get("Content-Type").startswith("text/calendar")


def test_the_calendar_parses_and_holds_the_end_of_the_nmi_force_protection(server):
    content_type, body = fetch(server + "/kalender.ics", server)
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
    content_type, body = fetch(server + "/feed.atom", server)
    assert content_type.startswith("application/atom+xml")
    root = ET.fromstring(body)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) > 10
    for entry in entries:
        assert entry.find("a:id", ns).text
        assert entry.find("a:updated", ns).text.endswith("Z")
