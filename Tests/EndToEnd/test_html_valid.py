"""Every page is valid HTML (html5lib's strict parser, which follows the HTML standard's
parsing rules), with unique ids, labelled form controls and a Dutch language tag."""
from html.parser import HTMLParser

import html5lib
import pytest

PAGES = [
    "/", "/?peildatum=2024-06-01", "/tijdlijn", "/tijdlijn?van=2019-01-01&tot=2025-12-31", "/missies/NMI",
    "/missies/NMI/factsheet", "/brieven/004_a5c8b23f8fb2d6ff", "/brieven/001_58c76a8e68136705", "/toezeggingen",
    "/toezeggingen?status=open", "/zoeken", "/zoeken?q=Erbil", "/invoeren", "/rapportage/voortgang",
    "/missies/bestaat-niet",
]


def fetch(browser, server, path):
    """The page's bytes as the server sent them, with the browser's session."""
    browser.get(server + "/")
    return browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])));
    """, server + path)


class Structure(HTMLParser):
    """Collects ids, label targets, form controls and the language of the page."""

    def __init__(self):
        super().__init__()
        self.ids, self.label_for, self.controls, self.lang, self.h1 = [], set(), [], None, 0
        self.open_labels = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "h1":
            self.h1 += 1
        if tag == "label":
            self.open_labels += 1
            if "for" in attrs:
                self.label_for.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append((attrs, self.open_labels > 0))

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1


@pytest.mark.parametrize("path", PAGES)
def test_page_is_valid_html_with_labels_and_unique_ids(server, browser, path):
    status, content_type, text = fetch(browser, server, path)
    assert status in (200, 404), f"{path}: {status}"
    assert content_type.startswith("text/html"), f"{path}: {content_type}"
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        parser.parse(text)
    except html5lib.html5parser.ParseError as error:
        line = parser.errors[-1][0][0] if parser.errors else 0
        context = "\n".join(text.splitlines()[max(0, line - 3):line + 2])
        pytest.fail(f"{path}: {error}\n{context}")
    structure = Structure()
    structure.feed(text)
    assert structure.lang == "nl", path
    assert structure.h1 == 1, f"{path}: {structure.h1} h1"
    duplicates = sorted({i for i in structure.ids if structure.ids.count(i) > 1})
    assert duplicates == [], f"{path}: duplicate ids {duplicates}"
    dangling = sorted(structure.label_for - set(structure.ids))
    assert dangling == [], f"{path}: labels for missing ids {dangling}"
    unlabelled = [attrs.get("name") or attrs.get("id") for attrs, wrapped in structure.controls
                  if not wrapped and attrs.get("id") not in structure.label_for and not attrs.get("aria-label")]
    assert unlabelled == [], f"{path}: controls without a label {unlabelled}"
