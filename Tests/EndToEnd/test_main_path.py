"""The main path of a user through Kader, in a real browser."""
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def wait_for_url(browser, fragment):
    WebDriverWait(browser, 10).until(EC.url_contains(fragment))


def set_date(browser, element_id, value):
    # Date inputs take typed text in the browser's locale; setting the value is locale-free.
    browser.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, value)


def row_text(browser, contribution_id):
    return browser.find_element(By.ID, f"bijdrage-{contribution_id}").text


def test_the_server_reads_the_registry_as_it_starts(server):
    # The first page after a start should not wait for the registry (RegistryWarmUp).
    for _ in range(300):
        lines = [line for line in server.log.read_text().splitlines() if "register gelezen" in line]
        if lines:
            break
        time.sleep(0.1)
    assert lines, server.log.read_text()
    assert "letters=5 " in lines[0]


def test_overview_shows_the_missions_with_their_sources(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nederlandse bijdragen aan missies"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    shot("01-overzicht")


def test_changing_the_peildatum_shows_the_state_of_that_day(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/")
    set_date(browser, "peildatum", "2024-06-01")
    browser.find_element(By.CSS_SELECTOR, "form.peildatum button").click()
    wait_for_url(browser, "peildatum=2024-06-01")
    text = row_text(browser, "nmi-force-protection")
    assert "circa 145" in text and "31 december 2024" in text
    shot("02-peildatum-2024-06-01")
    set_date(browser, "peildatum", "2025-03-01")
    browser.find_element(By.CSS_SELECTOR, "form.peildatum button").click()
    wait_for_url(browser, "peildatum=2025-03-01")
    assert "30 juni 2025" in row_text(browser, "nmi-force-protection")


def test_a_mission_page_and_a_source_sentence(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/?peildatum=2024-06-01")
    browser.find_element(By.LINK_TEXT, "NMI").click()
    wait_for_url(browser, "/missies/NMI")
    assert "Besluiten door de tijd" in browser.page_source
    shot("03-missie-nmi")
    source = browser.find_element(By.CSS_SELECTOR, "#bijdrage-nmi-force-protection a.bron")
    source.click()
    wait_for_url(browser, "/brieven/004_a5c8b23f8fb2d6ff#bron-")
    anchor = browser.current_url.split("#")[1]
    target = browser.find_element(By.ID, anchor)
    following = browser.execute_script("return arguments[0].nextElementSibling.tagName", target)
    assert following.lower() in ("mark", "span")
    assert "7 juli 2023" in browser.page_source
    shot("04-brief-bron")


def test_the_timeline_draws_the_frameworks(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/tijdlijn?peildatum=2024-06-01")
    svg = browser.find_element(By.CSS_SELECTOR, "figure.grafiek svg")
    assert svg.get_attribute("role") == "img"
    links = browser.find_elements(By.CSS_SELECTOR, "figure.grafiek svg a")
    assert len(links) > 20
    browser.find_element(By.LINK_TEXT, "1 jaar").click()
    wait_for_url(browser, "van=")
    shot("05-tijdlijn")


def test_searching_marks_the_words_found(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/zoeken")
    field = browser.find_element(By.ID, "q")
    field.send_keys("helikopterdetachement")
    field.send_keys(Keys.RETURN)
    wait_for_url(browser, "q=helikopterdetachement")
    assert "gevonden" in browser.find_element(By.CSS_SELECTOR, "[role=status]").text
    marks = browser.find_elements(By.CSS_SELECTOR, "ol.zoekresultaten mark")
    assert marks and "helikopterdetachement" in marks[0].text.lower()
    shot("06-zoeken")


def test_commitments_page_filters(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/toezeggingen?status=open")
    assert "toezeggingen" in browser.page_source
    shot("07-toezeggingen")


def test_a_phone_width_screen_needs_no_sideways_scrolling(server, browser, shot):
    browser.set_window_size(375, 800)
    for path in ["/?peildatum=2024-06-01", "/missies/NMI", "/toezeggingen", "/zoeken?q=Irak"]:
        browser.get(server + path)
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
    browser.get(server + "/?peildatum=2024-06-01")
    shot("08-telefoon-overzicht")
    browser.set_window_size(1280, 1000)


def test_keyboard_users_can_skip_to_the_content(server, browser):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Naar de inhoud"
    assert focused.get_attribute("href").endswith("#inhoud")


def test_every_form_control_has_a_label(server, browser):
    browser.set_window_size(1280, 1000)
    for path in ["/", "/tijdlijn", "/zoeken", "/toezeggingen", "/missies/NMI"]:
        browser.get(server + path)
        unlabeled = browser.execute_script("""
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(e => e.type !== 'hidden' && e.type !== 'submit')
              .filter(e => !(e.id && document.querySelector(`label[for="${e.id}"]`)) && !e.getAttribute('aria-label'))
              .map(e => e.name || e.id);""")
        assert unlabeled == [], f"{path}: {unlabeled}"


def test_no_page_loads_anything_from_elsewhere(server, browser):
    browser.set_window_size(1280, 1000)
    for path in ["/", "/tijdlijn", "/missies/NMI", "/brieven/004_a5c8b23f8fb2d6ff"]:
        browser.get(server + path)
        external = browser.execute_script("""
            return performance.getEntriesByType('resource').map(r => r.name)
              .filter(n => !n.startsWith(location.origin));""")
        assert external == [], f"{path}: {external}"
