"""An analist uploads a letter, accepts a fact and enters a figure; all of it is audited."""
import json
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import CORPUS


def wait_for_url(browser, fragment):
    WebDriverWait(browser, 20).until(EC.url_contains(fragment))


def test_upload_a_letter_and_accept_a_fact(server, browser, shot):
    browser.set_window_size(1280, 1000)
    letter = (CORPUS / "004_a5c8b23f8fb2d6ff.txt").read_text(encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="kader-upload-"))
    upload = folder / "brief-browsertest.txt"
    upload.write_text(letter + "\nNaschrift van de browsertest.\n", encoding="utf-8")
    browser.get(server + "/invoeren")
    shot("09-invoeren")
    browser.find_element(By.ID, "brieven").send_keys(str(upload))
    browser.find_element(By.CSS_SELECTOR, "#upload button").click()
    wait_for_url(browser, "/brieven/brief-browsertest")
    assert "Voorgestelde feiten" in browser.page_source
    shot("10-beoordelen")
    # Accept the first proposed cost (it has a place in the registry).
    item = next(li for li in browser.find_elements(By.CSS_SELECTOR, "li[id^=feit-]")
                if li.text.startswith("kosten") and li.find_elements(By.XPATH, ".//button[text()='Accepteren']"))
    fact_id = item.get_attribute("id")
    item.find_element(By.XPATH, ".//button[text()='Accepteren']").click()
    wait_for_url(browser, "#" + fact_id)
    accepted = browser.find_element(By.ID, fact_id).text
    assert "geaccepteerd" in accepted and "opgenomen als cost_lines" in accepted
    shot("11-geaccepteerd")
    # The accepted cost is now a fact of the letter, on the letter page and in the exports.
    assert "kosten" in browser.find_element(By.CSS_SELECTOR, "ol.feiten").text
    audit = json.loads(server.kader("audit", "--kind", "feit", "--json"))
    assert any(entry["subject_id"] == fact_id.removeprefix("feit-") and entry["user_id"] == "analist"
               and entry["action"] == "feit geaccepteerd" for entry in audit)


def test_staffing_entered_by_hand_shows_on_the_overview_with_its_author(server, browser, shot):
    browser.set_window_size(1280, 1000)
    browser.get(server + "/invoeren")
    from selenium.webdriver.support.ui import Select
    Select(browser.find_element(By.ID, "bijdrage")).select_by_value("nmi-force-protection")
    browser.execute_script("document.getElementById('datum').value = '2024-06-01'")
    browser.find_element(By.ID, "bezet").send_keys("128")
    browser.find_element(By.XPATH, "//button[text()='Bezetting opslaan']").click()
    try:
        wait_for_url(browser, "opgeslagen=bezetting")
    finally:
        shot("12a-na-bezetting")
    browser.get(server + "/?peildatum=2024-06-02")
    row = browser.find_element(By.ID, "bijdrage-nmi-force-protection").text
    assert "128 van 145" in row and "ingevoerd door analist" in row
    shot("12-bezetting-op-overzicht")
    audit = json.loads(server.kader("audit", "--kind", "bezetting", "--json"))
    assert any(entry["user_id"] == "analist" and '"filled":128' in entry["after"] for entry in audit)
